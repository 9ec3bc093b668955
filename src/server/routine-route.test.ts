import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOVEMENTS } from "../core/catalog/index.js";
import { buildRoutine, parseRoutineOptions } from "../core/routine/index.js";
import { defaultSeed } from "../core/time/index.js";
import { processTimeZone } from "../services/journal/context.js";
import { ENGINES, startHarness, type Harness } from "./test-support/harness.js";

/** The routine the engine builds for these options and seed, as the API sends it. */
function expected(options: Record<string, string>, seed: number): unknown {
  const { seed: _named, ...ctx } = parseRoutineOptions(options);
  return JSON.parse(JSON.stringify(buildRoutine(ctx, MOVEMENTS, seed)));
}

describe.each(ENGINES)("GET /api/routine and its memo on %s", (engine) => {
  let h: Harness;
  let clock = new Date("2026-03-02T12:00:00Z");
  beforeAll(async () => {
    h = await startHarness(engine, "local", { now: () => clock });
  });
  afterAll(() => h.close());

  it("without a seed follows the runner's day, so a new day is not answered from the memo", async () => {
    const url = "/api/routine?run=easy&minutes=15";
    clock = new Date("2026-03-02T12:00:00Z");
    const first = (await h.app.inject(url)).json();
    expect(first).toEqual(
      expected({ run: "easy", minutes: "15" }, defaultSeed(clock, processTimeZone())),
    );
    clock = new Date("2026-03-03T12:00:00Z");
    const next = (await h.app.inject(url)).json();
    expect(next).toEqual(
      expected({ run: "easy", minutes: "15" }, defaultSeed(clock, processTimeZone())),
    );
    // The two days draw different routines, so the day's answer cannot be the memo's old one.
    expect(next).not.toEqual(first);
  });

  it("with a seed gives the same routine on any day", async () => {
    const url = "/api/routine?run=long&minutes=25&seed=7";
    const want = expected({ run: "long", minutes: "25" }, 7);
    clock = new Date("2026-03-02T12:00:00Z");
    expect((await h.app.inject(url)).json()).toEqual(want);
    clock = new Date("2026-07-19T23:30:00Z");
    expect((await h.app.inject(url)).json()).toEqual(want);
  });
});

describe.each(ENGINES)("route hooks in server mode on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, "server", { feedRefresh: false });
  });
  afterAll(() => h.close());

  it("answers a public route without credentials, and with a session cookie that does not verify", async () => {
    expect((await h.app.inject("/api/routine?seed=1")).statusCode).toBe(200);
    const forged = await h.app.inject({
      url: "/api/routine?seed=1",
      cookies: { limber_session: "not-a-signed-value" },
    });
    expect(forged.statusCode).toBe(200);
  });

  it("refuses an unknown API token even on a public route", async () => {
    const res = await h.app.inject({
      url: "/api/routine?seed=1",
      headers: { authorization: "Bearer lmb_unknown" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("bad_token");
  });

  it("asks an anonymous caller of an owner route to sign in", async () => {
    const res = await h.app.inject("/api/today");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("sign_in_required");
  });
});

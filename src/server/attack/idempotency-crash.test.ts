/**
 * Defect 4: an Idempotency-Key was claimed in one statement and its response stored in
 * another, after the write had committed. A request that died in between left the write
 * without its answer, and the retry wrote a second record. Now the key, the write and the
 * response commit together, and the key is kept for 24 hours.
 */
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpxSeed } from "../../services/imports/attack/seeds.js";
import { addPainFlag } from "../../services/journal/index.js";
import { defineRoute } from "../routes/define.js";
import { ROUTES } from "../routes/table.js";
import {
  ENGINES,
  makePerson,
  startHarness,
  type Harness,
  type Person,
} from "../test-support/harness.js";

let cutsLeft = 0;

/** A write that loses power after its record is stored, before the answer goes out. */
const powerCut = defineRoute({
  method: "POST",
  url: "/api/test/power-cut",
  access: "owner",
  tag: "test",
  summary: "test only",
  status: 201,
  body: z.object({ notes: z.string() }),
  response: z.object({ id: z.string() }),
  async handler({ ctx, userId, body }) {
    const flag = await addPainFlag(
      ctx.database,
      userId,
      { region: "calves", kind: "niggle", notes: body.notes },
      { now: ctx.now() },
    );
    if (cutsLeft > 0) {
      cutsLeft -= 1;
      throw new Error("power cut");
    }
    return { id: flag.id };
  },
});

describe.each(ENGINES)("idempotency keys across a failure on %s", (engine) => {
  let h: Harness;
  let ann: Person;
  let clock = new Date("2026-12-01T08:00:00Z");
  beforeAll(async () => {
    h = await startHarness(engine, "server", { routes: [...ROUTES, powerCut], now: () => clock });
    ann = await makePerson(h);
  });
  afterAll(() => h.close());

  const flags = async () =>
    (
      await h.app.inject({ url: "/api/pain-flags", headers: { authorization: ann.bearer } })
    ).json() as { id: string; notes?: string }[];

  it("a write that fails before its answer is stored leaves nothing, so the retry writes it once", async () => {
    cutsLeft = 1;
    const send = () =>
      h.app.inject({
        method: "POST",
        url: "/api/test/power-cut",
        headers: { authorization: ann.bearer, "idempotency-key": "cut-1" },
        payload: { notes: "cut-1" },
      });
    const first = await send();
    expect(first.statusCode).toBe(500);
    clock = new Date(clock.getTime() + 10 * 60_000);
    const retry = await send();
    expect(retry.statusCode, retry.body).toBe(201);
    expect((await flags()).filter((f) => f.notes === "cut-1")).toHaveLength(1);
  });

  it("a retry hours later (within 24 h) replays the first answer and writes nothing", async () => {
    const send = () =>
      h.app.inject({
        method: "POST",
        url: "/api/pain-flags",
        headers: { authorization: ann.bearer, "idempotency-key": "late-1" },
        payload: { region: "shins", kind: "niggle", notes: "late-1" },
      });
    const first = await send();
    expect(first.statusCode).toBe(201);
    clock = new Date(clock.getTime() + 23 * 3600_000);
    const retry = await send();
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json().id).toBe(first.json().id);
    expect((await flags()).filter((f) => f.notes === "late-1")).toHaveLength(1);
  });

  it("an upload under a key runs once and its retry gets the same answer", async () => {
    const form = () => {
      const f = new FormData();
      f.append("files", new Blob([gpxSeed(40)]), "keyed.gpx");
      return f;
    };
    const send = () =>
      h.app.inject({
        method: "POST",
        url: "/api/runs/import",
        headers: { authorization: ann.bearer, "idempotency-key": "upload-1" },
        payload: form(),
      });
    const first = await send();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().results[0].status).toBe("imported");
    const retry = await send();
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
  });
});

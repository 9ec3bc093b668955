import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PainFlag, RunRecord, SessionLog } from "../core/journal/types.js";
import { pageRuns } from "../services/journal/runs-page.js";
import { ENGINES, startHarness, type Harness } from "./test-support/harness.js";

const record = (id: string, sport: "run" | "ride" | "swim"): RunRecord =>
  ({
    id,
    activity: { sport, startTime: "2026-05-01T07:00:00Z", elapsedSeconds: 1800 },
    createdAt: "2026-05-01T08:00:00Z",
  }) as RunRecord;

describe("pageRuns", () => {
  it("splits runs from cross-training and pages either list", () => {
    const all = [record("a", "run"), record("b", "ride"), record("c", "run"), record("d", "swim")];
    expect(pageRuns(all, { sport: "cross" })).toEqual({ runs: [all[1], all[3]], total: 2 });
    expect(pageRuns(all, { sport: "run", limit: 1, offset: 1 })).toEqual({
      runs: [all[2]],
      total: 2,
    });
    expect(pageRuns(all, {}).runs).toHaveLength(4);
  });
});

describe.each(ENGINES)("closing the runner's loops on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, "local");
  });
  afterAll(() => h.close());

  it("pages the runs list newest first and says how many match", async () => {
    for (const day of ["2026-05-01", "2026-05-02", "2026-05-03"]) {
      const r = await h.app.inject({
        method: "POST",
        url: "/api/runs",
        payload: { date: day, type: "easy", minutes: 30 },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const page = await h.app.inject("/api/runs?sport=run&limit=2&offset=1");
    expect(page.headers["x-total-count"]).toBe("3");
    expect((page.json() as RunRecord[]).map((r) => r.activity.startTime.slice(0, 10))).toEqual([
      "2026-05-02",
      "2026-05-01",
    ]);
    expect((await h.app.inject("/api/runs?sport=cross")).json()).toEqual([]);
    expect((await h.app.inject("/api/runs?sport=bike")).statusCode).toBe(400);
  });

  it("stores a session logged without ratings with no ratings at all", async () => {
    const routine = (await h.app.inject("/api/routine?run=easy&seed=3")).json();
    const res = await h.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { kind: "mini", routine, items: [] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const stored = (await h.app.inject(`/api/sessions/${res.json().id}`)).json() as SessionLog;
    expect(stored.before).toBeUndefined();
    expect(stored.after).toBeUndefined();
    expect(stored.mood).toBeUndefined();
  });

  it("downgrades a sharp pain flag to a niggle and refuses a step up", async () => {
    const sharp = (
      await h.app.inject({
        method: "POST",
        url: "/api/pain-flags",
        payload: { region: "calves-left", kind: "sharp" },
      })
    ).json() as PainFlag;
    const up = await h.app.inject({
      method: "POST",
      url: `/api/pain-flags/${sharp.id}/downgrade`,
      payload: { kind: "swelling" },
    });
    expect(up.statusCode).toBe(400);
    expect(up.json().error.fields.kind).toMatch(/milder than sharp: niggle/);
    const down = await h.app.inject({
      method: "POST",
      url: `/api/pain-flags/${sharp.id}/downgrade`,
      payload: { kind: "niggle" },
    });
    expect(down.statusCode, down.body).toBe(201);
    const open = (await h.app.inject("/api/pain-flags?open=true")).json() as PainFlag[];
    expect(open.map((f) => [f.region, f.side, f.kind])).toEqual([["calves", "left", "niggle"]]);
    const again = await h.app.inject({
      method: "POST",
      url: `/api/pain-flags/${sharp.id}/downgrade`,
      payload: { kind: "niggle" },
    });
    expect(again.statusCode).toBe(400);
  });
});

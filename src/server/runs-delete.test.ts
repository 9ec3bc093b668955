/**
 * DELETE /api/runs/:id: a runner deletes a run logged or imported by mistake, its load leaves
 * the load report at once, and nobody else's run can be reached by its id.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runnerWithCoach } from "./test-support/plan-access.js";
import {
  ENGINES,
  makePerson,
  startHarness,
  type Harness,
  type Person,
} from "./test-support/harness.js";

const clock = new Date("2026-12-07T18:00:00Z");

describe.each(ENGINES)("deleting a run over the API on %s", (engine) => {
  let h: Harness;
  let runner: Person;
  let coach: Person;
  let other: Person;
  beforeAll(async () => {
    h = await startHarness(engine, "server", { now: () => clock });
    ({ runner, coach } = await runnerWithCoach(h));
    other = await makePerson(h, "runner");
  });
  afterAll(() => h.close());
  const as = (p: Person) => ({ authorization: p.bearer });

  async function addRun(p: Person, minutes: number, date = "2026-12-06"): Promise<string> {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/runs",
      headers: as(p),
      payload: { date, type: "easy", minutes, rpe: 5 },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  const del = (p: Person, id: string) =>
    h.app.inject({ method: "DELETE", url: `/api/runs/${encodeURIComponent(id)}`, headers: as(p) });
  const runIds = async (p: Person) =>
    (await h.app.inject({ url: "/api/runs", headers: as(p) }))
      .json()
      .map((r: { id: string }) => r.id);
  const loads = async (p: Person) =>
    (await h.app.inject({ url: "/api/load?weeks=1", headers: as(p) }))
      .json()
      .sessions.map((s: { id: string; load: number }) => [s.id, s.load]);

  it("deletes the runner's run, and its load leaves the load report", async () => {
    const kept = await addRun(runner, 40, "2026-12-05");
    // 400 minutes typed for 40
    const typo = await addRun(runner, 400);
    expect(await loads(runner)).toEqual([
      [kept, 200],
      [typo, 2000],
    ]);
    const res = await del(runner, typo);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(await runIds(runner)).toEqual([kept]);
    expect(await loads(runner)).toEqual([[kept, 200]]);

    const again = await del(runner, typo);
    expect(again.statusCode).toBe(404);
    expect(again.json().error).toMatchObject({ code: "not_found" });
  });

  it("answers 404 for another runner's run, also to a coach with plan access, and keeps it", async () => {
    const theirs = await addRun(other, 30);
    expect((await del(runner, theirs)).statusCode).toBe(404);
    const mine = await addRun(runner, 35, "2026-12-04");
    expect((await del(coach, mine)).statusCode).toBe(404);
    expect(await runIds(other)).toEqual([theirs]);
    expect(await runIds(runner)).toContain(mine);
  });

  it("leaves planned runs to DELETE /api/planned-runs/:id, and refuses a bad id by name", async () => {
    const plan = await h.app.inject({
      method: "POST",
      url: "/api/planned-runs",
      headers: as(runner),
      payload: { date: "2026-12-09", type: "tempo", minutes: 50 },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().id as string;
    expect((await del(runner, planId)).statusCode).toBe(404);
    expect(await runIds(runner)).toContain(planId);

    const long = await del(runner, "x".repeat(101));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toHaveProperty("id");
  });
});

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, startHarness, type Harness, type Person } from "./test-support/harness.js";
import { runnerWithCoach } from "./test-support/plan-access.js";

const ics = readFileSync(
  new URL("../services/planned/fixtures/all-day-events.ics", import.meta.url),
  "utf8",
);

describe.each(ENGINES)("planned training and adherence over the API on %s", (engine) => {
  let h: Harness;
  let runner: Person;
  let coach: Person;
  const clock = new Date("2026-12-07T09:00:00Z");
  beforeAll(async () => {
    h = await startHarness(engine, "server", { now: () => clock });
    ({ runner, coach } = await runnerWithCoach(h));
  });
  afterAll(() => h.close());
  const as = (p: Person) => ({ authorization: p.bearer });

  it("plans a run for a later day, refuses a past day by field, and the coach can plan one too", async () => {
    const ok = await h.app.inject({
      method: "POST",
      url: "/api/planned-runs",
      headers: as(runner),
      payload: { date: "2026-12-09", type: "tempo", minutes: 50 },
    });
    expect(ok.statusCode).toBe(201);
    const past = await h.app.inject({
      method: "POST",
      url: "/api/planned-runs",
      headers: as(runner),
      payload: { date: "2026-12-01", type: "tempo", minutes: 50 },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields).toHaveProperty("date");
    // The route checks the body with the schema the service uses: the same plain message.
    const empty = await h.app.inject({
      method: "POST",
      url: "/api/planned-runs",
      headers: as(runner),
      payload: { date: "2026-12-09", type: "tempo", minutes: 0 },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({
      minutes: "must be a number from 1 to 360 minutes, got 0",
    });
    const byCoach = await h.app.inject({
      method: "POST",
      url: `/api/athletes/${runner.id}/planned-runs`,
      headers: as(coach),
      payload: { date: "2026-12-10", type: "easy", minutes: 40 },
    });
    expect(byCoach.statusCode).toBe(201);
    const list = (
      await h.app.inject({ url: `/api/athletes/${runner.id}/planned-runs`, headers: as(coach) })
    ).json();
    expect(list.map((l: { date: string; type: string }) => `${l.date} ${l.type}`)).toEqual([
      "2026-12-09 tempo",
      "2026-12-10 easy",
    ]);
  });

  it("imports an .ics plan and re-importing changes nothing", async () => {
    const first = await h.app.inject({
      method: "POST",
      url: "/api/calendar/import",
      headers: as(runner),
      payload: { ics, name: "club.ics" },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ added: 5, unknown: [{ title: "Club social" }] });
    const again = await h.app.inject({
      method: "POST",
      url: "/api/calendar/import",
      headers: as(runner),
      payload: { ics, name: "club.ics" },
    });
    expect(again.json()).toMatchObject({ added: 0, updated: 0, unchanged: 5, removed: 0 });
    const week = (await h.app.inject({ url: "/api/week", headers: as(runner) })).json();
    const tue = week.days.find((d: { date: string }) => d.date === "2026-12-08");
    expect(tue.flags.restDay).toBe(false);
  });

  it("the professional sets a 4-per-week plan and reads adherence as JSON and printable HTML; the runner deletes the plan", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: `/api/athletes/${runner.id}/plan`,
      headers: as(coach),
      payload: {
        goals: [{ test: "knee-to-wall", side: "left", target: 12, unit: "cm" }],
        sessionsPerWeek: 4,
        focusRegions: ["calves", "hamstrings"],
        transitionDate: "2027-02-01",
      },
    });
    expect(put.statusCode).toBe(200);
    const far = await h.app.inject({
      method: "PUT",
      url: `/api/athletes/${runner.id}/plan`,
      headers: as(coach),
      payload: { goals: [], sessionsPerWeek: 4, focusRegions: [], transitionDate: "9999-12-31" },
    });
    expect(far.statusCode).toBe(400);
    expect(far.json().error.fields).toHaveProperty("transitionDate");
    const a = (
      await h.app.inject({
        url: `/api/athletes/${runner.id}/adherence?weeks=4`,
        headers: as(coach),
      })
    ).json();
    expect(a.weeks).toHaveLength(4);
    expect(a.weeks.at(-1)).toMatchObject({ planned: 4, done: 0 });
    expect(a.goals[0]).toMatchObject({ test: "knee-to-wall", target: 12 });
    const html = await h.app.inject({
      url: `/api/athletes/${runner.id}/adherence.html`,
      headers: as(coach),
    });
    expect(html.headers["content-type"]).toMatch(/text\/html/);
    expect(html.body).toContain("Sessions planned and done per week");
    expect(html.body).toContain("@page { size: A4");
    // The goal's test as a person reads it, not its id.
    expect(html.body).toMatch(/<td>Knee-to-wall(, (left|right))?<\/td>/);
    expect(html.body).not.toContain("<td>knee-to-wall");
    const del = await h.app.inject({ method: "DELETE", url: "/api/plan", headers: as(runner) });
    expect(del.statusCode).toBe(200);
    expect((await h.app.inject({ url: "/api/plan", headers: as(runner) })).json()).toBeNull();
  });
});

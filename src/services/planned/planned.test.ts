import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "../../core/errors.js";
import { profileOf, runOn } from "../../core/plan/fixtures.js";
import { ensureUser, profileRepository, runsRepository } from "../../store/index.js";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { addPlannedRun, importCalendar, listPlannedRuns } from "./index.js";

const USER = "runner-1";
const ZONE = "Europe/London";
// Monday 2026-12-07, 09:00 in London
const NOW = new Date("2026-12-07T09:00:00Z");
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe.each(ENGINES)("planned runs on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, USER);
    await profileRepository(t.database).saveProfile(USER, profileOf({ timeZone: ZONE }));
  });
  afterEach(() => t.dispose());

  it("plans a run on a later day, refuses a past day and more than a year ahead", async () => {
    const { run } = await addPlannedRun(
      t.database,
      USER,
      { date: "2026-12-09", type: "tempo", minutes: 50, time: "18:00" },
      { now: NOW },
    );
    expect(run).toMatchObject({
      planned: true,
      typeOverride: "tempo",
      activity: { elapsedSeconds: 3000, startTime: "2026-12-09T18:00:00.000Z" },
    });
    await expect(
      addPlannedRun(
        t.database,
        USER,
        { date: "2026-12-06", type: "easy", minutes: 40 },
        { now: NOW },
      ),
    ).rejects.toThrow(/date: a planned run must be today \(2026-12-07\) or later/);
    const err = await addPlannedRun(
      t.database,
      USER,
      { date: "2028-01-01", type: "easy", minutes: 40 },
      { now: NOW },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).fields).toHaveProperty("date");
  });

  it("a planned run that happens is matched to the done run", async () => {
    await addPlannedRun(
      t.database,
      USER,
      { date: "2026-12-07", type: "easy", minutes: 40, time: "17:00" },
      { now: NOW },
    );
    const done = runOn("2026-12-07", "17:20", "easy", 43, ZONE);
    await runsRepository(t.database).insertRun(USER, done);
    const lines = await listPlannedRuns(t.database, USER, { now: NOW });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      date: "2026-12-07",
      type: "easy",
      minutes: 40,
      source: "you",
      doneRunId: done.id,
    });
  });

  it("one event per run with the workout in the description: plans the right runs, lists the rest", async () => {
    const r = await importCalendar(t.database, USER, fixture("workouts-in-description.ics"), {
      calendar: "file:plan.ics",
      label: "plan.ics",
      now: NOW,
    });
    expect(r).toMatchObject({ events: 5, added: 4, updated: 0, unchanged: 0, removed: 0, past: 0 });
    expect(r.unknown).toEqual([
      { date: "2026-12-11", title: "Strength", why: '"Strength" is not a run, ride or swim' },
    ]);
    const lines = await listPlannedRuns(t.database, USER, { now: NOW });
    expect(lines.map((l) => [l.date, l.type, l.minutes, l.km ?? null])).toEqual([
      ["2026-12-08", "intervals", 60, null],
      ["2026-12-09", "easy", 40, null],
      ["2026-12-10", "tempo", 50, null],
      ["2026-12-13", "long", 110, 18],
    ]);
    expect(lines.every((l) => l.source === "plan.ics")).toBe(true);
    // 18:00 London in December is 18:00 UTC
    const runs = await runsRepository(t.database).listRuns(USER);
    expect(runs[0]!.activity.startTime).toBe("2026-12-08T18:00:00.000Z");

    const again = await importCalendar(t.database, USER, fixture("workouts-in-description.ics"), {
      calendar: "file:plan.ics",
      label: "plan.ics",
      now: NOW,
    });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4, removed: 0 });
    expect(await runsRepository(t.database).listRuns(USER)).toEqual(runs);

    // the coach moves the tempo run to 50 -> 60 min and drops the easy run
    const changed = fixture("workouts-in-description.ics")
      .replace(
        "DTEND;TZID=Europe/London:20261210T185000",
        "DTEND;TZID=Europe/London:20261210T190000",
      )
      .replace(/BEGIN:VEVENT\r\nUID:wk1-wed-0002[\s\S]*?END:VEVENT\r\n/, "");
    const third = await importCalendar(t.database, USER, changed, {
      calendar: "file:plan.ics",
      label: "plan.ics",
      now: NOW,
    });
    expect(third).toMatchObject({ added: 0, updated: 1, unchanged: 2, removed: 1 });
    expect((await listPlannedRuns(t.database, USER, { now: NOW })).map((l) => l.minutes)).toEqual([
      60, 60, 110,
    ]);
  });

  it("all-day events: durations from the titles, rest days and repeats, and re-import changes nothing", async () => {
    const r = await importCalendar(t.database, USER, fixture("all-day-events.ics"), {
      calendar: "file:club.ics",
      label: "club.ics",
      now: NOW,
    });
    expect(r).toMatchObject({ added: 5, restDays: ["2026-12-09"] });
    expect(r.unknown.map((u) => u.title)).toEqual(["Club social"]);
    const lines = await listPlannedRuns(t.database, USER, { now: NOW });
    expect(lines.map((l) => [l.date, l.type, l.minutes])).toEqual([
      ["2026-12-08", "easy", 40],
      ["2026-12-10", "intervals", 55],
      ["2026-12-12", "long", 100],
      ["2026-12-19", "long", 100],
      ["2026-12-26", "long", 100],
    ]);
    const before = await runsRepository(t.database).listRuns(USER);
    const again = await importCalendar(t.database, USER, fixture("all-day-events.ics"), {
      calendar: "file:club.ics",
      label: "club.ics",
      now: NOW,
    });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5, removed: 0 });
    expect(await runsRepository(t.database).listRuns(USER)).toEqual(before);
  });

  it("a file that is not iCalendar is refused naming the field", async () => {
    await expect(
      importCalendar(t.database, USER, "hello", { calendar: "file:x", label: "x", now: NOW }),
    ).rejects.toThrow(/^calendar: is not an iCalendar file/);
  });
});

import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "../../core/errors.js";
import { addDays } from "../../core/time/calendar.js";
import { profileOf, runOn, sessionOn } from "../../core/plan/fixtures.js";
import {
  ensureUser,
  grantsRepository,
  plansRepository,
  profileRepository,
  romTestsRepository,
  runsRepository,
  sessionsRepository,
} from "../../store/index.js";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import {
  insightsReport,
  prescriptionToday,
  renderWeekCalendar,
  weekCalendar,
  weekPlan,
} from "./index.js";

const ZONE = "Europe/Berlin";
const USER = "runner-1";
// 2026-11-23 08:00 local (Monday) = 07:00 UTC.
const NOW = new Date("2026-11-23T07:00:00Z");
const TODAY = "2026-11-23";

async function seed(t: TestDatabase): Promise<void> {
  const db = t.database;
  await ensureUser(db, USER);
  await profileRepository(db).saveProfile(
    USER,
    profileOf({
      timeZone: ZONE,
      preferredSessionTime: "06:45",
      goals: ["knee-to-wall left 10 cm", "enjoy running"],
    }),
  );
  const runs = runsRepository(db);
  await runs.insertRun(
    USER,
    runOn(addDays(TODAY, 1), "18:00", "tempo", 50, ZONE, { planned: true }),
  );
  await runs.insertRun(
    USER,
    runOn(addDays(TODAY, 5), "08:00", "long", 110, ZONE, { planned: true }),
  );
  await runs.insertRun(USER, runOn(addDays(TODAY, -2), "07:00", "easy", 40, ZONE));
  const sessions = sessionsRepository(db);
  for (let i = 1; i <= 30; i++) {
    const s = sessionOn(
      addDays(TODAY, -i),
      "07:00",
      i % 2 ? ["foam-roll-calves"] : ["wall-ankle-mobilisation"],
      {
        timeZone: ZONE,
        before: { stiffness: 4, soreness: 2, pain: 0 },
        after: { stiffness: 3, soreness: 2, pain: 0 },
      },
    );
    await sessions.insertSession(USER, s);
  }
  await romTestsRepository(db).insertRomTest(USER, {
    id: "rom-1",
    date: addDays(TODAY, -28),
    test: "knee-to-wall",
    left: 8,
    right: 9,
    createdAt: "2026-10-26T06:00:00Z",
  });
  await romTestsRepository(db).insertRomTest(USER, {
    id: "rom-2",
    date: addDays(TODAY, -1),
    test: "knee-to-wall",
    left: 10.1,
    right: 9.5,
    createdAt: "2026-11-22T06:00:00Z",
  });
}

function parseEvents(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return cal.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
}

describe.each(ENGINES)("coach services on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await seed(t);
  });
  afterEach(() => t.dispose());

  it("plans the runner's week from the journal in their time zone", async () => {
    const plan = await weekPlan(t.database, USER, NOW);
    expect(plan.start).toBe(TODAY);
    expect(plan.timeZone).toBe(ZONE);
    const tue = plan.days[1]!;
    expect(tue.runs.map((r) => [r.type, r.start])).toEqual([["tempo", "18:00"]]);
    expect(tue.sessions.find((s) => s.kind === "post-run")?.time).toBe("19:05");
    expect(plan.days[2]!.flags.lighterDay).toBe(true);
    expect(plan.days[0]!.sessions[0]!.time).toBe("06:45");
    expect(plan.audit.date).toBe(TODAY);
    expect(plan.audit.lines.find((l) => l.side === "left")).toMatchObject({
      last: 10.1,
      target: 10,
      targetSource: "own",
      met: true,
    });
    expect(plan.audit.lines.find((l) => l.side === "right")?.target).toBeUndefined();
  });

  it("C1: uses an active professional plan's goals (over the runner's own) and focus regions", async () => {
    await ensureUser(t.database, "pro-1");
    const plan = {
      goals: [{ test: "knee-to-wall", side: "left", target: 12, unit: "cm" }],
      sessionsPerWeek: 4,
      focusRegions: ["adductors"],
      transitionDate: "2027-03-01",
    };
    // the plan shapes the coaching only while the professional holds plan access
    await grantsRepository(t.database).insertGrant({
      id: "g-1",
      runner_id: USER,
      professional_id: "pro-1",
      access: "plan",
      created_at: NOW.toISOString(),
      revoked_at: null,
    });
    await plansRepository(t.database).upsertPlan({
      runner_id: USER,
      professional_id: "pro-1",
      plan: JSON.stringify(plan),
      updated_at: NOW.toISOString(),
    });
    const week = await weekPlan(t.database, USER, NOW);
    expect(week.audit.lines.find((l) => l.side === "left")).toMatchObject({
      target: 12,
      targetSource: "professional",
      met: false,
    });
    const mini = week.days[0]!.sessions[0]!;
    expect(mini.focus).toContain("adductors");
    expect(mini.reasons).toContain("C1");
  });

  it("rejects a bad budget with an InputError", async () => {
    await expect(weekPlan(t.database, USER, NOW, { budgetMinutes: 3 })).rejects.toBeInstanceOf(
      InputError,
    );
  });

  it("exports one event per planned session, parsed by a real iCalendar parser", async () => {
    const plan = await weekPlan(t.database, USER, NOW);
    const ics = await weekCalendar(t.database, USER, NOW);
    const events = parseEvents(ics);
    const sessions = plan.days.flatMap((d) => d.sessions.map((s) => ({ ...s, date: d.date })));
    expect(events).toHaveLength(sessions.length);
    for (const [i, e] of events.entries()) {
      const s = sessions[i]!;
      expect(e.startDate.zone?.tzid).toBe(ZONE);
      expect(e.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe(ZONE);
      expect(e.startDate.toString().slice(0, 16)).toBe(`${s.date}T${s.time}`);
      const minutes = (e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()) / 60_000;
      expect(minutes).toBe(s.minutes);
      const alarm = e.component.getFirstSubcomponent("valarm");
      expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(String(alarm?.getFirstPropertyValue("trigger"))).toMatch(/^-?PT0S$/);
      expect(e.uid).toBe(`${s.id}.${USER}@limber`);
    }
    // 06:45 in Berlin in November is 05:45 UTC.
    const first = events[0]!;
    expect(first.startDate.toJSDate().toISOString()).toBe("2026-11-23T05:45:00.000Z");
  });

  it("keeps UIDs stable when the feed is fetched again later the same day", async () => {
    const uids = (ics: string) => parseEvents(ics).map((e) => e.uid);
    const a = uids(await weekCalendar(t.database, USER, NOW));
    const b = uids(await weekCalendar(t.database, USER, new Date(NOW.getTime() + 3 * 3600_000)));
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });

  it("S9, S10: prescribes a core set and one trial with its end day; the week plan carries it", async () => {
    const { day, prescription, lines } = await prescriptionToday(t.database, USER, NOW);
    expect(day).toBe(TODAY);
    expect(prescription.coreMovementIds.length).toBeGreaterThan(0);
    for (const id of prescription.coreMovementIds)
      expect(["foam-roll-calves", "wall-ankle-mobilisation"]).toContain(id);
    expect(prescription.trialMovementId).toBeDefined();
    expect(prescription.trialUntil! > TODAY).toBe(true);
    expect(lines[0]).toMatch(/^(Next on trial|On trial): /);
    const plan = await weekPlan(t.database, USER, NOW);
    expect(plan.prescription).toEqual(prescription);
    // Today's notes, the week (its note, the rule apart) and the insights' summary say the
    // trial in the same words.
    expect(prescription.notes).toContain(lines[0]);
    expect(plan.trial?.note).toBe(lines[0]!.replace(/ \(S9\)\.$/, "."));
    expect(plan.trial?.reasons).toEqual(["S9"]);
    const report = await insightsReport(t.database, USER, NOW);
    expect(report.summary).toContain(lines[0]);
    // The JSON says the same trial: a trial not done yet has not begun (no `since`, 0 days).
    expect(report.trial).toMatchObject({
      movementId: prescription.trialMovementId,
      until: prescription.trialUntil,
      daysNeeded: 6,
    });
    const waiting = lines[0]!.startsWith("Next on trial");
    expect(report.trial?.since).toBe(waiting ? undefined : prescription.trialSince);
    expect(report.trial!.daysDone > 0).toBe(!waiting);
  });

  it("S9: once the trial is first done, the insights' JSON says since when, and its end stays put", async () => {
    const { prescription } = await prescriptionToday(t.database, USER, NOW);
    const id = prescription.trialMovementId!;
    const done = sessionOn(TODAY, "09:00", ["foam-roll-calves", id], {
      timeZone: ZONE,
      before: { stiffness: 4 },
      after: { stiffness: 3 },
    });
    // The engine cites S9 on the item it places as the trial, and the log keeps the routine.
    done.routine.items[1]!.reasons = ["S9"];
    await sessionsRepository(t.database).insertSession(USER, done);
    const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
    const tomorrow = (await insightsReport(t.database, USER, day(1))).trial;
    expect(tomorrow).toMatchObject({ movementId: id, since: TODAY, daysDone: 1, daysNeeded: 6 });
    expect(tomorrow!.until >= addDays(TODAY, 14)).toBe(true);
    expect((await insightsReport(t.database, USER, day(2))).trial?.until).toBe(tomorrow!.until);
  });

  it("reports insights: the knee-to-wall win and not-enough-data techniques", async () => {
    const report = await insightsReport(t.database, USER, NOW);
    expect(report.today).toBe(TODAY);
    expect(report.wins.map((w) => [w.test, w.side])).toEqual([["knee-to-wall", "left"]]);
    expect(report.techniques.map((x) => x.movementId).sort()).toEqual([
      "foam-roll-calves",
      "wall-ankle-mobilisation",
    ]);
    expect(report.adherence.weeks.every((w) => w.sessions === 7)).toBe(true);
  });
});

describe("renderWeekCalendar across a DST change", () => {
  it("keeps local times right on both sides of the change", () => {
    const plan = {
      start: "2026-10-22",
      end: "2026-10-28",
      timeZone: ZONE,
      days: ["2026-10-24", "2026-10-26"].map((date) => ({
        date,
        sessions: [
          {
            id: `${date}-mini-1`,
            kind: "mini",
            time: "07:30",
            minutes: 6,
            focus: [],
            reasons: ["T3"],
            note: "n",
          },
        ],
      })),
      audit: { date: "2026-10-26", done: true, message: "" },
    } as unknown as Parameters<typeof renderWeekCalendar>[0];
    const events = parseEvents(renderWeekCalendar(plan, { userId: USER, now: NOW }));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      "2026-10-24T05:30:00.000Z",
      "2026-10-26T06:30:00.000Z",
    ]);
  });
});

describe("parseWeekOptions", () => {
  it("reads budget and week start, and names the field in errors", async () => {
    const { parseWeekOptions } = await import("./options.js");
    expect(parseWeekOptions({ budget: "90", weekStart: "Sunday" })).toEqual({
      budgetMinutes: 90,
      weekStartsOn: 0,
    });
    expect(parseWeekOptions({})).toEqual({});
    expect(() => parseWeekOptions({ budget: "19" })).toThrow(
      /^budget: must be a whole number of minutes from 20 to 600/,
    );
    expect(() => parseWeekOptions({ budget: "1.5" }, { budget: "--budget" })).toThrow(/^--budget:/);
    expect(() => parseWeekOptions({ weekStart: "mon" })).toThrow(
      /^weekStart: must be one of sunday/,
    );
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Insights } from "../../core/insights/types.js";
import { addDays } from "../../core/time/calendar.js";
import { profileOf, runOn, sessionOn } from "../../core/plan/fixtures.js";
import type { WeekPlan } from "../../core/plan/types.js";
import { openLocalJournal } from "../../services/journal/open.js";
import { profileRepository, runsRepository, sessionsRepository } from "../../store/index.js";
import { limber as runLimber, type Captured } from "./test-support/in-process.js";

const NOW = new Date("2026-11-23T07:00:00Z");
const TODAY = "2026-11-23";
let dir: string;

/** Runs `limber ...args` in-process and collects what it printed. */
function limber(...args: string[]): Promise<Captured> {
  return runLimber({ LIMBER_DATA_DIR: dir }, args, { now: NOW });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "limber-coach-cli-"));
  const { database, userId } = await openLocalJournal({ LIMBER_DATA_DIR: dir });
  try {
    await profileRepository(database).saveProfile(
      userId,
      profileOf({ timeZone: "UTC", preferredSessionTime: "07:30" }),
    );
    await runsRepository(database).insertRun(
      userId,
      runOn(addDays(TODAY, 2), "08:00", "long", 100, "UTC", { planned: true }),
    );
    for (let i = 1; i <= 10; i++) {
      await sessionsRepository(database).insertSession(
        userId,
        sessionOn(addDays(TODAY, -i), "07:00", ["foam-roll-calves"], { before: { stiffness: 4 } }),
      );
    }
  } finally {
    await database.close();
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("limber today", () => {
  it("says what is on trial and until when, in the week's words: plain, its code with --codes, once with --why", async () => {
    // A trial comes after the first two weeks of logs (the baseline): six more days of them.
    const { database, userId } = await openLocalJournal({ LIMBER_DATA_DIR: dir });
    try {
      for (let i = 11; i <= 16; i++)
        await sessionsRepository(database).insertSession(
          userId,
          sessionOn(addDays(TODAY, -i), "07:00", ["foam-roll-calves"], {
            before: { stiffness: 4 },
          }),
        );
    } finally {
      await database.close();
    }
    const r = await limber("today");
    expect(r.code).toBe(0);
    const line = r.out.split("\n").find((l) => /^(Next on trial|On trial): /.test(l));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/S9/);
    expect((await limber("week")).out).toContain(line!.replace(/\.$/, " (S9)."));
    expect((await limber("today", "--codes")).out).toContain(`${line!} [S9]`);
    const why = (await limber("today", "--why")).out;
    expect(why).toMatch(/From your journal:/);
    expect(why.split(line!)).toHaveLength(2);
  });
});

describe("limber week", () => {
  it("prints the plan day by day with minutes, reasons, warnings and the audit", async () => {
    const r = await limber("week");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Week plan Mon 23 Nov - Sun 29 Nov \(UTC\)/);
    expect(r.out).toMatch(/Wed 25 Nov {2}long run 08:00 \(100 min, planned\)/);
    expect(r.out).toMatch(/09:55 {2}post-run +18 min.*\[L2 L6 T1/);
    expect(r.out).toMatch(/19:30 {2}evening/);
    expect(r.out).toMatch(/Weekly audit, Mon 23 Nov: .*\[P3/);
    // A note of fact cites no rule and shows no empty brackets.
    expect(r.out).not.toContain("[]");
  });

  it("names each test of the audit as the runner reads it, with the day of its last result", async () => {
    const added = await limber("rom", "add", "knee-to-wall", "--left", "8", "--date", "2026-11-21");
    expect(added.code).toBe(0);
    const r = await limber("week");
    expect(r.out).toMatch(/^ {2}Knee-to-wall, left {2,}8 cm \(Sat 21 Nov\)$/m);
    expect(r.out).toMatch(/^ {2}Knee-to-wall, right {2,}not tested yet$/m);
    expect(r.out).not.toMatch(/knee-to-wall left|2026-11-21/);
  });

  it("prints JSON with --json", async () => {
    const r = await limber("week", "--json", "--budget", "60");
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out) as WeekPlan;
    expect(plan.budgetMinutes).toBe(60);
    expect(plan.plannedMinutes).toBeLessThanOrEqual(60);
    expect(plan.days).toHaveLength(7);
  });

  it("keeps to the week the runner set in their profile; a flag still wins", async () => {
    const set = await limber("profile", "--week-budget", "45", "--week-start", "Sunday");
    expect(set.code).toBe(0);
    expect(set.out).toMatch(/Week's care: +45 min at most/);
    expect(set.out).toMatch(/Week starts: +Sunday/);
    const plan = JSON.parse((await limber("week", "--json")).out) as WeekPlan;
    expect(plan.budgetMinutes).toBe(45);
    expect(plan.plannedMinutes).toBeLessThanOrEqual(45);
    // The weekly audit falls on the runner's first day of the week (P3).
    expect((await limber("week")).out).toMatch(/Weekly audit, Sun 29 Nov/);
    // Today builds the plan's session for today, sized within that budget.
    const first = plan.days[0]!.sessions[0]!;
    const today = JSON.parse((await limber("today", "--json")).out) as { totalSeconds: number };
    expect(today.totalSeconds).toBeLessThanOrEqual(first.minutes * 60);
    const asked = JSON.parse((await limber("week", "--json", "--budget", "90")).out) as WeekPlan;
    expect(asked.budgetMinutes).toBe(90);
    expect(await limber("profile", "--week-budget", "10")).toMatchObject({
      code: 2,
      err: 'limber: --week-budget: must be a whole number 20-600, got "10"\n',
    });
    expect((await limber("profile", "--week-start", "funday")).err).toBe(
      'limber: --week-start: "funday" is not one of sunday, monday, tuesday, wednesday, thursday, friday, saturday\n',
    );
    expect(JSON.parse((await limber("profile", "--json")).out)).toMatchObject({
      weeklyBudgetMinutes: 45,
      weekStart: "sunday",
    });
    // "default" clears both: nothing stored, the plan's own 120 minutes and Monday again.
    const cleared = JSON.parse(
      (await limber("profile", "--week-budget", "default", "--week-start", "Default", "--json"))
        .out,
    ) as object;
    expect(cleared).not.toHaveProperty("weeklyBudgetMinutes");
    expect(cleared).not.toHaveProperty("weekStart");
    expect((JSON.parse((await limber("week", "--json")).out) as WeekPlan).budgetMinutes).toBe(120);
  });

  it("prints an iCalendar feed with --ics", async () => {
    const r = await limber("week", "--ics");
    expect(r.code).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.out));
    expect(cal.getAllSubcomponents("vevent").length).toBeGreaterThanOrEqual(7);
  });

  it("exits 2 with one line naming the flag for a bad budget or week start", async () => {
    const a = await limber("week", "--budget", "5");
    expect(a.code).toBe(2);
    expect(a.err.trim().split("\n")).toHaveLength(1);
    expect(a.err).toMatch(/--budget: must be a whole number of minutes from 20 to 600/);
    const b = await limber("week", "--week-start", "funday");
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/--week-start: must be one of sunday, monday/);
  });
});

describe("limber insights", () => {
  it("prints the report as text and JSON", async () => {
    const text = await limber("insights");
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Insights up to Mon 23 Nov/);
    // By the name the routine shows, the id (what --skipped takes) in brackets at the end,
    // under the one explanation of a journal still too thin to judge it.
    expect(text.out).toContain("\n  The technique you have done so far:\n");
    expect(text.out).toMatch(
      /\n {4}Foam roll: calves \(10 sessions on 10 days\) \[foam-roll-calves\]\n/,
    );
    expect(text.out).toMatch(/To settle it: /);
    // Adherence from the first week with a session: the journal starts in the week of 9 Nov.
    expect(text.out).toMatch(
      /\n {2}week of Mon 9 Nov: \d+ {3}week of Mon 16 Nov: \d+ {3}this week so far: \d+\n/,
    );
    // Plain sentences lead, before the detail.
    expect(text.out.split("\n")[2]).toMatch(/^(What helps you|Nothing is clearly helping yet)/);
    const json = await limber("insights", "--json");
    const report = JSON.parse(json.out) as Insights;
    const verdicts = ["helps", "no-clear-effect", "worse", "not-enough-data"];
    for (const t of report.techniques) {
      expect(verdicts).toContain(t.verdict);
      expect(Array.isArray(t.confoundedWith)).toBe(true);
    }
    expect(report.summary.length).toBeGreaterThanOrEqual(1);
    expect(report.adherence.target).toEqual({ min: 3, max: 4 });
  });
});

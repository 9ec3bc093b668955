import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RunType } from "../vocabulary.js";
import { addDays } from "../time/calendar.js";
import { profileOf, runOn, sessionOn } from "./fixtures.js";
import { planWeek } from "./plan-week.js";
import { guideMinutes } from "../routine/profile.js";
import type { PlanInput } from "./types.js";

const kinds: (RunType | "cycling" | "swimming")[] = [
  "easy",
  "recovery",
  "tempo",
  "intervals",
  "long",
  "hills",
  "race",
  "cycling",
  "swimming",
];

/** A random calendar: 0-2 activities a day over the plan week and the day before it. */
const calendar = fc.record({
  today: fc.integer({ min: 0, max: 3650 }).map((n) => addDays("2022-01-01", n)),
  timeZone: fc.constantFrom(
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
    "Pacific/Auckland",
  ),
  budget: fc.integer({ min: 20, max: 600 }),
  preferred: fc.tuple(fc.integer({ min: 5, max: 21 }), fc.constantFrom(0, 15, 30, 45)),
  newToSoftTissue: fc.boolean(),
  activities: fc.array(
    fc.record({
      day: fc.integer({ min: -1, max: 6 }),
      hour: fc.integer({ min: 5, max: 21 }),
      kind: fc.constantFrom(...kinds),
      minutes: fc.integer({ min: 15, max: 200 }),
      planned: fc.boolean(),
    }),
    { maxLength: 14 },
  ),
  // Runs logged over the four weeks before the plan: the runner's own weeks (run-habit.ts).
  pastRuns: fc.array(fc.integer({ min: 1, max: 35 }), { maxLength: 24 }),
  loggedWeeks: fc.array(fc.record({ day: fc.integer({ min: 1, max: 60 }), worse: fc.boolean() }), {
    maxLength: 25,
  }),
});

type Calendar = typeof calendar extends fc.Arbitrary<infer T> ? T : never;

function toInput(c: Calendar): PlanInput {
  const hh = String(c.preferred[0]).padStart(2, "0");
  const mm = String(c.preferred[1]).padStart(2, "0");
  return {
    trials: [],
    today: c.today,
    timeZone: c.timeZone,
    profile: profileOf({
      preferredSessionTime: `${hh}:${mm}`,
      newToSoftTissue: c.newToSoftTissue,
      timeZone: c.timeZone,
    }),
    runs: [
      ...c.activities.map((a, i) =>
        runOn(
          addDays(c.today, a.day),
          `${String(a.hour).padStart(2, "0")}:00`,
          a.kind,
          a.minutes,
          c.timeZone,
          { id: `r${i}`, ...(a.planned ? { planned: true } : {}) },
        ),
      ),
      ...c.pastRuns.map((back, i) =>
        runOn(addDays(c.today, -back), "07:00", "easy", 40, c.timeZone, { id: `p${i}` }),
      ),
    ],
    sessions: c.loggedWeeks.map((l, i) => ({
      ...sessionOn(addDays(c.today, -l.day), "07:00", ["calf-roll"], {
        timeZone: c.timeZone,
        before: { stiffness: 4 },
        after: { stiffness: l.worse ? 5 : 3 },
      }),
      id: `s${i}`,
    })),
    romTests: [],
    bodyChecks: [],
    weeklyBudgetMinutes: c.budget,
  };
}

describe("planWeek properties over random calendars", () => {
  it("never plans more minutes than the week's budget", () => {
    fc.assert(
      fc.property(calendar, (c) => {
        const plan = planWeek(toInput(c));
        const sum = plan.days.flatMap((d) => d.sessions).reduce((a, s) => a + s.minutes, 0);
        expect(sum).toBe(plan.plannedMinutes);
        expect(plan.plannedMinutes).toBeLessThanOrEqual(c.budget);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps a full rest day whenever a day is free of training, and warns exactly when none is (L8)", () => {
    fc.assert(
      fc.property(calendar, (c) => {
        const plan = planWeek(toInput(c));
        const free = plan.days.filter((d) => d.runs.length === 0);
        for (const d of plan.days) {
          // a day free of training is either a full rest day or an active-recovery day
          expect(d.flags.restDay || d.flags.activeRecovery).toBe(d.runs.length === 0);
          expect(d.flags.restDay && d.flags.activeRecovery).toBe(false);
          // A week with no run planned at all says so instead of prescribing rest, on the
          // days the runner's own weeks do not show free; so does one with fewer days of
          // running planned than the runner's log shows a week. With no log, a planned run
          // makes the week's running known.
          const planned = plan.days.some((x) => x.runs.some((r) => r.planned));
          if (planned && c.pastRuns.length === 0) expect(d.flags.noRunPlanned).toBe(false);
          expect(d.notes.some((n) => /^Rest day/.test(n.text))).toBe(
            d.flags.restDay && !d.flags.noRunPlanned,
          );
          expect(d.notes.some((n) => n.text === "No run planned.")).toBe(
            d.flags.restDay && d.flags.noRunPlanned,
          );
        }
        expect(plan.days.some((d) => d.flags.restDay)).toBe(free.length > 0);
        expect(plan.warnings.some((w) => w.code === "L8")).toBe(free.length === 0);
      }),
      { numRuns: 200 },
    );
  });

  it("gives a day without training one short session at most (T3 mini or L7 rest-day session)", () => {
    fc.assert(
      fc.property(calendar, (c) => {
        const plan = planWeek(toInput(c));
        for (const d of plan.days.filter((x) => x.runs.length === 0)) {
          expect(d.sessions.length).toBeLessThanOrEqual(1);
          for (const s of d.sessions) {
            expect(["mini", "rest-day"]).toContain(s.kind);
            // T3's ceiling for a mini session; a rest-day session no longer than the routine
            // engine's own range for it (the same minutes `limber routine` builds).
            expect(s.minutes).toBeLessThanOrEqual(
              s.kind === "mini" ? 12 : guideMinutes("rest-day", "none").range[1],
            );
            // L7's longer session only where the runner's running is planned or their own
            // weeks show the day free: a day with no run planned may still hold one.
            if (s.kind === "rest-day") expect(d.flags.noRunPlanned).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("plans at least 3 sessions, or exactly 2 in the first starter stage", () => {
    fc.assert(
      fc.property(calendar, (c) => {
        const plan = planWeek(toInput(c));
        if (plan.progression.stage === "starter" && plan.progression.sessionsPerWeek === 2) {
          expect(plan.sessionCount).toBe(2);
        } else {
          expect(plan.sessionCount).toBeGreaterThanOrEqual(3);
        }
        if (plan.progression.stage === "starter")
          expect(plan.sessionCount).toBe(plan.progression.sessionsPerWeek);
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic and every session has a valid time, minutes and reasons, one of a kind a slot", () => {
    fc.assert(
      fc.property(calendar, (c) => {
        const a = planWeek(toInput(c));
        expect(planWeek(toInput(c))).toEqual(a);
        expect(a.days.map((d) => d.date)).toEqual(
          Array.from({ length: 7 }, (_, i) => addDays(c.today, i)),
        );
        for (const s of a.days.flatMap((d) => d.sessions)) {
          expect(s.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(s.minutes).toBeGreaterThanOrEqual(5);
          expect(s.reasons.length).toBeGreaterThan(0);
          expect(s.note.length).toBeGreaterThan(0);
        }
        const ids = a.days.flatMap((d) => d.sessions.map((s) => s.id));
        expect(new Set(ids).size).toBe(ids.length);
        // Never two sessions of one kind at the same minute (two runs starting together).
        const slots = a.days.flatMap((d) => d.sessions.map((s) => `${d.date} ${s.time} ${s.kind}`));
        expect(new Set(slots).size).toBe(slots.length);
      }),
      { numRuns: 200 },
    );
  });
});

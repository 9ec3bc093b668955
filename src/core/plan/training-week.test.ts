import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SESSIONS } from "../vocabulary.js";
import { addDays } from "../time/calendar.js";
import { runOn } from "./fixtures.js";
import {
  applyFrequency,
  primingDraft,
  runsForPlan,
  trainingWarnings,
  type FrequencyDraft,
} from "./training-week.js";
import type { PlanRun } from "./types.js";

const MONDAY = "2026-12-07";
const draft = (date: string, kind: FrequencyDraft["kind"], runId?: string): FrequencyDraft => ({
  date,
  kind,
  time: "07:30",
  minutes: 6,
  min: 5,
  focus: [],
  reasons: ["T3"],
  note: "",
  ...(runId ? { runId } : {}),
});
const run = (over: Partial<PlanRun>): PlanRun => ({
  id: "r",
  type: "tempo",
  start: "18:00",
  minutes: 50,
  planned: true,
  hard: true,
  ...over,
});

describe("the week around real training", () => {
  it("C1, T7: a professional's frequency keeps that many sessions, care after hard runs first, spread over the week", () => {
    const drafts = [
      draft(MONDAY, "mini"),
      draft(addDays(MONDAY, 1), "post-run", "hard"),
      draft(addDays(MONDAY, 2), "mini"),
      draft(addDays(MONDAY, 3), "rest-day"),
      draft(addDays(MONDAY, 4), "post-run", "easy"),
      draft(addDays(MONDAY, 5), "mini"),
      draft(addDays(MONDAY, 6), "mini"),
    ];
    const kept = applyFrequency(drafts, 4, new Set(["hard"]));
    expect(kept.map((d) => [d.date.slice(8), d.kind])).toEqual([
      ["08", "post-run"],
      ["10", "rest-day"],
      ["11", "post-run"],
      ["13", "mini"],
    ]);
    expect(kept.every((d) => d.reasons.includes("C1"))).toBe(true);
  });

  it("keeps exactly min(count, drafts) sessions, each citing C1, for any week", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 6 }),
            kind: fc.constantFrom(...SESSIONS),
            hard: fc.boolean(),
          }),
          { maxLength: 14 },
        ),
        fc.integer({ min: 1, max: 14 }),
        (items, count) => {
          const drafts = items.map((x, i) =>
            draft(addDays(MONDAY, x.day), x.kind, x.hard ? `h${i}` : `e${i}`),
          );
          const hard = new Set(items.flatMap((x, i) => (x.hard ? [`h${i}`] : [])));
          const kept = applyFrequency(drafts, count, hard);
          expect(kept).toHaveLength(Math.min(count, drafts.length));
          expect(kept.every((d) => d.reasons.includes("C1"))).toBe(true);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });

  it("T3: priming before planned quality runs only, ending 10 min before the start", () => {
    expect(primingDraft(MONDAY, run({}))).toMatchObject({
      kind: "pre-run",
      time: "17:45",
      minutes: 5,
      reasons: ["T3"],
      pressureCap: "light",
    });
    expect(primingDraft(MONDAY, run({ type: "easy", hard: false }))).toBeUndefined();
    expect(primingDraft(MONDAY, run({ planned: false }))).toBeUndefined();
    expect(primingDraft(MONDAY, run({ start: "05:10" }))).toBeUndefined();
  });

  it("a planned run that happened gives way to the done run", () => {
    const planned = runOn(MONDAY, "17:00", "easy", 40, "UTC", { planned: true, id: "p" });
    const done = runOn(MONDAY, "17:30", "easy", 42, "UTC", { id: "d" });
    const other = runOn(addDays(MONDAY, 1), "17:00", "tempo", 50, "UTC", {
      planned: true,
      id: "q",
    });
    expect(runsForPlan([planned, done, other], "UTC").map((r) => r.id)).toEqual(["d", "q"]);
  });

  it("L12 and C1 warnings with dates", () => {
    const before = [runOn(addDays(MONDAY, -10), "08:00", "long", 100, "UTC", { id: "a" })];
    const big = runOn(addDays(MONDAY, 5), "08:00", "long", 150, "UTC", { planned: true, id: "b" });
    const w = trainingWarnings({
      runs: [...before, big],
      today: MONDAY,
      timeZone: "UTC",
      professional: { sessionsPerWeek: 4, transitionDate: addDays(MONDAY, 3) },
    });
    expect(w.map((x) => [x.code, x.date])).toEqual([
      ["L12", addDays(MONDAY, 5)],
      ["C1", addDays(MONDAY, 3)],
    ]);
    expect(w[0]!.message).toMatch(/50% longer/);
  });
});

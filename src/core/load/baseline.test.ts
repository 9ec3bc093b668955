import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RunRecord } from "../journal/types.js";
import { addDays } from "../time/calendar.js";
import { emptyBaseline, settledBaselines } from "./baseline.js";
import { heartRateAnchors } from "./effort.js";
import { baselineDayFor, buildLoadReport, sessionLoads } from "./report.js";

const START = "2024-01-01";
const TZ = "UTC";
const HR = heartRateAnchors(undefined);

/** A journal of runs on random days: bursts of training with breaks of any length between. */
const journal = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 500 }),
      minutes: fc.integer({ min: 10, max: 150 }),
      rpe: fc.integer({ min: 1, max: 10 }),
      hour: fc.integer({ min: 0, max: 23 }),
    }),
    { maxLength: 160 },
  )
  .map((xs) =>
    xs.map((x, i): RunRecord => ({
      id: `r${i}`,
      activity: {
        sport: "run",
        startTime: `${addDays(START, x.day)}T${String(x.hour).padStart(2, "0")}:00:00.000Z`,
        elapsedSeconds: x.minutes * 60,
        laps: [],
        source: { kind: "manual" },
      },
      rpe: x.rpe,
      rpeEstimated: false,
      createdAt: "2024-01-01T00:00:00.000Z",
    })),
  );

const setup = fc.record({
  runs: journal,
  // today, days after START
  today: fc.integer({ min: 60, max: 560 }),
  weeks: fc.integer({ min: 1, max: 8 }),
});

function dated(runs: readonly RunRecord[]) {
  return sessionLoads(runs, TZ, HR);
}

describe("load baseline", () => {
  it("today's report from a stored baseline and the runs after it equals the report from the whole history", () => {
    fc.assert(
      fc.property(setup, ({ runs, today, weeks }) => {
        const day = addDays(START, today);
        const now = new Date(`${day}T23:00:00.000Z`);
        const full = buildLoadReport(runs, { now, timeZone: TZ, weeks, heartRate: HR });
        // the baseline is computed only from the runs up to its day, as the store does
        const until = baselineDayFor(day, weeks);
        const older = dated(runs).filter((s) => s.date <= until);
        const base = settledBaselines(emptyBaseline(addDays(START, -1)), older, until).at(-1);
        const windowed = buildLoadReport(
          runs.filter((r) => !base || r.activity.startTime.slice(0, 10) > base.asOf),
          { now, timeZone: TZ, weeks, heartRate: HR, ...(base ? { baseline: base } : {}) },
        );
        expect(windowed).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  it("a stored baseline never depends on runs after its day, and chains from an earlier one", () => {
    fc.assert(
      fc.property(setup, ({ runs, today }) => {
        const until = addDays(START, today);
        const all = dated(runs);
        const start = emptyBaseline(addDays(START, -1));
        const fromAll = settledBaselines(start, all, until);
        const fromOlder = settledBaselines(
          start,
          all.filter((s) => s.date <= until),
          until,
        );
        expect(fromAll).toEqual(fromOlder);
        // continuing from any stored point gives the same latest point
        const mid = fromAll[Math.floor(fromAll.length / 2)];
        if (mid) {
          const chained = settledBaselines(mid, all, until).at(-1) ?? mid;
          expect(chained).toEqual(fromAll.at(-1));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps baselines a few weeks apart so any window finds one just before it", () => {
    const runs = dated(
      Array.from({ length: 200 }, (_, i) => ({
        id: `r${i}`,
        activity: {
          sport: "run" as const,
          startTime: `${addDays(START, i * 2)}T07:00:00.000Z`,
          elapsedSeconds: 3600,
          laps: [],
          source: { kind: "manual" as const },
        },
        rpe: 5,
        rpeEstimated: false,
        createdAt: "2024-01-01T00:00:00.000Z",
      })),
    );
    const points = settledBaselines(emptyBaseline("2023-12-31"), runs, "2025-01-31");
    expect(points.at(-1)?.asOf).toBe("2025-01-31");
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.asOf > addDays(points[i - 1]!.asOf, 27)).toBe(true);
    expect(points.length).toBeGreaterThan(10);
  });
});

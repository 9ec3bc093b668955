import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RunRecord } from "../journal/types.js";
import { BIG_RUN, bigRunSignals } from "./big-run.js";

const run = (id: string, day: string, km: number, minutes: number, planned = false): RunRecord => ({
  id,
  activity: {
    sport: "run",
    startTime: `${day}T07:00:00Z`,
    elapsedSeconds: minutes * 60,
    distanceMeters: km * 1000,
    laps: [],
    source: { kind: "manual" },
  },
  ...(planned ? { planned: true } : {}),
  createdAt: "2026-01-01T00:00:00Z",
});

describe("big-run signal (L12)", () => {
  const month = [
    run("a", "2026-10-05", 12, 65),
    run("b", "2026-10-12", 15, 80),
    run("c", "2026-10-20", 20, 110),
  ];

  it("flags a long run 40% longer than the previous month's longest, with figures and source", () => {
    // 28 km / 20 km = 1.4; 150 / 110 min = 1.36: distance is the larger excess
    const s = bigRunSignals(
      [...month, run("d", "2026-11-01", 28, 150)],
      "2026-11-01",
      "2026-11-01",
      "UTC",
    );
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({
      runId: "d",
      measure: "distance",
      value: 28,
      longest: 20,
      longestDate: "2026-10-20",
      excess: 0.4,
      unit: "km",
    });
    expect(s[0]!.rules).toEqual(["L12", "L2", "L6"]);
    expect(s[0]!.message).toContain("40% longer");
    expect(s[0]!.message).toContain("20 km on Tue 20 Oct");
    expect(s[0]!.message).toContain("Frandsen et al., Br J Sports Med 2025");
    expect(s[0]!.risk).toBe(BIG_RUN.bands[1].risk);
  });

  it("flags a planned run before it happens, and uses time when there is no distance", () => {
    const planned = run("p", "2026-11-01", 0, 130, true);
    delete planned.activity.distanceMeters;
    const s = bigRunSignals([...month, planned], "2026-10-30", "2026-11-05", "UTC");
    // 130 / 110 = 1.18
    expect(s).toMatchObject([
      { runId: "p", planned: true, measure: "time", value: 130, longest: 110, excess: 0.18 },
    ]);
    expect(s[0]!.risk).toBe("about 1.6 times the injury rate");
  });

  it("does not flag 10% or less, runs with nothing to compare, or days outside the range", () => {
    expect(
      bigRunSignals([...month, run("d", "2026-11-01", 22, 121)], "2026-11-01", "2026-11-01", "UTC"),
    ).toEqual([]);
    expect(
      bigRunSignals([run("x", "2026-11-01", 30, 180)], "2026-11-01", "2026-11-01", "UTC"),
    ).toEqual([]);
    // the longest 20 km run is 31 days before: out of the window, 15 km on 10-12 is too
    expect(
      bigRunSignals([...month, run("d", "2026-11-20", 28, 150)], "2026-11-20", "2026-11-20", "UTC"),
    ).toEqual([]);
  });

  it("never flags a run no longer than 1.1x the longest before it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 80 }),
        (kms, last) => {
          const before = kms.map((km, i) =>
            run(`r${i}`, `2026-10-${String(10 + i).padStart(2, "0")}`, km, km * 6),
          );
          const s = bigRunSignals(
            [...before, run("z", "2026-10-25", last, last * 6)],
            "2026-10-25",
            "2026-10-25",
            "UTC",
          );
          const longest = Math.max(...kms);
          expect(s.length > 0).toBe(last > longest * 1.1 + 1e-9);
        },
      ),
      { seed: 3, numRuns: 200 },
    );
  });
});

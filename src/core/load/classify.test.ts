import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Activity, Lap } from "../activity.js";
import type { RunRecord } from "../journal/types.js";
import { HARD_RUNS, RUN_TYPES, isRuleId } from "../vocabulary.js";
import { heartRateAnchors } from "./effort.js";
import { recentContext, rpeOfRecord } from "./record.js";
import { classifyRun, intervalEvidence, median, type ClassifyContext } from "./classify.js";

const run = (over: Partial<Activity> = {}): Activity => ({
  sport: "run",
  startTime: "2024-03-01T07:00:00Z",
  elapsedSeconds: 45 * 60,
  movingSeconds: 45 * 60,
  distanceMeters: 8000,
  avgPaceSecondsPerKm: 337.5,
  laps: [],
  source: { kind: "manual" },
  ...over,
});
const usual: ClassifyContext = {
  recentDurations: [40, 45, 45, 50, 40].map((m) => m * 60),
  recentMedianPace: 330,
  maxHeartRate: 190,
};
const lap = (start: number, seconds: number, meters: number, hr?: number): Lap => ({
  startOffsetSeconds: start,
  elapsedSeconds: seconds,
  distanceMeters: meters,
  avgPaceSecondsPerKm: seconds / (meters / 1000),
  ...(hr ? { avgHeartRate: hr } : {}),
});

describe("run type", () => {
  it("race when the file says so", () => {
    expect(classifyRun(run({ raceFlag: true }), usual)).toMatchObject({
      type: "race",
      rules: ["L1", "L8"],
    });
  });

  it("intervals from laps that swing between fast and slow", () => {
    // 5 x (1 km in 3:20, 400 m jog in 2:40 = 6:40/km)
    const laps: Lap[] = [];
    let t = 0;
    for (let i = 0; i < 5; i++) {
      laps.push(lap(t, 200, 1000));
      t += 200;
      laps.push(lap(t, 160, 400));
      t += 160;
    }
    const c = classifyRun(run({ laps }), usual);
    expect(c.type).toBe("intervals");
    expect(c.reasons[0]).toMatch(/3:20\/km and 6:40\/km 9 times/);
  });

  it("steady auto-laps are not intervals", () => {
    const laps = [330, 335, 328, 340, 332, 337, 329].map((s, i) => lap(i * 335, s, 1000));
    expect(intervalEvidence(laps)).toBeUndefined();
    expect(classifyRun(run({ laps }), usual).type).toBe("easy");
  });

  it("long from 90 minutes, or from 1.5x the median of recent runs", () => {
    expect(classifyRun(run({ movingSeconds: 95 * 60 }), usual).type).toBe("long");
    // median of recent is 45 min; 68 min >= 1.5 x 45 = 67.5
    const c = classifyRun(run({ movingSeconds: 68 * 60 }), usual);
    expect(c).toMatchObject({ type: "long", rules: ["L2", "L6"] });
    expect(c.reasons[0]).toMatch(/1\.5x the median .*45 min/);
    expect(classifyRun(run({ movingSeconds: 66 * 60 }), usual).type).toBe("easy");
  });

  it("hills from climbing per km", () => {
    // 250 m over 10 km = 25 m/km (threshold 20)
    expect(classifyRun(run({ distanceMeters: 10_000, elevationGainMeters: 250 }), usual).type).toBe(
      "hills",
    );
    // 150 m over 10 km = 15 m/km
    expect(classifyRun(run({ distanceMeters: 10_000, elevationGainMeters: 150 }), usual).type).toBe(
      "easy",
    );
  });

  it("tempo from heart rate near max or threshold", () => {
    // 170 / 190 = 89% of max (threshold 85%)
    expect(classifyRun(run({ avgHeartRate: 170 }), usual).type).toBe("tempo");
    // 160 is 96% of a 166 threshold
    expect(
      classifyRun(run({ avgHeartRate: 160 }), { ...usual, thresholdHeartRate: 166 }).type,
    ).toBe("tempo");
    expect(classifyRun(run({ avgHeartRate: 150 }), usual).type).toBe("easy");
  });

  it("recovery: short and gentle compared with the runner's usual", () => {
    // 25 min <= 0.7 x 45; 120 bpm = 63% of 190
    expect(classifyRun(run({ movingSeconds: 25 * 60, avgHeartRate: 120 }), usual).type).toBe(
      "recovery",
    );
    // no heart rate: 6:10/km = 370 s >= 1.08 x 330 = 356.4
    expect(classifyRun(run({ movingSeconds: 25 * 60, avgPaceSecondsPerKm: 370 }), usual).type).toBe(
      "recovery",
    );
  });

  it("easy by default, and says when there is too little history", () => {
    const c = classifyRun(run(), { recentDurations: [] });
    expect(c.type).toBe("easy");
    expect(c.reasons.join(" ")).toMatch(/too few recent runs/);
  });

  it("the runner's override wins over every rule", () => {
    expect(classifyRun(run({ raceFlag: true }), usual, "easy")).toMatchObject({
      type: "easy",
      reasons: ["set by the runner as easy"],
    });
  });

  it("any run gets a known type with reasons and rule ids", () => {
    const lapArb = fc.record({
      startOffsetSeconds: fc.nat(20_000),
      elapsedSeconds: fc.integer({ min: 1, max: 4000 }),
      distanceMeters: fc.integer({ min: 1, max: 20_000 }),
      avgPaceSecondsPerKm: fc.integer({ min: 120, max: 1200 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 6 * 3600 }),
        fc.option(fc.integer({ min: 80, max: 200 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
        fc.array(lapArb, { maxLength: 20 }),
        fc.array(fc.integer({ min: 600, max: 14_000 }), { maxLength: 30 }),
        (secs, hr, gain, laps, recent) => {
          const a = run({
            movingSeconds: secs,
            elapsedSeconds: secs,
            laps,
            ...(hr ? { avgHeartRate: hr } : {}),
            ...(gain !== undefined ? { elevationGainMeters: gain } : {}),
          });
          const c = classifyRun(a, { recentDurations: recent, maxHeartRate: 190 });
          expect(RUN_TYPES).toContain(c.type);
          expect(c.reasons.length).toBeGreaterThan(0);
          expect(c.rules.every(isRuleId)).toBe(true);
        },
      ),
      { seed: 7, numRuns: 400 },
    );
  });

  it("median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

describe("run type from the runner's own history", () => {
  // The public 10 km race sample (10kUNLP2014-Garmin15.fit: 10.01 km in 37 min, 1 km
  // auto-laps, no heart rate) is GPL-licensed, so this is an equivalent record of it.
  const raceSample = (): Activity =>
    run({
      startTime: "2024-04-14T09:00:00Z",
      elapsedSeconds: 37 * 60,
      movingSeconds: 37 * 60,
      distanceMeters: 10_010,
      avgPaceSecondsPerKm: 222,
      laps: Array.from({ length: 10 }, (_, i) => lap(i * 222, 220 + (i % 3), 1000)),
    });
  const easyWeeks = Array.from({ length: 12 }, (_, i) => ({
    activity: run({
      startTime: new Date(Date.parse("2024-03-01T07:00:00Z") + i * 3 * 86_400_000).toISOString(),
      movingSeconds: 45 * 60,
      elapsedSeconds: 45 * 60,
      distanceMeters: 8200,
      avgPaceSecondsPerKm: 330,
    }),
  }));

  it("the 10 km race sample classifies as a hard race, with the evidence", () => {
    const ctx = recentContext(raceSample(), easyWeeks);
    expect(ctx.easyPace).toBe(330);
    const c = classifyRun(raceSample(), ctx);
    expect(c.type).toBe("race");
    expect(HARD_RUNS).toContain(c.type);
    expect(c.reasons[0]).toBe("3:42/km over 10.0 km, 33% faster than your easy pace of 5:30/km");
    expect(c.reasons[1]).toBe("10.0 km is a race distance (10 km)");
  });

  it("a fast run off race distances is tempo from pace, a run at easy pace is easy", () => {
    const fast = run({
      distanceMeters: 8000,
      movingSeconds: 8 * 290,
      elapsedSeconds: 8 * 290,
      avgPaceSecondsPerKm: 290,
    });
    const ctx = recentContext(
      fast,
      easyWeeks.map((e) => ({ activity: { ...e.activity, startTime: "2024-02-25T07:00:00Z" } })),
    );
    expect(classifyRun(fast, ctx)).toMatchObject({ type: "tempo" });
    expect(classifyRun(fast, ctx).reasons[0]).toMatch(/12% faster than your easy pace of 5:30\/km/);
    expect(classifyRun(run({ avgPaceSecondsPerKm: 325 }), ctx).type).toBe("easy");
  });

  it("without history a race distance with a race name is a race", () => {
    expect(
      classifyRun(run({ ...raceSample(), name: "City 10k race" }), { recentDurations: [] }).type,
    ).toBe("race");
    expect(classifyRun(raceSample(), { recentDurations: [] }).type).toBe("easy");
  });

  it("changing the type changes an estimated load; the runner's own RPE stands", () => {
    const hr = heartRateAnchors(undefined);
    const rec: RunRecord = {
      id: "r",
      activity: raceSample(),
      classification: { type: "easy", reasons: [], rules: [] },
      rpe: 3,
      rpeEstimated: true,
      createdAt: "2024-04-14T10:00:00Z",
    };
    expect(rpeOfRecord(rec, hr)).toEqual({ rpe: 3, estimated: true });
    expect(rpeOfRecord({ ...rec, typeOverride: "race" }, hr)).toEqual({ rpe: 9, estimated: true });
    expect(rpeOfRecord({ ...rec, typeOverride: "race", rpe: 6, rpeEstimated: false }, hr)).toEqual({
      rpe: 6,
      estimated: false,
    });
  });
});

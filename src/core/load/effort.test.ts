import { describe, expect, it } from "vitest";
import type { Activity } from "../activity.js";
import { DEFAULT_HR, heartRateAnchors, sessionLoad, sessionRpe, trimp } from "./effort.js";

const run = (over: Partial<Activity> = {}): Activity => ({
  sport: "run",
  startTime: "2024-03-01T07:00:00Z",
  elapsedSeconds: 3000,
  laps: [],
  source: { kind: "manual" },
  ...over,
});
const DEF = heartRateAnchors(undefined);

describe("heart-rate anchors", () => {
  it("uses defaults without a profile and says so", () => {
    expect(DEF).toEqual({ max: DEFAULT_HR.max, rest: DEFAULT_HR.rest, source: "default" });
  });
  it("takes the profile's values and ignores implausible ones", () => {
    expect(heartRateAnchors({ maxHeartRate: 182, restingHeartRate: 48 })).toEqual({
      max: 182,
      rest: 48,
      source: "profile",
    });
    expect(heartRateAnchors({ maxHeartRate: 400, restingHeartRate: 5 })).toEqual({
      max: 190,
      rest: 60,
      source: "default",
    });
  });
});

describe("session RPE", () => {
  it("keeps the runner's own rating", () => {
    expect(sessionRpe(run({ rpe: 6, avgHeartRate: 170 }), "easy", DEF)).toEqual({
      rpe: 6,
      estimated: false,
      method: "given",
    });
  });
  it("estimates from heart-rate reserve", () => {
    // (155 - 60) / (190 - 60) = 0.7308 of reserve; 1 + (0.7308 - 0.3) / 0.07 = 7.15 -> 7
    expect(sessionRpe(run({ avgHeartRate: 155 }), "easy", DEF)).toEqual({
      rpe: 7,
      estimated: true,
      method: "heart-rate",
    });
    // (100 - 60) / 130 = 0.3077; 1 + 0.0077 / 0.07 = 1.11 -> 1
    expect(sessionRpe(run({ avgHeartRate: 100 }), "easy", DEF).rpe).toBe(1);
    // above max is clamped to the full reserve: 1 + 0.7 / 0.07 = 11 -> capped at 10
    expect(sessionRpe(run({ avgHeartRate: 200 }), "easy", DEF).rpe).toBe(10);
  });
  it("falls back to the run type, and to a default for cross-training", () => {
    expect(sessionRpe(run(), "tempo", DEF)).toEqual({
      rpe: 7,
      estimated: true,
      method: "run-type",
    });
    expect(sessionRpe(run(), "recovery", DEF).rpe).toBe(2);
    expect(sessionRpe(run({ sport: "cycling" }), undefined, DEF)).toEqual({
      rpe: 3,
      estimated: true,
      method: "cross-default",
    });
  });
});

describe("load figures", () => {
  it("session-RPE load is RPE x minutes", () => {
    expect(sessionLoad(6, 50)).toBe(300);
  });
  it("Banister TRIMP by hand", () => {
    // HRr = (150 - 60) / 130 = 0.69231; e^(1.92 x 0.69231) = 3.77814
    // 60 min x 0.69231 x 0.64 x 3.77814 = 100.440
    expect(trimp(60, 150, DEF)).toBeCloseTo(100.44, 2);
    // at resting heart rate there is no training impulse
    expect(trimp(60, 60, DEF)).toBe(0);
  });
});

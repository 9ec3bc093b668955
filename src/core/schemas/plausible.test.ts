import { describe, expect, it } from "vitest";
import type { Activity } from "../activity.js";
import { JournalExport } from "./journal.js";
import { activityProblems } from "./plausible.js";

const NOW = new Date("2026-11-21T08:00:00Z");
const run: Activity = {
  sport: "run",
  startTime: "2026-11-20T07:00:00.000Z",
  elapsedSeconds: 3600,
  distanceMeters: 10_000,
  avgHeartRate: 150,
  laps: [],
  source: { kind: "fit", fileName: "a.fit" },
};

describe("import plausibility", () => {
  it("accepts a plausible run and names each implausible figure", () => {
    expect(activityProblems(run, NOW)).toEqual([]);
    expect(
      activityProblems({ ...run, avgHeartRate: 300, startTime: "1989-12-31T00:00:00.000Z" }, NOW),
    ).toEqual([
      "avgHeartRate: must be a number from 20 to 250 bpm, got 300",
      "startTime: starts before 1990-01-01",
    ]);
    expect(activityProblems({ ...run, startTime: "2026-11-23T08:00:00.000Z" }, NOW)).toEqual([
      "startTime: starts more than a day in the future",
    ]);
  });

  it("accepts at import exactly what restore accepts for the same activity", () => {
    const doc = (activity: Activity) => ({
      format: "limber-journal",
      version: 1,
      exportedAt: NOW.toISOString(),
      profile: null,
      bodyChecks: [],
      romTests: [],
      sessions: [],
      painFlags: [],
      runComfort: [],
      runs: [{ id: "r1", activity, createdAt: NOW.toISOString() }],
    });
    for (const activity of [
      run,
      { ...run, elapsedSeconds: -5 },
      { ...run, maxHeartRate: 251 },
      { ...run, rpe: 11 },
      { ...run, distanceMeters: 2_000_000 },
    ]) {
      expect(activityProblems(activity, NOW).length === 0).toBe(
        JournalExport.safeParse(doc(activity)).success,
      );
    }
  });
});

import { describe, expect, it } from "vitest";
import type { Activity } from "../activity.js";
import { JournalExport } from "./journal.js";
import { implausibleFields } from "./plausible.js";
import { startsInFuture } from "./ranges.js";

const NOW = new Date("2026-11-21T08:00:00Z");
const run: Activity = {
  sport: "run",
  startTime: "2026-11-20T07:00:00.000Z",
  elapsedSeconds: 3600,
  distanceMeters: 10_000,
  avgPaceSecondsPerKm: 360,
  avgHeartRate: 150,
  laps: [],
  source: { kind: "fit", fileName: "a.fit" },
};
const fields = (a: Activity, opts: { planned?: boolean } = {}) =>
  implausibleFields(a, NOW, opts).map((p) => p.field);

describe("plausible activities", () => {
  it("accepts a plausible run and names each implausible figure with what is allowed", () => {
    expect(implausibleFields(run, NOW)).toEqual([]);
    expect(
      implausibleFields({ ...run, avgHeartRate: 300, startTime: "1989-12-31T00:00:00.000Z" }, NOW),
    ).toEqual([
      { field: "avgHeartRate", message: "must be a number from 20 to 250 bpm, got 300" },
      { field: "startTime", message: "starts before 1990-01-01" },
    ]);
    expect(implausibleFields({ ...run, startTime: "2026-11-23T08:00:00.000Z" }, NOW)).toEqual([
      {
        field: "startTime",
        message: "2026-11-23T08:00:00.000Z is in the future; only planned runs may be",
      },
    ]);
  });

  it("allows a day of clock difference before a start counts as in the future", () => {
    expect(startsInFuture("2026-11-22T08:00:00Z", NOW)).toBe(false);
    expect(startsInFuture("2026-11-22T08:00:01Z", NOW)).toBe(true);
    expect(startsInFuture("2026-11-20T08:00:00Z", NOW)).toBe(false);
  });

  it("lets a planned run start in the future, never before 1990", () => {
    expect(fields({ ...run, startTime: "2099-01-01T00:00:00Z" }, { planned: true })).toEqual([]);
    expect(fields({ ...run, startTime: "0001-01-01T00:00:00Z" }, { planned: true })).toEqual([
      "startTime",
    ]);
  });

  it("says in words when a file holds no real number", () => {
    expect(implausibleFields({ ...run, distanceMeters: Infinity }, NOW)).toEqual([
      {
        field: "distanceMeters",
        message: "must be a number from 0 to 1000000 metres, got a value that is not a real number",
      },
    ]);
    expect(fields({ ...run, avgPaceSecondsPerKm: NaN })).toEqual(["avgPaceSecondsPerKm"]);
  });

  it("adds import's floor: under a minute, a run under 100 m, a pace no runner holds", () => {
    expect(implausibleFields({ ...run, distanceMeters: 0 }, NOW)).toEqual([
      { field: "distanceMeters", message: "a run of 0 km: must be 0.1 to 500 km" },
    ]);
    expect(fields({ ...run, elapsedSeconds: 5 })).toEqual(["elapsedSeconds"]);
    expect(implausibleFields({ ...run, avgPaceSecondsPerKm: 30 }, NOW)[0]!.message).toBe(
      "30 s/km: must be 1:00/km to 60:00/km",
    );
    expect(
      fields({ ...run, sport: "cycling", distanceMeters: 50, avgPaceSecondsPerKm: 30 }),
    ).toEqual([]);
  });

  it("never accepts at import what restore refuses for the same activity", () => {
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
      { ...run, sport: "cycling" as const, distanceMeters: 900_000 },
    ]) {
      if (implausibleFields(activity, NOW).length === 0)
        expect(JournalExport.safeParse(doc(activity)).success).toBe(true);
      if (!JournalExport.safeParse(doc(activity)).success)
        expect(implausibleFields(activity, NOW).length).toBeGreaterThan(0);
    }
  });
});

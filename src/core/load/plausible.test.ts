import { describe, expect, it } from "vitest";
import type { Activity } from "../activity.js";
import { implausibleFields } from "./plausible.js";

const now = new Date("2026-12-04T12:00:00Z");
const run = (over: Partial<Activity> = {}): Activity => ({
  sport: "run",
  startTime: "2026-12-01T07:00:00Z",
  elapsedSeconds: 3000,
  distanceMeters: 10_000,
  avgPaceSecondsPerKm: 300,
  laps: [],
  source: { kind: "manual" },
  ...over,
});

describe("plausible values", () => {
  it("a normal run passes", () => {
    expect(implausibleFields(run(), now)).toEqual([]);
  });
  it("names each implausible field", () => {
    expect(
      implausibleFields(run({ startTime: "0001-01-01T00:00:00Z" }), now).map((f) => f.field),
    ).toEqual(["startTime"]);
    expect(implausibleFields(run({ startTime: "2099-01-01T00:00:00Z" }), now)[0]!.message).toMatch(
      /future; only planned runs/,
    );
    expect(
      implausibleFields(run({ startTime: "2099-01-01T00:00:00Z" }), now, { planned: true }),
    ).toEqual([]);
    expect(implausibleFields(run({ distanceMeters: 0 }), now)).toEqual([
      { field: "distanceMeters", message: "a run of 0 km: must be 0.1 to 500 km" },
    ]);
    expect(implausibleFields(run({ distanceMeters: Infinity }), now)[0]!.message).toMatch(
      /a run of a value that is not a real number: must be 0.1 to 500 km/,
    );
    expect(
      implausibleFields(run({ avgHeartRate: 400, elapsedSeconds: 5 }), now).map((f) => f.field),
    ).toEqual(["elapsedSeconds", "avgHeartRate"]);
    // a pace computed from an impossible distance is no number: said in words
    expect(implausibleFields(run({ avgPaceSecondsPerKm: NaN }), now)).toEqual([
      {
        field: "avgPaceSecondsPerKm",
        message: "a value that is not a real number: must be 1:00/km to 60:00/km",
      },
    ]);
  });
});

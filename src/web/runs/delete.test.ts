import { describe, expect, it } from "vitest";
import type { RunRecord } from "../../core/journal/types.js";
import { alreadyDeletedText, canDelete, deletedText, runWords } from "./delete.js";

const run = (extra: Partial<RunRecord> = {}, activity: object = {}): RunRecord =>
  ({
    id: "r1",
    activity: {
      sport: "run",
      startTime: "2024-03-09T12:00:00Z",
      elapsedSeconds: 2400,
      distanceMeters: 8000,
      laps: [],
      source: { kind: "manual" },
      ...activity,
    },
    createdAt: "x",
    ...extra,
  }) as RunRecord;

describe("deleting a run on the Runs screen", () => {
  it("is offered for done activities, not for planned runs", () => {
    expect(canDelete(run())).toBe(true);
    expect(canDelete(run({ planned: false }))).toBe(true);
    expect(canDelete(run({ planned: true }))).toBe(false);
  });

  it("names the run by its type (the runner's own first), day with year, time and distance", () => {
    const classified = run({ classification: { type: "tempo", reasons: [], rules: [] } });
    expect(runWords(classified, "metric")).toMatch(
      /^the tempo run of .*9.*2024.* \(40 min, 8\.0 km\)$/,
    );
    expect(runWords({ ...classified, typeOverride: "long" }, "imperial")).toMatch(
      /^the long run of .* \(40 min, 5\.0 mi\)$/,
    );
    expect(runWords(run(), "metric")).toMatch(/^the run of /);
  });

  it("names cross-training by its sport, without a distance it does not have", () => {
    const ride = run({}, { sport: "cycling", elapsedSeconds: 3900, distanceMeters: undefined });
    expect(runWords(ride, "metric")).toMatch(/^the cycling session of .* \(65 min\)$/);
  });

  it("says what went, or that it was deleted already", () => {
    expect(deletedText(run(), "metric")).toMatch(
      /^Deleted the run of .*2024 \(40 min, 8\.0 km\)\. Your training load no longer counts it\.$/,
    );
    expect(alreadyDeletedText(run(), "metric")).toMatch(
      /^The run of .*2024 \(40 min, 8\.0 km\) was deleted already\.$/,
    );
  });
});

import { describe, expect, it } from "vitest";
import type { RunRecord } from "../../core/journal/types.js";
import { dayWithYear, loadText, sportText } from "./format.js";

const run = (sport: string, extra: Partial<RunRecord> = {}): RunRecord =>
  ({
    id: "r1",
    activity: { sport, startTime: "2024-03-09T07:00:00Z", elapsedSeconds: 2400 },
    createdAt: "x",
    ...extra,
  }) as RunRecord;

describe("run card text", () => {
  it("prints the load as a number of AU, never an object", () => {
    expect(loadText(run("run", { rpe: 6 }), new Map())).toBe("load 240 AU");
    expect(
      loadText(run("run"), new Map([["r1", { id: "r1", load: 301.6, rpeEstimated: true }]])),
    ).toBe("load 302 AU (estimated)");
    expect(loadText(run("run"), new Map())).toBeUndefined();
  });

  it("names rides and swims as cross-training", () => {
    expect(sportText(run("run"))).toBe("Run");
    expect(sportText(run("ride"))).toBe("Cross-training: ride");
  });

  it("shows the year", () => {
    expect(dayWithYear("2024-03-09T12:00:00Z")).toMatch(/2024/);
  });
});

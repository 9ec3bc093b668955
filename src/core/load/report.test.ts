import { describe, expect, it } from "vitest";
import { fromFirstActivity, type WeekLoad } from "./report.js";

describe("fromFirstActivity", () => {
  const week = (start: string, load: number, fitness = 0): WeekLoad => ({
    start,
    end: start,
    load,
    sessions: 0,
    runKm: 0,
    trimp: 0,
    fitness,
    fatigue: 0,
    form: 0,
  });

  it("starts the table at the first week with anything on it", () => {
    const weeks = [
      week("2026-11-02", 0),
      week("2026-11-09", 0),
      week("2026-11-16", 300),
      week("2026-11-23", 0, 12),
    ];
    expect(fromFirstActivity(weeks).map((w) => w.start)).toEqual(["2026-11-16", "2026-11-23"]);
    // A week after the first keeps its place even when empty: a gap is information.
    expect(fromFirstActivity([week("a", 5), week("b", 0)]).map((w) => w.start)).toEqual(["a", "b"]);
  });

  it("keeps the last week when nothing was ever logged", () => {
    expect(fromFirstActivity([week("a", 0), week("b", 0)]).map((w) => w.start)).toEqual(["b"]);
    expect(fromFirstActivity([])).toEqual([]);
  });
});

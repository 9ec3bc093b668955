import { describe, expect, it } from "vitest";
import { addDays, weekdayOf } from "../time/calendar.js";
import { runOn } from "./fixtures.js";
import { usualFreeWeekdays } from "./run-habit.js";

const TODAY = "2026-11-23"; // a Monday

/** Runs on the given weekdays (0 = Sunday) in each of the `weeks` weeks before TODAY. */
function habit(weekdays: number[], weeks: number, timeZone = "UTC") {
  const runs = [];
  for (let back = 1; back <= weeks * 7; back++) {
    const day = addDays(TODAY, -back);
    if (weekdays.includes(weekdayOf(day))) runs.push(runOn(day, "07:00", "easy", 40, timeZone));
  }
  return runs;
}

describe("usualFreeWeekdays", () => {
  it("L7, L8: given four weeks of runs on Monday, Wednesday, Friday and Saturday, then the other weekdays are free", () => {
    expect([...usualFreeWeekdays(habit([1, 3, 5, 6], 4), TODAY, "UTC")].sort()).toEqual([0, 2, 4]);
  });

  it("given a run on a Tuesday in one of the four weeks, then Tuesday is not free", () => {
    const runs = [...habit([1, 3, 5, 6], 4), runOn(addDays(TODAY, -13), "18:00", "easy", 30)];
    expect(usualFreeWeekdays(runs, TODAY, "UTC").has(2)).toBe(false);
  });

  it("given cross-training on a Sunday, then Sunday is not free: rest means no training at all", () => {
    const runs = [...habit([1, 3, 5], 4), runOn(addDays(TODAY, -8), "10:00", "cycling", 60)];
    expect(usualFreeWeekdays(runs, TODAY, "UTC").has(0)).toBe(false);
  });

  it("given runs in only two of the four weeks, then no weekday is known to be free", () => {
    expect(usualFreeWeekdays(habit([1, 3, 5, 6], 2), TODAY, "UTC").size).toBe(0);
  });

  it("given only planned runs, then they are not a habit", () => {
    const runs = habit([1, 3, 5, 6], 4).map((r) => ({ ...r, planned: true }));
    expect(usualFreeWeekdays(runs, TODAY, "UTC").size).toBe(0);
  });

  it("given runs older than four weeks, then they do not count", () => {
    const old = habit([2, 4], 8).filter((r) => r.activity.startTime < `${addDays(TODAY, -28)}`);
    const runs = [...habit([1, 3, 5, 6], 4), ...old];
    expect([...usualFreeWeekdays(runs, TODAY, "UTC")].sort()).toEqual([0, 2, 4]);
  });

  it("reads the weekday in the runner's time zone", () => {
    // 07:00 on a Monday in Auckland is Sunday evening in UTC.
    const runs = habit([1, 3, 5, 6], 4, "Pacific/Auckland");
    expect(usualFreeWeekdays(runs, TODAY, "Pacific/Auckland").has(1)).toBe(false);
    expect(usualFreeWeekdays(runs, TODAY, "Pacific/Auckland").has(0)).toBe(true);
  });
});

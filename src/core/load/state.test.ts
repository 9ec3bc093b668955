import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, localDay, daysBetween } from "../time/calendar.js";
import { dailySeries, ewma, loadState, monotony, type DailyLoad } from "./state.js";

/** A series starting 2024-01-01 with the given loads, one per day. */
const series = (loads: number[]): DailyLoad[] => loads.map((load, i) => ({ date: addDays("2024-01-01", i), load }));
const repeat = (v: number, n: number) => Array.from({ length: n }, () => v);

describe("days", () => {
  it("dates an instant in the runner's time zone", () => {
    expect(localDay("2024-03-10T23:30:00Z", "Europe/Berlin")).toBe("2024-03-11");
    expect(localDay("2024-03-10T23:30:00Z", "America/New_York")).toBe("2024-03-10");
    expect(localDay("2024-03-10T23:30:00Z", "+01:00")).toBe("2024-03-11");
  });
  it("adds days across month ends", () => {
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
});

describe("daily series, EWMA, monotony", () => {
  it("fills rest days with zero and sums sessions on the same day", () => {
    const s = dailySeries(
      [
        { date: "2024-01-02", load: 300 },
        { date: "2024-01-02", load: 50 },
        { date: "2023-12-31", load: 999 },
      ],
      "2024-01-01",
      "2024-01-03",
    );
    expect(s.map((d) => d.load)).toEqual([0, 350, 0]);
  });
  it("EWMA by hand", () => {
    // day 1: 0 + (70 - 0) / 7 = 10; day 2: 10 + (0 - 10) / 7 = 8.5714
    const [a, b] = ewma([70, 0], 7);
    expect(a).toBe(10);
    expect(b).toBeCloseTo(8.5714, 4);
  });
  it("monotony by hand", () => {
    // mean 300/7 = 42.857; variance (4 x 42.857^2 + 3 x 57.143^2) / 7 = 2448.98; sd 49.487
    expect(monotony([0, 100, 0, 100, 0, 100, 0])).toBeCloseTo(0.866, 3);
    expect(monotony(repeat(0, 7))).toBeUndefined();
    expect(monotony(repeat(200, 7))).toBe(10); // no spread: reported at the cap
  });
});

describe("load state", () => {
  it("a spike after four steady weeks, by hand", () => {
    // 28 days at 100, then 7 days at 200
    const s = loadState(series([...repeat(100, 28), ...repeat(200, 7)]));
    // acute = 7 x 200 = 1400; chronic = (21 x 100 + 7 x 200) / 4 = 875; ratio 1.6
    expect(s.acute).toBe(1400);
    expect(s.chronic).toBe(875);
    expect(s.ratio).toBe(1.6);
    // fitness: 100 (1 - (41/42)^28) = 49.07, then 200 + (49.07 - 200)(41/42)^7 = 72.50
    expect(s.fitness).toBeCloseTo(72.5, 1);
    // fatigue: 100 (1 - (6/7)^28) = 98.66, then 200 + (98.66 - 200)(6/7)^7 = 165.55
    expect(s.fatigue).toBeCloseTo(165.6, 1);
    // form = 72.50 - 165.55 = -93.06, below -0.3 x fitness, but with 35 days of history
    // fitness has not warmed up, so form is not judged yet
    expect(s.form).toBeCloseTo(-93.1, 1);
    expect(s.monotony).toBe(10);
    expect(s.strain).toBe(14_000); // 1400 x 10
    expect(s.flags).toMatchObject({ spike: true, deepFatigue: false, monotonous: true, shortHistory: false, dropOff: false });
    expect(s.lighten).toMatchObject({ reason: "load-spike", rules: ["L9", "L8"] });
    expect(s.lighten!.message).toMatch(/1\.6x/);
  });

  it("a rest week after four steady weeks: drop-off, fresh form, nothing to lighten", () => {
    const s = loadState(series([...repeat(100, 28), ...repeat(0, 7)]));
    // acute 0; chronic 2100 / 4 = 525; ratio 0
    expect(s.ratio).toBe(0);
    // fitness 49.07 x (41/42)^7 = 41.45; fatigue 98.66 x (6/7)^7 = 33.54; form 7.92
    expect(s.form).toBeCloseTo(7.9, 1);
    expect(s.monotony).toBeUndefined();
    expect(s.flags).toMatchObject({ spike: false, deepFatigue: false, dropOff: true });
    expect(s.lighten).toBeUndefined();
  });

  it("deep fatigue without a ratio spike lightens for fatigue", () => {
    // 60 days at 100 then 10 days at 160: ratio 1120/((18 x 100 + 10 x 160) / 4 = 850) = 1.32, no spike
    const s = loadState(series([...repeat(100, 60), ...repeat(160, 10)]));
    expect(s.ratio).toBeCloseTo(1.32, 2);
    expect(s.flags.spike).toBe(false);
    // fitness: 100 (1 - (41/42)^60) = 76.45, then 160 + (76.45 - 160)(41/42)^10 = 94.34
    // fatigue: 100 (1 - (6/7)^60) = 99.99, then 160 + (99.99 - 160)(6/7)^10 = 147.15
    // form = -52.82, below -0.3 x 94.34 = -28.30
    expect(s.fitness).toBeCloseTo(94.3, 1);
    expect(s.fatigue).toBeCloseTo(147.2, 1);
    expect(s.flags.deepFatigue).toBe(true);
    expect(s.lighten).toMatchObject({ reason: "fatigue", rules: ["L9", "L8"] });
  });

  it("the first weeks of a build-up are not deep fatigue", () => {
    // 30 days of 160 every other day from nothing: form is negative only because
    // fitness starts at zero
    const s = loadState(series(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 160 : 0))));
    expect(s.form).toBeLessThan(-0.3 * s.fitness);
    expect(s.flags.deepFatigue).toBe(false);
  });

  it("a short history never raises a spike (the ratio is a signal, not a gate)", () => {
    // 10 days at 100: acute 700, chronic 1000 / 4 = 250, ratio 2.8 but history < 28 days
    const s = loadState(series(repeat(100, 10)));
    expect(s.ratio).toBe(2.8);
    expect(s.flags).toMatchObject({ spike: false, shortHistory: true });
  });

  it("never throws and keeps form = fitness - fatigue for any series", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 120 }), (loads) => {
        const s = loadState(series(loads));
        expect(Math.abs(s.form - (s.fitness - s.fatigue))).toBeLessThanOrEqual(0.11);
        expect(s.acute).toBeGreaterThanOrEqual(0);
        if (s.ratio !== undefined) expect(s.ratio).toBeGreaterThanOrEqual(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, localDay, daysBetween } from "../time/calendar.js";
import { blockStarts, recentBlock } from "./recent-block.js";
import { dailySeries, ewma, loadState, monotony, ratioWords, type DailyLoad } from "./state.js";

/** A series starting 2024-01-01 with the given loads, one per day. */
const series = (loads: number[]): DailyLoad[] =>
  loads.map((load, i) => ({ date: addDays("2024-01-01", i), load }));
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
    // both start at the block's first-28-day mean (100) and stay there for 28 days;
    // fitness: 200 + (100 - 200)(41/42)^7 = 115.52; fatigue: 200 + (100 - 200)(6/7)^7 = 166.01
    expect(s.fitness).toBeCloseTo(115.5, 1);
    expect(s.fatigue).toBeCloseTo(166.0, 1);
    // form = -50.49, below -0.3 x fitness, but with 35 days of recent data form is not judged yet
    expect(s.form).toBeCloseTo(-50.5, 1);
    expect(s.history).toMatchObject({ recentDays: 35, ratioShown: true, formJudged: false });
    expect(s.monotony).toBe(10);
    expect(s.strain).toBe(14_000); // 1400 x 10
    expect(s.flags).toMatchObject({
      spike: true,
      deepFatigue: false,
      monotonous: true,
      shortHistory: false,
      dropOff: false,
    });
    expect(s.lighten).toMatchObject({ reason: "load-spike", rules: ["L9", "L8"] });
    // the ratio (1.6) in words, with no bare figure
    expect(s.lighten!.message).toMatch(
      /^This week's load is about 60 % more than your usual week: /,
    );
  });

  it("a rest week after four steady weeks: drop-off, fresh form, nothing to lighten", () => {
    const s = loadState(series([...repeat(100, 28), ...repeat(0, 7)]));
    // acute 0; chronic 2100 / 4 = 525; ratio 0
    expect(s.ratio).toBe(0);
    // fitness 100 x (41/42)^7 = 84.48; fatigue 100 x (6/7)^7 = 33.99; form 50.49
    expect(s.form).toBeCloseTo(50.5, 1);
    expect(s.monotony).toBeUndefined();
    expect(s.flags).toMatchObject({ spike: false, deepFatigue: false, dropOff: true });
    expect(s.lighten).toBeUndefined();
  });

  it("deep fatigue without a ratio spike lightens for fatigue", () => {
    // 60 days at 100 then 10 days at 160: ratio 1120/((18 x 100 + 10 x 160) / 4 = 850) = 1.32, no spike
    const s = loadState(series([...repeat(100, 60), ...repeat(160, 10)]));
    expect(s.ratio).toBeCloseTo(1.32, 2);
    expect(s.flags.spike).toBe(false);
    // both start at 100 and stay there for 60 days;
    // fitness: 160 + (100 - 160)(41/42)^10 = 112.85; fatigue: 160 + (100 - 160)(6/7)^10 = 147.15
    // form = -34.30, below -0.3 x 112.85 = -33.86
    expect(s.fitness).toBeCloseTo(112.8, 1);
    expect(s.fatigue).toBeCloseTo(147.2, 1);
    expect(s.flags.deepFatigue).toBe(true);
    expect(s.lighten).toMatchObject({ reason: "fatigue", rules: ["L9", "L8"] });
    // in words: no unitless "form -34.3"
    expect(s.lighten!.message).toMatch(/^Your fatigue is well above your usual: /);
    expect(s.lighten!.message).not.toMatch(/\d/);
  });

  it("says a week's load against the usual one as a runner would", () => {
    expect(ratioWords(1.42)).toBe("about 40 % more than");
    expect(ratioWords(1.56)).toBe("about 60 % more than");
    expect(ratioWords(2.31)).toBe("about 2.3 times");
  });

  it("the first weeks of a build-up are not deep fatigue", () => {
    // 30 days of 160 every other day from nothing: under 42 days of recent data
    const s = loadState(series(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 160 : 0))));
    expect(s.flags.deepFatigue).toBe(false);
    expect(s.history.note).toMatch(/not enough recent history to judge form: 30 of 42 days/);
  });

  it("a short history never raises a spike and shows no ratio", () => {
    // 10 days at 100: acute 700, chronic 1000 / 4 = 250 would be a ratio of 2.8
    const s = loadState(series(repeat(100, 10)));
    expect(s.ratio).toBeUndefined();
    expect(s.flags).toMatchObject({ spike: false, shortHistory: true });
    expect(s.history.note).toBe(
      "not enough recent history: 10 days of recent training; the load ratio needs 28 days and form 42",
    );
  });

  it("seven weeks of easy 45-minute runs every other day raise no fatigue warning", () => {
    // 45 min x RPE 3 = 135 AU every other day for 49 days
    const s = loadState(series(Array.from({ length: 49 }, (_, i) => (i % 2 === 0 ? 135 : 0))));
    expect(s.history.formJudged).toBe(true);
    expect(s.flags).toMatchObject({ deepFatigue: false, spike: false });
    expect(s.lighten).toBeUndefined();
  });

  it("old history is history: only a block after it counts as recent", () => {
    // a year of daily runs, a 3-month break, then 12 days of harder running
    const old = repeat(100, 365);
    const s = loadState(series([...old, ...repeat(0, 90), ...repeat(200, 12)]));
    expect(s.history.recentDays).toBe(12);
    expect(s.ratio).toBeUndefined();
    expect(s.lighten).toBeUndefined();
    // and when the only history is two years old, there is no recent block at all
    const stale = loadState(series([...old, ...repeat(0, 730)]));
    expect(stale.history).toMatchObject({ recentDays: 0, ratioShown: false });
    expect(stale.history.note).toMatch(/no activity in the last 14 days/);
    expect(stale.lighten).toBeUndefined();
  });

  it("recent block by hand", () => {
    expect(recentBlock([50, 0, 0, 60, 0, 70])).toEqual({ startIndex: 0, days: 6 });
    expect(recentBlock([50, ...repeat(0, 14), 60, 0])).toEqual({ startIndex: 15, days: 2 });
    expect(recentBlock([50, ...repeat(0, 14)])).toEqual({ days: 0 });
    expect(blockStarts([0, 10, ...repeat(0, 14), 20])).toEqual([1, 16]);
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

import { describe, expect, it } from "vitest";
import type { LoadReport } from "../../core/load/report.js";
import { loadState, type DailyLoad } from "../../core/load/state.js";
import { loadSentences } from "./load.js";

/** A report on `loads` (oldest first, ending 2026-12-05), one value a day. */
function reportOf(loads: number[]): LoadReport {
  const days: DailyLoad[] = loads.map((load, i) => ({
    date: new Date(Date.UTC(2026, 11, 5 - (loads.length - 1 - i))).toISOString().slice(0, 10),
    load,
  }));
  return {
    today: "2026-12-05",
    timeZone: "Europe/Berlin",
    heartRate: { max: 190, rest: 60, source: "default" },
    state: loadState(days),
    weeks: [],
    days,
    sessions: [],
  };
}

const every = (n: number, load: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => load(i));

describe("loadSentences", () => {
  it("gives fitness and fatigue with their unit, and no form figure before 42 days", () => {
    const lines = loadSentences(reportOf(every(30, (i) => (i % 2 === 0 ? 300 : 0))));
    expect(lines[0]).toMatch(
      /^Today \(2026-12-05\): \d+ AU of training load in the last 7 days, against \d+(\.\d)? AU a week over the last 4 weeks \(\d\.\d+x that\)\.$/,
    );
    expect(lines[1]).toBe("Not enough recent history to judge form: 30 of 42 days.");
    // Both still rest on the first days' average: said as rough, with their unit.
    expect(lines[2]).toMatch(
      /^Fitness \(your average load a day over 42 days\) and fatigue \(the same over 7\) start from the average of your first days of training and settle as weeks add up: for now \d+(\.\d)? and \d+(\.\d)? AU a day\.$/,
    );
    expect(lines.join("\n")).not.toMatch(/Form \(fitness minus fatigue\)/);
    expect(lines.join("\n")).toMatch(/^Monotony is \d+(\.\d+)? \(.*\) and strain \d+(\.\d)? AU /m);
  });

  it("says what form means once it is judged, with its sign and unit", () => {
    const lighter = loadSentences(reportOf([...every(53, () => 300), ...every(7, () => 100)]));
    expect(lighter).toContainEqual(
      expect.stringMatching(
        /^Fitness is your average load a day over the last 42 days, \d+(\.\d)? AU a day; fatigue is the same over the last 7 days, \d+(\.\d)? AU a day\.$/,
      ),
    );
    expect(lighter).toContainEqual(
      expect.stringMatching(
        /^Form \(fitness minus fatigue\) is \+\d+(\.\d)? AU a day: your last week was lighter than your usual\.$/,
      ),
    );
    const heavier = loadSentences(reportOf([...every(53, () => 100), ...every(7, () => 900)]));
    expect(heavier.join("\n")).toMatch(
      /Form \(fitness minus fatigue\) is -\d+(\.\d)? AU a day: your last week was heavier than your usual\./,
    );
  });

  it("says the load model's advice in words, its rules after it, and the form with its unit", () => {
    const sentences = loadSentences(reportOf([...every(53, () => 100), ...every(7, () => 900)]));
    expect(sentences).toContainEqual(
      // 7 days at 900 AU after weeks at 100: three times the usual week
      expect.stringMatching(/^This week's load is about 3 times your usual week: .*\. \(L9, L8\)$/),
    );
    // the figure behind it is said once, where it is explained, with its unit
    expect(sentences.filter((x) => /-\d+(\.\d)? AU a day/.test(x))).toHaveLength(1);
  });
});

describe("a first run", () => {
  it("counts its one day of training in words a person would say", () => {
    const lines = loadSentences(reportOf([...every(40, () => 0), 570]));
    expect(lines[1]).toBe(
      "Not enough recent history: 1 day of recent training; the load ratio needs 28 days and form 42.",
    );
  });
});

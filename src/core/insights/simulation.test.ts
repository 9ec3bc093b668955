import { describe, expect, it } from "vitest";
import { computeInsights } from "./insights.js";
import { simulateRunner } from "./simulated-runner.js";
import { addDays } from "../time/calendar.js";

/**
 * Given runners with one truly helpful technique among techniques with no effect, when the
 * insights read 12 weeks of their journal, then they name the helpful one for at least 80%
 * of runners and claim an effect for a no-effect technique for at most 10%.
 *
 * The simulated technique shows both in the session's before/after ratings (P1) and in the
 * next morning's stiffness. The cohort test in src/services/coach drives the full loop.
 */
describe("simulated runners", () => {
  it("names the truly helpful technique in >= 80% and a no-effect one in <= 10% of 100 runners", () => {
    const RUNNERS = 100;
    const start = "2026-01-05";
    const weeks = 12;
    let hits = 0;
    let falseClaims = 0;
    for (let seed = 1; seed <= RUNNERS; seed++) {
      const journal = simulateRunner({
        seed,
        start,
        weeks,
        effects: { "calf-roll": -1, "leg-swing": 0, "figure-four": 0, "foot-ball": 0 },
        staples: ["hip-circles"],
      });
      const report = computeInsights({
        today: addDays(start, weeks * 7 - 1),
        timeZone: "UTC",
        sessions: journal.sessions,
        runs: journal.runs,
        romTests: journal.romTests,
        bodyChecks: [],
        runComfort: journal.runComfort,
      });
      const verdict = (id: string) => report.techniques.find((t) => t.movementId === id)?.verdict;
      if (verdict("calf-roll") === "helps") hits++;
      if (
        ["leg-swing", "figure-four", "foot-ball"].some(
          (id) => verdict(id) === "helps" || verdict(id) === "worse",
        )
      )
        falseClaims++;
    }
    console.log(
      `simulation: helpful named ${hits}/${RUNNERS}, false claims ${falseClaims}/${RUNNERS}`,
    );
    expect(hits / RUNNERS).toBeGreaterThanOrEqual(0.8);
    expect(falseClaims / RUNNERS).toBeLessThanOrEqual(0.1);
  });
});

import { describe, expect, it } from "vitest";
import { computeInsights } from "../../core/insights/insights.js";
import { sessionOn } from "../../core/plan/fixtures.js";
import { addDays } from "../../core/time/calendar.js";
import { sharedExplanation } from "../../core/insights/summary.js";
import { formatInsights } from "./insights.js";

const TODAY = "2026-11-22";

/** A week of rated sessions: too thin to judge anything. */
function thinReport() {
  const sessions = Array.from({ length: 7 }, (_, i) =>
    sessionOn(
      addDays(TODAY, -i),
      "07:00",
      i % 2 ? ["foam-roll-calves"] : ["leg-swings-front-back"],
      {
        before: { stiffness: 5 },
        after: { stiffness: 3 },
      },
    ),
  );
  return computeInsights({
    today: TODAY,
    timeZone: "UTC",
    sessions,
    runs: [],
    romTests: [],
    bodyChecks: [],
    runComfort: [],
  });
}

describe("limber insights on a thin journal", () => {
  it("says the shared explanation once, then lists the techniques", () => {
    const report = thinReport();
    expect(report.techniques).toHaveLength(2);
    const shared = sharedExplanation(report.techniques);
    expect(shared?.message).toMatch(/^not enough data yet\. Your journal holds \d+ rated sessions/);
    const text = formatInsights(report);
    expect(text).toContain(`\nTechniques [P5]\n  Not enough data yet. Your journal holds`);
    expect(text.match(/To settle it:/g)).toHaveLength(1);
    expect(text).toMatch(/\n {2}The 2 techniques you have done so far:\n {4}\S/);
    expect(text).toMatch(
      /\n {4}Foam roll: calves \(\d sessions? on \d days?\) \[foam-roll-calves\]\n/,
    );
  });

  it("keeps each technique's own lines when the explanations differ, or for one technique", () => {
    const report = thinReport();
    const [a, b] = report.techniques;
    expect(sharedExplanation([a!, { ...b!, settle: "Something else." }])).toBeUndefined();
    expect(sharedExplanation([a!])).toBeUndefined();
    const text = formatInsights({
      ...report,
      techniques: [a!, { ...b!, settle: "Something else." }],
    });
    expect(text.match(/To settle it:/g)).toHaveLength(2);
    expect(text).not.toContain("you have done so far");
  });
});

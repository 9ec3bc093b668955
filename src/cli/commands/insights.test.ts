import { describe, expect, it } from "vitest";
import { computeInsights } from "../../core/insights/insights.js";
import { sessionOn } from "../../core/plan/fixtures.js";
import { addDays } from "../../core/time/calendar.js";
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
  it("says the journal's explanation once, then lists the techniques", () => {
    const report = thinReport();
    expect(report.techniques).toHaveLength(2);
    expect(report.thin?.message).toMatch(/^Your journal holds 7 rated sessions over 7 days; /);
    const text = formatInsights(report);
    expect(text).toContain(
      `\nTechniques [P5]\n  Not enough data yet. ${report.thin!.message}\n  To settle it: ${report.thin!.settle}\n`,
    );
    expect(text.match(/To settle it:/g)).toHaveLength(1);
    expect(text).toMatch(/\n {2}The 2 techniques you have done so far:\n {4}\S/);
    expect(text).toMatch(
      /\n {4}Foam roll: calves \(\d sessions? on \d days?\) \[foam-roll-calves\]\n/,
    );
  });

  it("says it for a single technique too, and names a pair done always together", () => {
    const report = thinReport();
    const [a, b] = report.techniques;
    const one = formatInsights({ ...report, techniques: [a!] });
    expect(one).toContain("\n  The technique you have done so far:\n");
    const paired = formatInsights({
      ...report,
      techniques: [{ ...a!, confoundedWith: [b!.movementId] }, b!],
    });
    expect(paired).toContain(`, always with Foam roll: calves) [${a!.movementId}]\n`);
    expect(b!.movementId).toBe("foam-roll-calves");
  });

  it("gives each technique its own lines once the journal is no longer thin", () => {
    const report = thinReport();
    const { thin: _, ...judged } = report;
    const text = formatInsights(judged);
    expect(text.match(/To settle it:/g)).toHaveLength(2);
    expect(text).not.toContain("you have done so far");
    expect(text).toMatch(/· not enough data yet \(/);
  });
});

/**
 * `limber insights [--json]`: what the journal shows over weeks (P2, P4-P7, T7): wins that
 * beat the test's smallest real change, left-right differences beyond normal variation,
 * which techniques go with less stiffness (with how sure), run comfort and adherence.
 */
import type { Insights } from "../../core/insights/types.js";
import { insightsReport } from "../../services/coach/index.js";
import type { CliCommand } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withJournal } from "./journal-support.js";

/**
 * The report as readable text, one section per question.
 *
 * @example
 * formatInsights(report); // "Insights up to 2026-11-23\n\nWins [P4]\n  + Knee-to-wall (left): ..."
 */
export function formatInsights(r: Insights): string {
  const out: string[] = [`Insights up to ${r.today}`];
  out.push("", "Wins [P4]");
  if (r.romChanges.length === 0)
    out.push("  Not enough re-tests yet: a change needs two tests of the same kind.");
  else if (r.wins.length === 0)
    out.push("  No change beyond a test's normal variation yet. Keep re-testing weekly.");
  for (const w of r.wins) out.push(`  + ${w.message}`);
  const others = r.romChanges.filter((c) => !c.win);
  if (others.length) {
    out.push("", "Other range-of-motion changes [P2]");
    for (const c of others) out.push(`  ${c.message}`);
  }
  out.push("", "Left-right differences [A4]");
  const flagged = r.sideDifferences.filter((d) => d.flagged);
  if (r.sideDifferences.length === 0) out.push("  No test with both sides yet.");
  else if (flagged.length === 0) out.push("  None beyond normal between-side variation.");
  for (const d of flagged) out.push(`  ! ${d.message}`);
  out.push("", "Techniques [P5]");
  if (r.techniques.length === 0) out.push("  No sessions logged yet.");
  for (const t of r.techniques) {
    out.push(`  ${t.movementId} (done on ${t.daysUsed} days)`);
    out.push(`    next-day stiffness: ${t.nextDayStiffness.message}`);
    out.push(`    range of motion: ${t.romChange.message}`);
  }
  out.push("", "Run comfort [P7]", `  ${r.comfort.message}`);
  out.push("", "Adherence [T7]", `  ${r.adherence.message}`);
  out.push(
    `  ${r.adherence.weeks.map((w) => `${w.weekStart}: ${w.sessions}`).join("   ")}   this week so far: ${r.adherence.thisWeek}`,
  );
  out.push("", `How this works: ${r.method}`);
  return out.join("\n");
}

export const command: CliCommand = {
  summary: "What has helped you, with how sure Limber is",
  async run(argv, io) {
    const cmd = program("insights", "What your journal shows over weeks (P2, P4-P7, T7)").option(
      "--json",
      "print the report as one JSON document",
    );
    const parsed = parseProgram(cmd, argv, io);
    if (typeof parsed === "number") return parsed;
    const opts = parsed.opts<{ json?: boolean }>();
    const report = await withJournal(io, (db, user) => insightsReport(db, user, io.now()));
    if (opts.json) printJson(io, report);
    else io.out(formatInsights(report));
    return 0;
  },
};

/**
 * `limber insights [--json]`: what the journal shows over weeks (P2, P4-P7, T7): wins that
 * beat the test's smallest real change, left-right differences beyond normal variation,
 * which techniques go with less stiffness (with how sure), run comfort and adherence.
 */
import { VERDICT_WORDS, type Insights } from "../../core/insights/types.js";
import { movementName } from "../../core/catalog/index.js";
import { counted } from "../../core/text/counted.js";
import { listed } from "../../core/text/listed.js";
import { dayLabel } from "../../core/time/calendar.js";
import { insightsReport } from "../../services/coach/index.js";
import type { CliCommand } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withJournal } from "./journal-support.js";

/**
 * The report as readable text, one section per question.
 *
 * @example
 * formatInsights(report); // "Insights up to Mon 23 Nov\n\nWins [P4]\n  + Knee-to-wall, left: ..."
 */
export function formatInsights(r: Insights): string {
  const out: string[] = [`Insights up to ${dayLabel(r.today)}`, ""];
  for (const line of r.summary) out.push(line);
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
  // Always done together with: the data cannot tell them apart.
  const together = (t: Insights["techniques"][number]) =>
    t.confoundedWith.length ? `, always with ${listed(t.confoundedWith.map(movementName))}` : "";
  if (r.thin && r.techniques.length) {
    // A thin journal: the same explanation holds for every technique, so it is said once.
    out.push(`  Not enough data yet. ${r.thin.message}`, `  To settle it: ${r.thin.settle}`);
    out.push(
      r.techniques.length === 1
        ? "  The technique you have done so far:"
        : `  The ${counted(r.techniques.length, "technique")} you have done so far:`,
    );
    for (const t of r.techniques)
      out.push(
        `    ${movementName(t.movementId)} (${counted(t.sessions, "session")} on ${counted(t.days, "day")}${together(t)}) [${t.movementId}]`,
      );
  }
  for (const t of r.thin ? [] : r.techniques) {
    // The technique by its name, as the routine shows it; its id (what --skipped takes) last.
    out.push(
      `  ${movementName(t.movementId)} · ${VERDICT_WORDS[t.verdict]} (${counted(t.sessions, "session")} on ${counted(t.days, "day")}${together(t)}) [${t.movementId}]`,
    );
    out.push(`    ${t.message}`);
    out.push(`    To settle it: ${t.settle}`);
  }
  out.push("", "Run comfort [P7]", `  ${r.comfort.message}`);
  out.push("", "Adherence [T7]", `  ${r.adherence.message}`);
  out.push(
    `  ${[...r.adherence.weeks.map((w) => `week of ${dayLabel(w.weekStart, r.today)}: ${w.sessions}`), `this week so far: ${r.adherence.thisWeek}`].join("   ")}`,
  );
  out.push("", `How this works: ${r.method}`);
  return out.join("\n");
}

export const command: CliCommand = {
  summary: "What has helped you, with how sure Limber is",
  async run(argv, io) {
    const cmd = program("insights", "What your journal shows over weeks (P2, P4-P7, T7)")
      .option("--json", "print the report as one JSON document")
      .addHelpText(
        "after",
        [
          "",
          "Plain sentences come first: what helps, what to stop, what is on trial, what is still unknown.",
          "",
          "With --json, `techniques` holds one entry per technique you have done (walks, breathing",
          "and easy cardio frame a session and are not judged):",
          "  movementId      the movement's id",
          "  verdict         helps | no-clear-effect | worse | not-enough-data",
          "  effect          { source, measure, unit, better, estimate, low, high, level, n, nWith }:",
          "                  the difference it makes in your units (points of stiffness out of 10, cm or deg),",
          "                  with its interval; low <= estimate <= high, negative = lower",
          "                  source: stiffness (the session change, else the next morning), session, next-morning or rom",
          "  evidence        every source's estimate (session before/after, next-morning stiffness per region,",
          "                  the stiffness test, the region's range-of-motion test)",
          "  sessions, ratedSessions, days   how much it rests on",
          "  confoundedWith  movement ids it is (nearly) always done with; [] when none",
          "  settle          what more data would settle it",
          "  message         the verdict in words",
          "`summary` holds the plain sentences; `trial` the technique on trial, until when (its earliest end),",
          "since when and on how many of the days it needs (no `since` until it is first done).",
          "`thin`, present only while the journal is too thin to judge any technique:",
          "{ ratedSessions, days, needs: { ratedSessions, days }, message, settle }.",
        ].join("\n"),
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

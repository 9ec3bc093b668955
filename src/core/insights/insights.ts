/**
 * computeInsights: everything the journal can honestly say over weeks (P2, P4-P7, T7).
 * Pure: the day, the time zone and the records come in as arguments.
 */
import type { RuleId } from "../vocabulary.js";
import { addDays, assertDate, assertTimeZone } from "../time/calendar.js";
import { adherence } from "./adherence.js";
import { comfortInsight } from "./comfort.js";
import { dailyRows } from "./daily.js";
import { romChanges, sideDifferences } from "./rom.js";
import { summarySentences } from "./summary.js";
import { techniqueInsights } from "./techniques.js";
import type { Insights, InsightsInput } from "./types.js";

/** Techniques are judged on the last year of logs: older habits say less about today. */
export const TECHNIQUE_WINDOW_DAYS = 365;

export const METHOD =
  "Limber judges all your techniques together in one model per measure, allowing for each day's running load and hard weeks: " +
  "how your stiffness changed during sessions with a technique (your before and after ratings, what a stiffness claim rests on), " +
  "how stiff the regions it works were the next morning (shown beside it), and the range-of-motion test for those regions " +
  "(a change counts only beyond the test's smallest real change). " +
  "Each technique starts from 'probably makes little difference', and claims are limited so that few are wrong even when many " +
  "techniques are compared: the bar for saying a technique helps is set for a 2% chance that any such claim is wrong by chance, " +
  "and the one for saying it makes things worse for a 2% false discovery rate. Techniques you always do together are reported together. " +
  "These are what your own logs show, not proof.";

/**
 * @example
 * const report = computeInsights({ today: "2026-11-23", timeZone: "Europe/Berlin", sessions, runs,
 *   romTests, bodyChecks: [], runComfort: [] });
 * report.wins; // ROM changes that beat the test's smallest real change
 */
export function computeInsights(input: InsightsInput): Insights {
  assertDate("today", input.today);
  assertTimeZone("timeZone", input.timeZone);
  const romTests = input.romTests.filter((t) => t.date <= input.today);
  const days = dailyRows({
    sessions: input.sessions,
    runs: input.runs,
    bodyChecks: input.bodyChecks,
    timeZone: input.timeZone,
    from: addDays(input.today, -TECHNIQUE_WINDOW_DAYS),
    to: input.today,
  });
  const changes = romChanges(romTests);
  const from = addDays(input.today, -TECHNIQUE_WINDOW_DAYS);
  const { techniques, thin } = techniqueInsights({
    days,
    sessions: input.sessions,
    bodyChecks: input.bodyChecks,
    romTests: romTests.filter((t) => t.date >= from),
    timeZone: input.timeZone,
    from,
    to: input.today,
  });
  const comfort = comfortInsight({
    comfort: input.runComfort.filter((c) => c.date <= input.today),
    runs: input.runs,
    sessions: input.sessions,
    timeZone: input.timeZone,
  });
  const adh = adherence({
    sessions: input.sessions,
    today: input.today,
    timeZone: input.timeZone,
    weekStartsOn: input.weekStartsOn,
  });
  const sides = sideDifferences(romTests);
  const reasons: RuleId[] = ["P2", "P4", "P5", "P7", "T7", "A4"];
  return {
    today: input.today,
    wins: changes.filter((c) => c.win),
    romChanges: changes,
    sideDifferences: sides,
    techniques,
    summary: summarySentences(techniques, { thin }),
    ...(thin ? { thin } : {}),
    comfort,
    adherence: adh,
    method: METHOD,
    reasons,
  };
}

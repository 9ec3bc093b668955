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
import { techniqueInsights } from "./techniques.js";
import type { Insights, InsightsInput } from "./types.js";

/** Techniques are judged on the last year of logs: older habits say less about today. */
export const TECHNIQUE_WINDOW_DAYS = 365;

export const METHOD =
  "For each technique, Limber compares how stiff you were the morning after days you did it with days you did not, " +
  "allowing for that day's running load and how stiff you were that day (a linear model over the last year). " +
  "It says a technique helps only when the whole interval lies on the helpful side; intervals are widened for the " +
  "number of techniques compared at once. These are associations in your own logs, not proof.";

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
  const techniques = techniqueInsights(
    days,
    romTests.filter((t) => t.date >= addDays(input.today, -TECHNIQUE_WINDOW_DAYS)),
  );
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
    comfort,
    adherence: adh,
    method: METHOD,
    reasons,
  };
}

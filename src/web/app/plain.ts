/**
 * Routine text for people: region, kit and session names in words (each once), why an item
 * is there as a sentence instead of rule codes, warnings cut to their first sentence, and
 * days and distances of the core's sentences as the runner reads them (the load model's
 * advice comes in words from the core itself).
 */
import type { Units } from "../../core/journal/types.js";
import type { PlanDay } from "../../core/plan/types.js";
import { regionName } from "../../core/routine/region-names.js";
import { RULE_PHRASES } from "../../core/routine/rule-phrases.js";
import { dayLabel, isCalendarDay } from "../../core/time/calendar.js";
import type { RuleId, SessionKind } from "../../core/vocabulary.js";
import { distanceToDisplay, distanceUnit } from "./units.js";

/**
 * Region references as words, each region once: a side shows only when the other side and
 * the region as a whole are absent.
 *
 * @example
 * regionWords(["hamstrings-right", "hamstrings", "hip-flexors-left"]); // "hamstrings, left hip flexors"
 */
export function regionWords(refs: readonly string[]): string {
  const sides = new Map<string, Set<string>>();
  for (const ref of refs) {
    const m = /^(.*)-(left|right)$/.exec(ref);
    const region = m?.[1] ?? ref;
    const set = sides.get(region) ?? new Set<string>();
    set.add(m?.[2] ?? "both");
    sides.set(region, set);
  }
  return [...sides]
    .map(([region, s]) => {
      const words = regionName(region);
      if (s.has("both") || s.size > 1) return words;
      return `${[...s][0]} ${words}`;
    })
    .join(", ");
}

/**
 * Why an item (or the routine) is there, as one sentence from its rules' phrases.
 *
 * @example
 * whyText(["L6", "L11"]); // "Long run: feet, calves and hips first; stiff region gets more time."
 */
export function whyText(reasons: readonly RuleId[]): string {
  const phrases = [...new Set(reasons.map((r) => RULE_PHRASES[r]).filter((p): p is string => !!p))];
  if (phrases.length === 0) return "";
  const s = phrases.join("; ");
  return `${s[0]?.toUpperCase() ?? ""}${s.slice(1)}.`;
}

/**
 * Why, split for reading: the first `lead` reasons as a sentence, the rest as sentences to
 * show on demand, so a routine shaped by twenty rules does not open with a wall of text.
 *
 * @example
 * whyParts(["L6", "L11", "T1", "S4"], 2); // { lead: "Long run: ...; stiff region gets more time.", rest: ["Walk first ...", "..."] }
 */
export function whyParts(reasons: readonly RuleId[], lead = 3): { lead: string; rest: string[] } {
  const phrases = [...new Set(reasons.map((r) => RULE_PHRASES[r]).filter((p): p is string => !!p))];
  const sentence = (p: string) => `${p[0]?.toUpperCase() ?? ""}${p.slice(1)}.`;
  const first = phrases.slice(0, lead);
  return {
    lead: first.length > 0 ? sentence(first.join("; ")) : "",
    rest: phrases.slice(lead).map(sentence),
  };
}

/**
 * A warning cut to its first sentence (or, when that is longer than `max` characters, its
 * first clause), and whether more remains to show on demand.
 *
 * @example
 * shortWarning("Sharp pain in calves. Skip foam-calf-roll and ball-calf and ..."); // { short: "Sharp pain in calves.", more: true }
 */
export function shortWarning(message: string, max = 120): { short: string; more: boolean } {
  const text = message.trim();
  // The whole first sentence when it fits ("This routine is 8 min, shorter than ...: why"),
  // else its first clause ("Sharp pain in the hips: ..."), else cut at a word.
  const sentence = /^.*?[.;](?=\s|$)/.exec(text)?.[0] ?? text;
  const clause = /^.*?:(?=\s)/.exec(sentence)?.[0];
  const first = sentence.length <= max || !clause ? sentence : clause;
  const cut = first.length > max ? `${first.slice(0, max).replace(/\s+\S*$/, "")}…` : first;
  return { short: cut.replace(/[:;]$/, "."), more: cut.length < text.length };
}

/**
 * What the runner should know about the routine's shape (its `notes`: a habit cap, a
 * missing cool-down walk, ...) that the cautions above it do not already say, each once.
 *
 * @example
 * routineNotes({ notes: ["Kept to 2 movements while the habit settles in; more come as it holds."], warnings: [] });
 * // ["Kept to 2 movements while the habit settles in; more come as it holds."]
 */
export function routineNotes(routine: {
  notes?: readonly string[];
  warnings: readonly { message: string }[];
}): string[] {
  const said = new Set(routine.warnings.map((w) => w.message));
  return [...new Set(routine.notes ?? [])].filter((n) => !said.has(n));
}

const SESSION_WORDS: Record<SessionKind, string> = {
  "post-run": "after-run session",
  "pre-run": "warm-up before a run",
  evening: "evening session",
  mini: "mini session",
  "rest-day": "rest-day session",
};

/**
 * What a day of the week plan with no session says: a rest day, no run planned (a free day
 * the runner's weeks do not show free, in a week with none planned), or no session.
 *
 * @example
 * freeDayWords({ restDay: true, noRunPlanned: false }); // "Rest day"
 */
export function freeDayWords(flags: Pick<PlanDay["flags"], "restDay" | "noRunPlanned">): string {
  if (!flags.restDay) return "No session";
  return flags.noRunPlanned ? "No run planned" : "Rest day";
}

/**
 * A session kind in words.
 *
 * @example
 * sessionWords("post-run"); // "after-run session"
 */
export function sessionWords(kind: SessionKind): string {
  return SESSION_WORDS[kind];
}

/**
 * A sentence of the core (a warning, a fact that shaped the routine) as the runner reads
 * it: days as "Fri 4 Dec", distances in their units.
 *
 * @example
 * plainText("This run on 2026-12-04 (50 km) is 60% longer.", "imperial");
 * // "This run on Fri 4 Dec (31.1 mi) is 60% longer."
 */
export function plainText(text: string, units: Units): string {
  return text
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => (isCalendarDay(d) ? dayLabel(d) : d))
    .replace(/\b(\d+(?:\.\d+)?) km\b/g, (all, km: string) =>
      units === "imperial"
        ? `${Math.round(distanceToDisplay(Number(km), units) * 10) / 10} ${distanceUnit(units)}`
        : all,
    );
}

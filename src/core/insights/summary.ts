/**
 * The three to five plain sentences `limber insights` and the web app lead with: what helps,
 * what to stop, what is on trial, what is still unknown.
 */
import { effectSentence, movementName } from "./techniques.js";
import { listed as list, listedSome } from "../text/listed.js";
import type { TechniqueInsight, ThinJournal } from "./types.js";
import { lowerFirst, upperFirst } from "../text/first-letter.js";

/**
 * `trial` is the prescription's sentence on the trial (trialSentence in
 * src/core/plan/prescription.ts), said here as everywhere else; `thin`, the report's word that
 * the journal is too thin to judge anything, whose missing sessions or days the "Still unknown"
 * sentence names.
 *
 * @example
 * summarySentences(techniques, { trial: "On trial: Band leg swings since Tue 1 Dec, ..." });
 * // ["What helps you: Foam roll calves. With it you were about 1.2 points less stiff out of 10 (...).", ...]
 */
export function summarySentences(
  techniques: readonly TechniqueInsight[],
  context: { trial?: string | undefined; thin?: ThinJournal | undefined } = {},
): string[] {
  const out: string[] = [];
  const helps = techniques.filter((t) => t.verdict === "helps");
  const worse = techniques.filter((t) => t.verdict === "worse");
  const unknown = techniques.filter(
    (t) => t.verdict === "not-enough-data" && t.confoundedWith.length === 0,
  );
  const none = techniques.filter((t) => t.verdict === "no-clear-effect");
  const groups = new Map<string, TechniqueInsight[]>();
  for (const t of techniques)
    if (t.confoundedWith.length) {
      const key = [t.movementId, ...t.confoundedWith].sort().join("+");
      groups.set(key, [...(groups.get(key) ?? []), t]);
    }
  if (techniques.length === 0) {
    out.push(
      "No sessions logged yet: log a few with before and after ratings and Limber starts learning what works for you.",
    );
  } else if (helps.length) {
    const top = helps[0]!;
    out.push(
      helps.length === 1 && top.effect
        ? `What helps you: ${movementName(top.movementId)}. ${upperFirst(effectSentence(top.effect))}.`
        : `What helps you: ${list(helps.map((t) => movementName(t.movementId)))}${top.effect ? ` (${movementName(top.movementId)}: ${effectSentence(top.effect)})` : ""}.`,
    );
  } else {
    out.push(
      "Nothing is clearly helping yet: Limber only says so when your logs show it beyond doubt.",
    );
  }
  if (worse.length)
    out.push(
      `Stop ${list(worse.map((t) => movementName(t.movementId)))}: ${worse.length === 1 ? "it goes" : "they go"} with feeling stiffer or worse, so ${worse.length === 1 ? "it leaves" : "they leave"} your routine.`,
    );
  if (context.trial) out.push(context.trial);
  for (const g of [...groups.values()].slice(0, 1))
    out.push(
      `${list(g.map((t) => movementName(t.movementId)))} are done mostly in the same sessions, so your data cannot tell them apart.`,
    );
  // A journal too thin to judge anything: what it lacks, in the same sentence.
  const lacking = context.thin ? `: ${lowerFirst(context.thin.settle.replace(/\.$/, ""))}` : "";
  if (unknown.length && out.length < 5)
    out.push(
      `Still unknown: ${listedSome(
        unknown.map((t) => movementName(t.movementId)),
        3,
      )} (not enough data yet${lacking}).`,
    );
  if (none.length && out.length < 5)
    out.push(
      `No clear effect for you: ${listedSome(
        none.map((t) => movementName(t.movementId)),
        3,
      )}.`,
    );
  return out.slice(0, 5);
}

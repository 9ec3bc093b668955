/**
 * X5 in the log flow: when a logged session left the runner feeling worse, what to tell
 * them and which regions a pain flag would be about. The CLI prompt, the API's `feltWorse`
 * field on session create and the web dialog all use this one function.
 */
import type { SessionLog } from "../journal/types.js";
import { loggedItemFacts } from "../journal/logged-items.js";
import { parseRegionRef, type Region } from "../vocabulary.js";
import { feltWorse, type FeltWorse } from "./felt-worse.js";

export interface FeltWorseAdvice extends FeltWorse {
  /** Regions the session's done items worked: where a pain flag would likely go. */
  regions: Region[];
  /** One or two plain sentences for the runner. */
  message: string;
}

/**
 * Undefined when the session did not leave the runner worse.
 *
 * @example
 * feltWorseAdvice(session)?.message;
 * // "This session left you feeling worse (pain 0 -> 8). If something hurts, flag it: ..."
 */
export function feltWorseAdvice(
  s: Pick<SessionLog, "before" | "after" | "items" | "routine">,
): FeltWorseAdvice | undefined {
  const f = feltWorse(s.before, s.after);
  if (!f.worse) return undefined;
  const regions: Region[] = [];
  for (const item of s.items)
    if (item.status === "done")
      for (const ref of loggedItemFacts(s, item.id).regions) {
        const r = parseRegionRef(ref)?.region;
        if (r && !regions.includes(r)) regions.push(r);
      }
  const rises = f.rising.map((x) => `${x.rating} ${x.before} -> ${x.after}`).join(", ");
  const message =
    `This session left you feeling worse (${rises}). Next time the routine lowers the dose of what you did, and a technique that keeps doing this is swapped for another (X5). ` +
    (f.painRose
      ? "Pain rose: if something hurts, flag it so the routine leaves that region alone (X2, X3)."
      : "If something hurts, flag it so the routine leaves that region alone (X2, X3).");
  return { ...f, regions, message };
}

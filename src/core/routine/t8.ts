/**
 * The 10-minute full-body sequence (T8): ten movements of 30-45 s each with little rest, in
 * exactly the guide's order. Offered for a 10-minute evening or rest-day session, and for a
 * 10-minute post-run routine after an easy run (after the walk, T1), when every movement of
 * it is allowed today, nothing is rated tight (T5 puts the tightest first instead) and it
 * fills the time; otherwise the general builder takes over.
 */
import { T8_SEQUENCE } from "../catalog/index.js";
import type { Phase } from "../vocabulary.js";
import type { Candidate } from "./candidates.js";
import { capacity, secondsOf } from "./dosing.js";
import { choose, cite, walksToday, type Chosen, type SelectionInput } from "./selection.js";

/** T8's chosen items (after the walk on a post-run day), or undefined when it does not fit today. */
export function t8Sequence(input: SelectionInput, aim: number): Chosen[] | undefined {
  const p = input.profile;
  const postRun = p.session === "post-run" && (p.day === "easy" || p.day === "none");
  if (p.session !== "evening" && p.session !== "rest-day" && !postRun) return undefined;
  if (p.budget < 9 * 60 || p.budget > 11 * 60) return undefined;
  if (p.lighten || input.prio.tightOrder.length > 0) return undefined;
  if (input.trialMovementId || input.core.size > 0) return undefined;
  // T8 follows the walk off the run (T1): with the walk left out (X2) it is not T8.
  if (input.plan.walkLeftOut) return undefined;
  // Done it lately? Rotate to something else (S10).
  const recentHits = T8_SEQUENCE.filter((id) => input.recent.has(id)).length;
  if (recentHits * 2 >= T8_SEQUENCE.length) return undefined;
  const all = new Map<string, { c: Candidate; phase: Phase }>();
  for (const [phase, list] of input.candidates)
    for (const c of list) all.set(c.movement.id, { c, phase });
  const items: Chosen[] = [];
  let walkSeconds = 0;
  if (postRun && input.plan.walk !== undefined) {
    // The plan has a walk only when one may be done today.
    const walk = walksToday(input.candidates)[0]!;
    const item = choose(walk, "transition", input, 0);
    // T1: two minutes of easy walking first.
    const at = item.stepSeconds.indexOf(120);
    if (at < 0) return undefined;
    item.at = item.lo = item.hi = at;
    item.required = true;
    cite(item.reasons, "T1");
    items.push(item);
    walkSeconds = secondsOf(item);
  }
  for (const id of T8_SEQUENCE) {
    const hit = all.get(id);
    if (!hit || hit.c.side) return undefined;
    const item = choose(hit.c, hit.phase, input, items.length + 1);
    cite(item.reasons, "T8");
    if (item.movement.dose.kind === "hold") cite(item.reasons, "B3");
    item.required = true;
    items.push(item);
  }
  const cap = capacity(items);
  if (cap.max < aim * 0.95 || cap.min > aim * 1.05 || walkSeconds >= aim) return undefined;
  return items;
}

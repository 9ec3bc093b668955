/**
 * The 10-minute full-body sequence (T8): ten movements of 30-45 s each with little rest.
 * Used for a 10-minute evening or rest-day session when every movement of it is allowed
 * today and it can fill the budget; otherwise the general builder takes over.
 */
import { T8_SEQUENCE } from "../catalog/index.js";
import type { Phase } from "../vocabulary.js";
import type { Candidate } from "./candidates.js";
import { capacity } from "./dosing.js";
import { choose, type Chosen, type SelectionInput } from "./selection.js";

/** T8's chosen items, or undefined when the sequence does not fit today. */
export function t8Sequence(input: SelectionInput, budget: number): Chosen[] | undefined {
  const p = input.profile;
  if (p.session !== "evening" && p.session !== "rest-day") return undefined;
  if (p.lighten || input.prio.tightOrder.length > 0) return undefined;
  // Done it lately? Rotate to something else (S10).
  const recentHits = T8_SEQUENCE.filter((id) => input.recent.has(id)).length;
  if (recentHits * 2 >= T8_SEQUENCE.length) return undefined;
  const all = new Map<string, { c: Candidate; phase: Phase }>();
  for (const [phase, list] of input.candidates)
    for (const c of list) all.set(c.movement.id, { c, phase });
  const items: Chosen[] = [];
  for (const id of T8_SEQUENCE) {
    const hit = all.get(id);
    if (!hit || hit.c.side) return undefined;
    const item = choose(hit.c, hit.phase, input, items.length + 1);
    item.reasons.add("T8");
    item.required = true;
    items.push(item);
  }
  const cap = capacity(items);
  if (cap.max < budget * 0.95 || cap.min > budget * 1.05) return undefined;
  return items;
}

/**
 * What a logged item worked: the phase and regions of the routine item it came from, or,
 * for a technique the runner added beside the routine (which has no routine item), those of
 * the library movement. One place, so insights, the prescription and X5 all read an added
 * technique the same way as one the routine gave.
 */
import { movementById } from "../catalog/index.js";
import type { Phase, RegionRef } from "../vocabulary.js";
import type { SessionLog } from "./types.js";

export interface LoggedItemFacts {
  /** Undefined only for an id neither the routine nor the library knows. */
  phase?: Phase;
  regions: RegionRef[];
}

/**
 * @example
 * loggedItemFacts(session, "foam-roll-quads"); // { phase: "release", regions: ["quads-left", "quads-right"] }
 */
export function loggedItemFacts(s: Pick<SessionLog, "routine">, id: string): LoggedItemFacts {
  const item = s.routine.items.find((i) => i.id === id);
  // A routine as stored is the routine as given: one written by hand may lack its regions.
  if (item) return { phase: item.phase, regions: item.regions ?? [] };
  const movement = movementById(id);
  return movement ? { phase: movement.phase, regions: [...movement.regions] } : { regions: [] };
}

/**
 * The items the routine gave (done or skipped), without the techniques added beside it: the
 * share of a routine done is of the routine.
 *
 * @example
 * routineItemsOf(session).filter((i) => i.status === "done").length; // 7 of the routine's 8
 */
export function routineItemsOf(s: Pick<SessionLog, "items">): SessionLog["items"] {
  return s.items.filter((i) => !i.added);
}

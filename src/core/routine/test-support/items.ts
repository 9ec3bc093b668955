/**
 * Routine items for tests of what plays a routine (the cue script, the web player, the
 * browser test of the player): built from the catalog, with what a test changes.
 */
import { movementById } from "../../catalog/index.js";
import type { RoutineItem } from "../types.js";

/**
 * A routine item of a catalog movement: 60 s, one side, its cues, unless `over` says else.
 *
 * @example
 * itemOf("glute-bridge", { reps: 10, seconds: 40 });
 */
export function itemOf(id: string, over: Partial<RoutineItem> = {}): RoutineItem {
  const m = movementById(id);
  if (!m) throw new Error(`no movement ${id} in the catalog`);
  return {
    id,
    name: m.name,
    phase: m.phase,
    regions: [...m.regions],
    equipment: [...m.equipment],
    seconds: 60,
    sides: 1,
    cues: [...m.cues],
    reasons: [],
    ...over,
  };
}

/** One round of box breathing as it is counted aloud: four counts a phase. */
export const BOX_BREATHING_ROUND = [
  "Breathe in",
  "2",
  "3",
  "4",
  "Hold",
  "2",
  "3",
  "4",
  "Breathe out",
  "2",
  "3",
  "4",
  "Hold",
  "2",
  "3",
  "4",
] as const;

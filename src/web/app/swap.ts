/**
 * Swapping one routine item for another movement that fits the same rules: same phase,
 * at least one region in common, kit the runner owns, not in an excluded region (avoid or
 * pain), and not already in the routine. The new item keeps the old one's time budget, so
 * the routine's length does not change.
 */
import type { Movement } from "../../core/catalog/types.js";
import type { Routine, RoutineItem } from "../../core/routine/types.js";
import type { Equipment, Region, RegionRef } from "../../core/vocabulary.js";
import { parseRegionRef } from "../../core/vocabulary.js";

const baseRegion = (r: RegionRef): Region | undefined => parseRegionRef(r)?.region;

/**
 * Movements that may replace `item`.
 *
 * @example
 * swapCandidates(routine, routine.items[0], MOVEMENTS, ["foam-roller"], ["shins"]);
 */
export function swapCandidates(
  routine: Routine,
  item: RoutineItem,
  movements: readonly Movement[],
  owned: readonly Equipment[],
  excluded: readonly RegionRef[],
): Movement[] {
  const itemRegions = new Set(item.regions.map(baseRegion));
  const blocked = new Set(excluded.map(baseRegion));
  const inRoutine = new Set(routine.items.map((i) => i.id));
  return movements.filter(
    (m) =>
      m.phase === item.phase &&
      !inRoutine.has(m.id) &&
      m.regions.some((r) => itemRegions.has(r)) &&
      !m.regions.some((r) => blocked.has(r)) &&
      m.equipment.every((e) => owned.includes(e)),
  );
}

/** The routine item for `m` in place of `item`, with the same seconds and reasons. */
export function toRoutineItem(m: Movement, item: RoutineItem): RoutineItem {
  const sides: 1 | 2 = m.dose.kind !== "rounds" && m.dose.perSide ? 2 : 1;
  const next: RoutineItem = {
    id: m.id,
    name: m.name,
    phase: m.phase,
    regions: [...m.regions],
    equipment: [...m.equipment],
    seconds: item.seconds,
    sides,
    cues: [...m.cues],
    reasons: [...item.reasons],
  };
  if (m.dose.kind === "reps") next.reps = m.dose.reps;
  if (m.dose.kind === "hold") next.holdSeconds = m.dose.holdSeconds;
  if (m.pressure) next.pressure = item.pressure ?? m.pressure.min;
  return next;
}

/** The routine with `index` replaced; totals unchanged because seconds are kept. */
export function swapItem(routine: Routine, index: number, m: Movement): Routine {
  const old = routine.items[index];
  if (!old) return routine;
  const items = routine.items.map((it, i) => (i === index ? toRoutineItem(m, old) : it));
  return { ...routine, items, totalSeconds: items.reduce((s, i) => s + i.seconds, 0) };
}

/** Regions a routine was told to leave out: avoid list and painful regions. */
export function excludedRegions(
  ctx: { avoid?: RegionRef[]; pain?: { region: RegionRef }[] } | undefined,
): RegionRef[] {
  return [...(ctx?.avoid ?? []), ...(ctx?.pain ?? []).map((p) => p.region)];
}

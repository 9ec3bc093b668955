/** Small readers over routines, shared by the routine engine's tests. */
import { MOVEMENTS, movementById } from "../../catalog/index.js";
import type { Movement } from "../../catalog/types.js";
import { buildRoutine } from "../build.js";
import type { Routine, RoutineContext, RoutineItem } from "../types.js";

export const GENERAL = new Set(["transition", "breathing", "cardio"]);

/** A routine from the real library. */
export function build(ctx: RoutineContext, seed = 1): Routine {
  return buildRoutine(ctx, MOVEMENTS, seed);
}

/** Items that work tissue (not the walk, breathing or easy cardio). */
export function work(r: Routine): RoutineItem[] {
  return r.items.filter((i) => !GENERAL.has(i.phase));
}

/** Whether an item names the region, on either side. */
export function targets(item: RoutineItem, region: string): boolean {
  return item.regions.some((r) => r === region || r.startsWith(`${region}-`));
}

/** The library entry of an item. */
export function movementOf(item: RoutineItem): Movement {
  const m = movementById(item.id);
  if (!m) throw new Error(`${item.id} is not in the library`);
  return m;
}

/** All reasons a routine cites anywhere (routine, items, warnings). */
export function allReasons(r: Routine): Set<string> {
  return new Set([
    ...r.reasons,
    ...r.items.flatMap((i) => i.reasons),
    ...r.warnings.map((w) => w.code),
  ]);
}

/** Seeds 1..n. */
export const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Seconds spent on items of a phase. */
export function phaseSeconds(r: Routine, phase: string): number {
  return r.items.filter((i) => i.phase === phase).reduce((s, i) => s + i.seconds, 0);
}

/**
 * The runner's swaps for today, kept across a resized routine and a reload: each maps the
 * movement the engine chose to the one the runner picked, and is applied again whenever
 * the engine chooses that movement today.
 */
import type { Movement } from "../../core/catalog/types.js";
import type { Routine } from "../../core/routine/types.js";
import { swapItem } from "../app/swap.js";

/** Engine's movement id -> the runner's choice. */
export type Swaps = Record<string, string>;

/**
 * Records a swap of the item now showing `shownId`; a swap of a swap keeps the engine's
 * original as the key, and swapping back to it forgets the swap.
 *
 * @example
 * addSwap({ "foam-calf": "ball-calf" }, "ball-calf", "stick-calf"); // { "foam-calf": "stick-calf" }
 */
export function addSwap(swaps: Swaps, shownId: string, pickedId: string): Swaps {
  const original = Object.keys(swaps).find((k) => swaps[k] === shownId) ?? shownId;
  const next = { ...swaps };
  if (pickedId === original) delete next[original];
  else next[original] = pickedId;
  return next;
}

/**
 * The routine with today's swaps applied to the items the engine chose again; a swap whose
 * movement is unknown, or already in the routine, is left out.
 *
 * @example
 * applySwaps(routine, { "foam-calf": "ball-calf" }, MOVEMENTS);
 */
export function applySwaps(
  routine: Routine,
  swaps: Swaps,
  movements: readonly Movement[],
): Routine {
  let out = routine;
  routine.items.forEach((it, i) => {
    const to = swaps[it.id];
    const m = to === undefined ? undefined : movements.find((x) => x.id === to);
    if (m && !out.items.some((x) => x.id === m.id)) out = swapItem(out, i, m);
  });
  return out;
}

const key = (day: string) => `limber:swaps:${day}`;

/** Today's swaps from this device (none when storage is blocked). */
export function readSwaps(day: string): Swaps {
  try {
    return JSON.parse(localStorage.getItem(key(day)) ?? "{}") as Swaps;
  } catch {
    return {};
  }
}

/** Keeps today's swaps on this device. */
export function writeSwaps(day: string, swaps: Swaps): void {
  try {
    localStorage.setItem(key(day), JSON.stringify(swaps));
  } catch {
    /* storage blocked: the swap lasts until the next reload */
  }
}

/** How a routine item's dose reads: "2 × 30 s hold", "10 reps per side", "2 min". */
import type { RoutineItem } from "../../core/routine/types.js";
import { formatDuration } from "../app/units.js";

/**
 * @example
 * doseText({ seconds: 120, sides: 2, holdSeconds: 30, ... }); // "30 s hold per side · 2 min"
 */
export function doseText(item: RoutineItem): string {
  const per = item.sides === 2 ? " per side" : "";
  const total = formatDuration(item.seconds);
  if (item.reps) return `${item.reps} reps${per} · ${total}`;
  if (item.holdSeconds) return `${item.holdSeconds} s hold${per} · ${total}`;
  return item.sides === 2 ? `${formatDuration(item.seconds / 2)} per side · ${total}` : total;
}

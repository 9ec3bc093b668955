/**
 * Doses a coach would say (issue: coach-grade routines, point 6): seconds in steps of 5,
 * holds of 20, 25, 30, 45 or 60 s, anything of a minute or more in steps of 15 s, walks in
 * half minutes and long easy cardio in whole minutes.
 */

/** The hold lengths a coach gives (S7). */
export const HOLD_STEPS: readonly number[] = [20, 25, 30, 45, 60];

/**
 * Whether a whole item's seconds sit on the grid.
 *
 * @example
 * onGrid(50); // true
 * onGrid(70); // false (a minute or more goes in steps of 15 s)
 */
export function onGrid(seconds: number): boolean {
  return seconds < 60 ? seconds % 5 === 0 && seconds > 0 : seconds % 15 === 0;
}

/**
 * The nearest grid value for a whole item's seconds.
 *
 * @example
 * toGrid(96); // 90
 * toGrid(57); // 55
 */
export function toGrid(seconds: number): number {
  if (seconds < 57.5) return Math.max(5, Math.round(seconds / 5) * 5);
  return Math.max(60, Math.round(seconds / 15) * 15);
}

/** Half minutes for a walk (T1). */
export function toHalfMinutes(seconds: number): number {
  return Math.max(30, Math.round(seconds / 30) * 30);
}

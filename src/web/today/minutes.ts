/**
 * The time the runner has today, as Today's slider shows it: the minutes they chose, kept on
 * this device for the rest of the day, or the session's default budget when they chose none.
 * Never the routine's own length, which can be shorter than the time given.
 */

/** The slider's range, in minutes. */
export const MINUTES_MIN = 3;
export const MINUTES_MAX = 30;

const PREFIX = "limber:minutes:";

/** Just what the functions below use of localStorage (tests pass a Map-backed one). */
export type MinutesStore = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

function storage(): MinutesStore | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/**
 * The minutes chosen on `day`, or null when none were chosen (or the stored value is not one
 * the slider offers).
 *
 * @example
 * readChosenMinutes("2026-11-21"); // 15 after the runner moved the slider to 15 today
 */
export function readChosenMinutes(day: string, store = storage()): number | null {
  try {
    const raw = store?.getItem(PREFIX + day);
    if (raw === null || raw === undefined || !/^\d+$/.test(raw)) return null;
    const m = Number(raw);
    return m >= MINUTES_MIN && m <= MINUTES_MAX ? m : null;
  } catch {
    return null;
  }
}

/** Keeps the minutes chosen on `day`, and forgets the choices of other days. */
export function writeChosenMinutes(day: string, minutes: number, store = storage()): void {
  if (!store) return;
  try {
    const old: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k?.startsWith(PREFIX) && k !== PREFIX + day) old.push(k);
    }
    for (const k of old) store.removeItem(k);
    store.setItem(PREFIX + day, String(minutes));
  } catch {
    /* storage blocked: the choice lasts until the next reload */
  }
}

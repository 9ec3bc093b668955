/**
 * S9 trials: a technique is "new" the first day it is done after the runner's first week
 * of logs (that first week sets the baseline repertoire). Each new technique is watched for
 * a training cycle (14 days by default) before it is judged.
 */
import type { SessionLog } from "../journal/types.js";
import { addDays, daysBetween, localDay } from "../time/calendar.js";
import type { Trial } from "./types.js";

export const DEFAULT_TRIAL_DAYS = 14;
const BASELINE_DAYS = 7;

/**
 * Trials derived from the session logs, oldest first.
 *
 * @example
 * trialsFromSessions(sessions, "Europe/Berlin"); // [{ movementId: "band-leg-swing", start, end }]
 */
export function trialsFromSessions(
  sessions: readonly SessionLog[],
  timeZone: string,
  trialDays = DEFAULT_TRIAL_DAYS,
): Trial[] {
  const firstUse = new Map<string, string>();
  let firstDay: string | undefined;
  for (const s of sessions) {
    const day = localDay(s.startedAt, timeZone);
    if (!firstDay || day < firstDay) firstDay = day;
    for (const item of s.items) {
      if (item.status !== "done") continue;
      const known = firstUse.get(item.id);
      if (!known || day < known) firstUse.set(item.id, day);
    }
  }
  if (!firstDay) return [];
  const out: Trial[] = [];
  for (const [movementId, start] of firstUse) {
    if (daysBetween(firstDay, start) < BASELINE_DAYS) continue;
    out.push({ movementId, start, end: addDays(start, trialDays) });
  }
  return out.sort(
    (a, b) => a.start.localeCompare(b.start) || a.movementId.localeCompare(b.movementId),
  );
}

/** Trials whose windows overlap another's: more than one new technique at a time (S9). */
export function overlappingTrials(trials: readonly Trial[]): Trial[][] {
  const sorted = [...trials].sort((a, b) => a.start.localeCompare(b.start));
  const groups: Trial[][] = [];
  let current: Trial[] = [];
  let currentEnd = "";
  for (const t of sorted) {
    if (current.length > 0 && t.start < currentEnd) {
      current.push(t);
      if (t.end > currentEnd) currentEnd = t.end;
    } else {
      if (current.length > 1) groups.push(current);
      current = [t];
      currentEnd = t.end;
    }
  }
  if (current.length > 1) groups.push(current);
  return groups;
}

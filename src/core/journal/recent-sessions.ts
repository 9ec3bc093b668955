/**
 * What the last few sessions say about today (S10, S11, X4): the movements to rotate for
 * variety, and the regions tender in several sessions in a row. Pure: the caller reads the
 * sessions and body checks; the server and the CLI both reach it through the journal
 * snapshot (routine-context.ts).
 */
import { localDay } from "../time/calendar.js";
import { parseRegionRef, type Region } from "../vocabulary.js";
import type { BodyCheck, SessionLog } from "./types.js";

/** Soreness, pain or tenderness at or above this (0-10) counts as tender. */
export const TENDER_LEVEL = 4;
/** Tender in this many sessions in a row -> S11/X4 (scale back, suggest a professional). */
export const TENDER_STREAK = 3;
/** Movements of this many recent routines count as "recent" for variety (S10). */
export const RECENT_ROUTINES = 3;
/** How many of the newest sessions the tenderness streak looks at. */
export const STREAK_LOOKBACK = 10;

/** Base regions a session marks as tender: worked while sore or painful after, or tender in that day's check. */
function tenderRegions(
  s: SessionLog,
  checksByDay: Map<string, BodyCheck[]>,
  timeZone: string,
): Set<Region> {
  const out = new Set<Region>();
  const after = s.after ?? {};
  if ((after.soreness ?? 0) >= TENDER_LEVEL || (after.pain ?? 0) >= TENDER_LEVEL) {
    const done = new Set(s.items.filter((i) => i.status === "done").map((i) => i.id));
    for (const item of s.routine.items) {
      if (!done.has(item.id)) continue;
      for (const ref of item.regions) {
        const parsed = parseRegionRef(ref);
        if (parsed) out.add(parsed.region);
      }
    }
  }
  for (const check of checksByDay.get(localDay(s.startedAt, timeZone)) ?? []) {
    for (const e of check.entries) if (e.tenderness >= TENDER_LEVEL) out.add(e.region);
  }
  return out;
}

/**
 * Regions tender in the newest `TENDER_STREAK` or more sessions in a row (S11, X4).
 * `sessions` is newest first; `checks` are the body checks of the sessions' days.
 *
 * @example
 * persistentTenderness(lastTenSessions, checksSinceOldest, "Europe/Berlin"); // ["calves"]
 */
export function persistentTenderness(
  sessions: readonly SessionLog[],
  checks: readonly BodyCheck[],
  timeZone: string,
): Region[] {
  if (sessions.length < TENDER_STREAK) return [];
  const checksByDay = new Map<string, BodyCheck[]>();
  for (const c of checks) checksByDay.set(c.date, [...(checksByDay.get(c.date) ?? []), c]);
  const streak = new Map<Region, number>();
  let alive: Set<Region> | null = null;
  for (const s of sessions) {
    const tender = tenderRegions(s, checksByDay, timeZone);
    const next = new Set<Region>();
    for (const r of tender) {
      if (alive === null || alive.has(r)) {
        streak.set(r, (streak.get(r) ?? 0) + 1);
        next.add(r);
      }
    }
    alive = next;
    if (alive.size === 0) break;
  }
  return [...streak]
    .filter(([, n]) => n >= TENDER_STREAK)
    .map(([r]) => r)
    .sort();
}

/**
 * Movement ids of the newest `RECENT_ROUTINES` sessions (newest first in `sessions`), for
 * variety (S10), and how many sessions they came from.
 *
 * @example
 * recentMovements(sessions); // { ids: ["foam-roll-calves", "cat-cow"], sessions: 3 }
 */
export function recentMovements(sessions: readonly SessionLog[]): {
  ids: string[];
  sessions: number;
} {
  const ids = new Set<string>();
  const used = sessions.slice(0, RECENT_ROUTINES);
  for (const s of used) for (const item of s.routine.items) ids.add(item.id);
  return { ids: [...ids], sessions: used.length };
}

/**
 * The session in progress (Today -> Player -> Log). Held in memory for instant access and
 * mirrored to IndexedDB so a reload or a dropped tab does not lose a half-done session.
 * Starting another one replaces it, so Today offers Resume while one is in progress and
 * starts over only when the runner says so.
 */
import type { Routine } from "../../core/routine/types.js";
import type { SessionKind } from "../../core/vocabulary.js";
import { clearCache, readCache, writeCache, type ActiveSession } from "../offline/cache.js";

let current: ActiveSession | null = null;

export interface SessionProgress {
  /** Movements done and skipped so far, and in all. */
  done: number;
  skipped: number;
  total: number;
  /** Every movement is done or skipped: what is left is to log it. */
  finished: boolean;
}

/**
 * How far the runner got in a session.
 *
 * @example
 * sessionProgress(session); // { done: 3, skipped: 0, total: 7, finished: false }
 */
export function sessionProgress(s: ActiveSession): SessionProgress {
  const ids = s.routine.items.map((i) => i.id);
  const done = ids.filter((id) => s.status[id] === "done").length;
  const skipped = ids.filter((id) => s.status[id] === "skipped").length;
  return { done, skipped, total: ids.length, finished: done + skipped === ids.length };
}

/** Starts a session with the routine as shown on Today, replacing any in progress. */
export function startSession(routine: Routine, kind: SessionKind, offline: boolean): ActiveSession {
  current = {
    routine,
    kind,
    startedAt: new Date().toISOString(),
    status: {},
    stoppedRegions: [],
    offline,
  };
  void writeCache("activeSession", current);
  return current;
}

/** The session in progress, from memory or from IndexedDB after a reload. */
export async function loadSession(): Promise<ActiveSession | null> {
  if (current) return current;
  current = (await readCache("activeSession")) ?? null;
  return current;
}

/** Saves changes the player made (item status, stopped regions). */
export function updateSession(patch: Partial<ActiveSession>): void {
  if (!current) return;
  current = { ...current, ...patch };
  void writeCache("activeSession", current);
}

/** Ends the session once it is logged (or abandoned). */
export function endSession(): void {
  current = null;
  void clearCache("activeSession");
}

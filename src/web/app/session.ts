/**
 * The session in progress (Today -> Player -> Log). Held in memory for instant access and
 * mirrored to IndexedDB so a reload or a dropped tab does not lose a half-done session.
 */
import type { Routine } from "../../core/routine/types.js";
import type { SessionKind } from "../../core/vocabulary.js";
import { clearCache, readCache, writeCache, type ActiveSession } from "../offline/cache.js";

let current: ActiveSession | null = null;

/** Starts a session with the routine as shown on Today. */
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

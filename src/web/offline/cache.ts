/**
 * What the app remembers in IndexedDB so it keeps working with no signal: the last known
 * profile, body check and open pain flags, and the journal snapshot the server built
 * today's routine from (so an offline routine is built from the same inputs); the session
 * in progress is kept in localStorage at once (AT_ONCE). Every read tolerates a missing or
 * blocked store (private windows) by returning undefined.
 */
import { get, set, del } from "idb-keyval";
import type { JournalSnapshot } from "../../core/journal/routine-context.js";
import type { BodyCheck, PainFlag, Profile } from "../../core/journal/types.js";
import type { Routine } from "../../core/routine/types.js";
import type { RunType, SessionKind } from "../../core/vocabulary.js";
import type { SaveLedger } from "../app/save-once.js";
import type { LogDraft } from "../log/draft.js";
import type { RunPosition } from "../player/run.js";

export interface CacheShape {
  /** The journal snapshot of the last /api/today answer (src/core/journal/routine-context.ts). */
  snapshot: JournalSnapshot | null;
  profile: Profile | null;
  bodyCheck: BodyCheck | null;
  painFlags: PainFlag[];
  /** The run logged today, so an offline routine still fits it (L1-L6). */
  todayRun: { day: string; run: RunType } | null;
  /** The routine being played or logged, so a reload does not lose it. */
  activeSession: ActiveSession | null;
  /** Id of the last session the runner was asked about next-run comfort for (P7). */
  comfortAskedFor: string | null;
  lastSessionAt: { id: string; startedAt: string } | null;
  /** Sessions logged on this device, the newest few: an offline routine counts the ones its snapshot has not seen. */
  loggedHere: LoggedHere[];
}

/** A session logged on this device: its kind, when it began and when it was saved (sent or queued). */
export interface LoggedHere {
  kind: SessionKind;
  startedAt: string;
  savedAt: string;
}

/** The routine the runner is doing now and how far they got. */
export interface ActiveSession {
  routine: Routine;
  kind: SessionKind;
  startedAt: string;
  /** Status per item id, filled by the player. */
  status: Record<string, "done" | "skipped">;
  /** Regions the runner stopped for in the safety flow (X2, X3). */
  stoppedRegions: string[];
  /** True when the routine was built in the browser with no network. */
  offline: boolean;
  /** Where the player was in the current movement, so a reload carries on at that second. */
  position?: RunPosition;
  /** What the runner typed in the log, kept until the session is logged or discarded. */
  logDraft?: LogDraft;
  /** The log's save as sent, so a retry after a reload never logs the session twice. */
  sent?: SaveLedger;
}

const PREFIX = "limber:";

/**
 * Kept in localStorage, written before `writeCache` returns: what the runner is doing this
 * minute must survive a reload or a closed tab straight after a keystroke, and an IndexedDB
 * write still in flight when the page goes away is lost (notes typed just before a reload
 * came back empty). IndexedDB stays the fallback where localStorage is blocked or full, and
 * is still read for a session kept there by an earlier version.
 */
const AT_ONCE: ReadonlySet<keyof CacheShape> = new Set<keyof CacheShape>(["activeSession"]);

function readAtOnce(key: keyof CacheShape): unknown {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** True when kept; false when localStorage is unavailable or full (any stale copy removed). */
function writeAtOnce(key: keyof CacheShape, value: unknown): boolean {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      /* localStorage unavailable */
    }
    return false;
  }
}

/** Reads one cached value; undefined when absent or IndexedDB is unavailable. */
export async function readCache<K extends keyof CacheShape>(
  key: K,
): Promise<CacheShape[K] | undefined> {
  if (AT_ONCE.has(key)) {
    const kept = readAtOnce(key);
    if (kept !== undefined) return kept as CacheShape[K];
  }
  try {
    return (await get(PREFIX + key)) as CacheShape[K] | undefined;
  } catch {
    return undefined;
  }
}

/** Stores one value; failures are ignored (the app still works online). */
export async function writeCache<K extends keyof CacheShape>(
  key: K,
  value: CacheShape[K],
): Promise<void> {
  if (AT_ONCE.has(key) && writeAtOnce(key, value)) {
    // Kept at once; an older copy in IndexedDB must not outlive it.
    await clearIndexedDb(key);
    return;
  }
  try {
    await set(PREFIX + key, value);
  } catch {
    /* storage unavailable: nothing to keep */
  }
}

async function clearIndexedDb(key: keyof CacheShape): Promise<void> {
  try {
    await del(PREFIX + key);
  } catch {
    /* nothing to clear */
  }
}

/** Every key the cache holds, so account deletion and sign-out can forget them all. */
export const CACHE_KEYS = [
  "snapshot",
  "profile",
  "bodyCheck",
  "painFlags",
  "todayRun",
  "activeSession",
  "comfortAskedFor",
  "lastSessionAt",
  "loggedHere",
] as const satisfies readonly (keyof CacheShape)[];

/** Forgets one value (used after account deletion and when a session is logged). */
export async function clearCache(key: keyof CacheShape): Promise<void> {
  if (AT_ONCE.has(key))
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      /* localStorage unavailable */
    }
  await clearIndexedDb(key);
}

/**
 * Forgets everything this device remembers of the journal: after the account is deleted or
 * its owner signs out, the next person on the device must not see it.
 *
 * @example
 * await clearAllCache();
 */
export async function clearAllCache(): Promise<void> {
  await Promise.all(CACHE_KEYS.map(clearCache));
}

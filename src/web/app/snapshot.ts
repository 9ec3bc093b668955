/**
 * The last answer of each read the app shows (runs, progress data), kept in IndexedDB with
 * the time it arrived, so a screen opened with no signal shows the last synced data and its
 * date instead of an empty chart.
 */
import { get, set } from "idb-keyval";
import { api, NetworkError } from "../api/client.js";

export interface Fetched<T> {
  data: T;
  /** Instant the data came from the server; set only when it came from the snapshot. */
  syncedAt?: string;
}

const PREFIX = "limber:snapshot:";

/**
 * GETs `path`; stores the answer, or with no network returns the stored one and its date.
 * Throws the NetworkError when nothing was ever stored.
 *
 * @example
 * const { data, syncedAt } = await fetchWithSnapshot<RunRecord[]>("/api/runs");
 * if (syncedAt) show(`Offline: as of ${syncedAt}`);
 */
export async function fetchWithSnapshot<T>(path: string): Promise<Fetched<T>> {
  try {
    const data = await api<T>(path);
    try {
      await set(PREFIX + path, { data, at: new Date().toISOString() });
    } catch {
      /* storage unavailable: online use still works */
    }
    return { data };
  } catch (e) {
    if (!(e instanceof NetworkError)) throw e;
    let kept: { data: T; at: string } | undefined;
    try {
      kept = (await get(PREFIX + path)) as { data: T; at: string } | undefined;
    } catch {
      kept = undefined;
    }
    if (!kept) throw e;
    return { data: kept.data, syncedAt: kept.at };
  }
}

/**
 * "as of 3 Dec, 18:05" in the device's zone, for an offline notice.
 *
 * @example
 * syncedText("2026-12-03T18:05:00Z"); // "3 Dec, 18:05" (in a UTC browser)
 */
export function syncedText(at: string): string {
  return new Date(at).toLocaleString(undefined, {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}

const SYNCED_KEY = "limber:syncedAt";

/** Notes that the offline cache now matches the server (called after it is refreshed). */
export function markSynced(at = new Date()): void {
  try {
    localStorage.setItem(SYNCED_KEY, at.toISOString());
  } catch {
    /* storage blocked */
  }
}

/**
 * When the offline cache last matched the server, or null if never.
 *
 * @example
 * lastSynced(); // "2026-12-03T18:05:00.000Z"
 */
export function lastSynced(): string | null {
  try {
    return localStorage.getItem(SYNCED_KEY);
  } catch {
    return null;
  }
}

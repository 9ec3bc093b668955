/**
 * Fresh data after every write. Any change to the journal (a session, a run, a pain flag, a
 * body check, a profile edit, an import; sent now or queued offline) bumps one version
 * number; screens that show derived data (Today, the week, insights) reload when it moves,
 * so no screen keeps a routine built from data older than the last write.
 */
import { useSyncExternalStore } from "react";

let version = 0;
const listeners = new Set<() => void>();

/**
 * Records that the journal changed.
 *
 * @example
 * await api("/api/pain-flags", { method: "POST", body }); // calls noteWrite() itself
 */
export function noteWrite(): void {
  version += 1;
  for (const l of listeners) l();
}

/** The current data version (for code outside React). */
export function dataVersion(): number {
  return version;
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * The data version as React state: put it in an effect's dependencies to reload after writes.
 *
 * @example
 * const v = useDataVersion();
 * useEffect(() => void load(), [v]);
 */
export function useDataVersion(): number {
  return useSyncExternalStore(subscribe, dataVersion, dataVersion);
}

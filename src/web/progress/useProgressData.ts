/**
 * Everything the Progress screen draws, fetched together. With no connection each part
 * comes from the last synced copy, and the screen says from when, instead of empty charts.
 */
import { useEffect, useState } from "react";
import type { BodyCheck, RomTest, SessionLog } from "../../core/journal/types.js";
import { errorText } from "../api/client.js";
import { useDataVersion } from "../app/freshness.js";
import { fetchWithSnapshot } from "../app/snapshot.js";

export interface ProgressData {
  rom: RomTest[];
  sessions: SessionLog[];
  checks: BodyCheck[];
  load: unknown;
  loadError: string | null;
  error: string | null;
  loaded: boolean;
  /** When the oldest part shown was synced, if any part came from the offline copy. */
  syncedAt: string | undefined;
}

/** Loads (and after every write reloads) the progress data. */
export function useProgressData(): ProgressData {
  const version = useDataVersion();
  const [d, setD] = useState<ProgressData>({
    rom: [],
    sessions: [],
    checks: [],
    load: null,
    loadError: null,
    error: null,
    loaded: false,
    syncedAt: undefined,
  });
  useEffect(() => {
    void (async () => {
      const [rom, sessions, checks, load] = await Promise.allSettled([
        fetchWithSnapshot<RomTest[]>("/api/rom-tests"),
        fetchWithSnapshot<SessionLog[]>("/api/sessions?limit=200"),
        fetchWithSnapshot<BodyCheck[]>("/api/body-checks"),
        fetchWithSnapshot<unknown>("/api/load?weeks=12"),
      ]);
      const ok = <T>(r: PromiseSettledResult<{ data: T; syncedAt?: string }>, empty: T) =>
        r.status === "fulfilled" ? r.value.data : empty;
      const parts = [rom, sessions, checks, load];
      const synced = parts
        .map((r) => (r.status === "fulfilled" ? r.value.syncedAt : undefined))
        .filter((x): x is string => x !== undefined)
        .sort();
      const bad = [rom, sessions, checks].find((r) => r.status === "rejected");
      setD({
        rom: ok(rom, []),
        sessions: ok(sessions, []),
        checks: ok(checks, []),
        load: ok(load, null),
        loadError: load.status === "rejected" ? errorText(load.reason) : null,
        error: bad && bad.status === "rejected" ? errorText(bad.reason) : null,
        loaded: true,
        syncedAt: synced[0],
      });
    })();
  }, [version]);
  return d;
}

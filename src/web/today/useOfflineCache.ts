/**
 * While online, keeps what an offline routine needs in the phone's cache: the latest body
 * check, the open pain flags and today's run. Refreshed after every write, so the offline
 * routine is built from the same facts the server last saw.
 */
import { useEffect } from "react";
import type { BodyCheck, PainFlag, RunRecord } from "../../core/journal/types.js";
import { runTypeOf } from "../../core/journal/types.js";
import { api } from "../api/client.js";
import { useDataVersion } from "../app/freshness.js";
import { whenIdle } from "../app/idle.js";
import { localDay } from "../app/units.js";
import { writeCache } from "../offline/cache.js";
import { markSynced } from "../app/snapshot.js";

/** Fills the offline cache after the first screen has settled, and after each write. */
export function useOfflineCache(online: boolean): void {
  const version = useDataVersion();
  useEffect(() => {
    if (!online) return;
    return whenIdle(
      () => {
        const day = localDay();
        void Promise.all([
          api<BodyCheck[]>("/api/body-checks").then((c) => writeCache("bodyCheck", c[0] ?? null)),
          api<PainFlag[]>("/api/pain-flags?open=true").then((f) => writeCache("painFlags", f)),
          api<RunRecord[]>(`/api/runs?from=${day}`).then((runs) => {
            const run = runs.find(
              (r) =>
                r.activity.sport === "run" &&
                !r.planned &&
                localDay(new Date(r.activity.startTime)) === day,
            );
            const type = run ? (runTypeOf(run) ?? "easy") : undefined;
            return writeCache("todayRun", type ? { day, run: type } : null);
          }),
        ])
          .then(() => markSynced())
          .catch(() => {});
      },
      version === 0 ? 2000 : 200,
    );
  }, [online, version]);
}

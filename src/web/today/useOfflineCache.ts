/**
 * While online, keeps what an offline routine needs in the phone's cache: the latest body
 * check, the open pain flags and today's run. Refreshed after every write, so the offline
 * routine is built from the same facts the server last saw.
 */
import { useEffect } from "react";
import type { BodyCheck, PainFlag, RunRecord } from "../../core/journal/types.js";
import { runTypeOf } from "../../core/journal/types.js";
import { runsOfToday } from "../../core/journal/todays-runs.js";
import { addDays } from "../../core/time/calendar.js";
import { api } from "../api/client.js";
import { useDataVersion } from "../app/freshness.js";
import { whenIdle } from "../app/idle.js";
import { localDay, runnerTimeZone } from "../app/units.js";
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
          // From the day before: a run begun before midnight and finished after it is
          // today's (runsOfToday), as the server's routine counts it.
          api<RunRecord[]>(`/api/runs?from=${addDays(day, -1)}`).then((runs) => {
            const run = runsOfToday(runs, day, runnerTimeZone(), new Date())
              .filter((r) => r.activity.sport === "run")
              .sort((a, b) => a.activity.startTime.localeCompare(b.activity.startTime))
              .at(-1);
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

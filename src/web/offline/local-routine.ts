/**
 * Today's routine built in the browser, for when the server cannot be reached. It is built
 * by the same core function as the server's (routineFromJournal, src/core/journal), from
 * the journal snapshot the server sent with its last /api/today answer, at the same seed
 * (the runner's calendar day). Only what the runner changed here since then is laid over
 * it: kit edited in the profile, a run logged today, and the sessions logged here since
 * (they mark the week plan's sessions done). With no snapshot cached yet (the
 * first day, offline from the start) a smaller one is made from the cached profile, body
 * check and pain flags.
 */
import type { JournalRoutine, JournalSnapshot } from "../../core/journal/routine-context.js";
import type { BodyCheck, PainFlag, Profile } from "../../core/journal/types.js";
import { localDay, systemTimeZone } from "../../core/time/calendar.js";
import { readCache, writeCache, type CacheShape, type LoggedHere } from "./cache.js";

type Engine = typeof import("./engine.js");
let engine: Promise<Engine> | null = null;

/** Loads the engine chunk once; call early while online so it is cached. */
export function loadEngine(): Promise<Engine> {
  engine ??= import("./engine.js").catch((e: unknown) => {
    engine = null;
    throw e;
  });
  return engine;
}

/** What the app has cached that an offline routine can use. */
export interface OfflineCache {
  snapshot?: JournalSnapshot | null | undefined;
  profile?: Profile | null | undefined;
  bodyCheck?: BodyCheck | null | undefined;
  painFlags?: PainFlag[] | undefined;
  todayRun?: CacheShape["todayRun"] | undefined;
  loggedHere?: CacheShape["loggedHere"] | undefined;
}

/** How many of this device's logged sessions the cache keeps (a day's worth and more). */
const LOGGED_HERE_KEPT = 20;

/**
 * Remembers a session just logged (sent or queued), so an offline routine knows the week
 * plan's session it was for is done even before the server's next snapshot says so.
 *
 * @example
 * await rememberLogged({ kind: "rest-day", startedAt: "2026-11-21T07:30:00Z" }, new Date());
 */
export async function rememberLogged(
  session: { kind: LoggedHere["kind"]; startedAt: string },
  now: Date,
): Promise<void> {
  const kept = (await readCache("loggedHere")) ?? [];
  const entry: LoggedHere = { ...session, savedAt: now.toISOString() };
  await writeCache("loggedHere", [...kept, entry].slice(-LOGGED_HERE_KEPT));
}

/**
 * The snapshot an offline routine is built from at `now`: the server's, with what changed
 * here laid over it, or one made from the cached records.
 *
 * @example
 * snapshotFromCache({ snapshot: lastTodayAnswer.snapshot }, new Date()); // the server's snapshot as is
 */
export function snapshotFromCache(cache: OfflineCache, now: Date): JournalSnapshot {
  const profile = cache.profile ?? null;
  const timeZone = cache.snapshot?.timeZone ?? profile?.timeZone ?? systemTimeZone();
  const base: JournalSnapshot = cache.snapshot
    ? { ...cache.snapshot }
    : {
        takenAt: now.toISOString(),
        day: localDay(now, timeZone),
        timeZone,
        profile: null,
        bodyChecks: cache.bodyCheck ? [cache.bodyCheck] : [],
        painFlags: (cache.painFlags ?? []).filter((f) => !f.resolvedAt),
        recentMovementIds: [],
        recentSessions: 0,
        persistentTenderness: [],
        focusRegions: [],
      };
  if (profile) {
    base.profile = {
      equipment: profile.equipment,
      ...(profile.newToSoftTissue ? { newToSoftTissue: true } : {}),
    };
  }
  const day = localDay(now, timeZone);
  // Sessions logged here after the server took its snapshot mark today's plan done too.
  const since =
    base.day === day ? (cache.loggedHere ?? []).filter((l) => l.savedAt > base.takenAt) : [];
  const logged = since.filter((l) => localDay(l.startedAt, timeZone) === day).map((l) => l.kind);
  if (logged.length > 0) base.loggedToday = [...(base.loggedToday ?? []), ...logged];
  const run = cache.todayRun;
  if (run && run.day === day && !(base.day === day && base.todaysActivity)) {
    base.day = day;
    base.todaysActivity = { sport: "run", type: run.run };
    delete base.lighten;
  }
  return base;
}

/**
 * Builds today's routine in the browser from what the app cached, at `now`.
 *
 * @example
 * const { routine, explanation, seed } = await offlineRoutine(10, new Date());
 */
export async function offlineRoutine(
  minutes: number | undefined,
  now: Date = new Date(),
): Promise<JournalRoutine> {
  const [snapshot, profile, bodyCheck, painFlags, todayRun, loggedHere] = await Promise.all([
    readCache("snapshot"),
    readCache("profile"),
    readCache("bodyCheck"),
    readCache("painFlags"),
    readCache("todayRun"),
    readCache("loggedHere"),
  ]);
  const e = await loadEngine();
  const merged = snapshotFromCache(
    { snapshot, profile, bodyCheck, painFlags, todayRun, loggedHere },
    now,
  );
  return e.routineFromJournal(merged, { now, ...(minutes !== undefined ? { minutes } : {}) });
}

/**
 * Today's routine: from the server when online, built on the phone from the cached journal
 * when not. Reloads whenever the journal changes (any write, sent or queued), keeping the
 * minutes the runner chose, so Today never shows a routine older than the last write. The
 * minutes shown are the runner's: the ones chosen today (kept across a reload), else the
 * session's default budget the routine was sized to.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Routine, RoutineContext } from "../../core/routine/types.js";
import type { SessionKind } from "../../core/vocabulary.js";
import { api, NetworkError, errorText, queryOf } from "../api/client.js";
import { useDataVersion } from "../app/freshness.js";
import { whenIdle } from "../app/idle.js";
import { localDay } from "../app/units.js";
import { writeCache } from "../offline/cache.js";
import { loadEngine, offlineRoutine } from "../offline/local-routine.js";
import type { TodayAnswer } from "../../core/schemas/today.js";
import { readChosenMinutes, writeChosenMinutes } from "./minutes.js";

/** What GET /api/today adds to the routine: the facts that shaped it. */
export type TodayFacts = Partial<TodayAnswer["context"]>;

export interface TodayRoutine {
  routine: Routine | null;
  /** The context an offline routine was built from (null online). */
  context: RoutineContext | null;
  facts: TodayFacts | null;
  offline: boolean;
  /** The time the runner has: chosen today, else the default budget (null while loading). */
  minutes: number | null;
  setMinutes(m: number): void;
  error: string | null;
  loading: boolean;
}

/**
 * The session kind for the log: as the server says, else post-run when a run shaped it.
 *
 * @example
 * kindOf({ session: "post-run" }, null); // "post-run"
 */
export function kindOf(facts: TodayFacts | null, ctx: RoutineContext | null): SessionKind {
  if (facts?.session) return facts.session;
  if (ctx?.session) return ctx.session;
  if (ctx?.run || facts?.explanation?.some((l) => l.startsWith("Today's run"))) return "post-run";
  return "mini";
}

/** Loads today's routine and keeps it fresh; `setMinutes` resizes it (debounced). */
export function useTodayRoutine(): TodayRoutine {
  const version = useDataVersion();
  const [routine, setRoutine] = useState<Routine | null>(null);
  const [context, setContext] = useState<RoutineContext | null>(null);
  const [facts, setFacts] = useState<TodayFacts | null>(null);
  const [offline, setOffline] = useState(false);
  const [day] = useState(() => localDay());
  const [chosenToday] = useState(() => readChosenMinutes(day));
  const [minutes, setMinutesState] = useState<number | null>(chosenToday);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const request = useRef(0);
  const chosen = useRef<number | null>(chosenToday);
  const debounce = useRef<number | undefined>(undefined);

  const load = useCallback(async (mins: number | null) => {
    const n = ++request.current;
    setLoading(true);
    try {
      const query = queryOf("/api/today", mins === null ? {} : { minutes: String(mins) });
      const r = await api<TodayAnswer>(`/api/today${query}`);
      if (n !== request.current) return;
      const { context: serverFacts, snapshot, ...rest } = r;
      // Offline, the same routine is built from this snapshot with the same core function.
      void writeCache("snapshot", snapshot);
      setRoutine(rest);
      setFacts(serverFacts ?? null);
      setContext(null);
      setOffline(false);
      setError(null);
      if (mins === null) setMinutesState(serverFacts?.minutes ?? null);
    } catch (e) {
      if (n !== request.current) return;
      if (!(e instanceof NetworkError)) {
        setError(errorText(e));
        setLoading(false);
        return;
      }
      try {
        const built = await offlineRoutine(mins ?? undefined);
        const r = built.routine;
        if (n !== request.current) return;
        setRoutine(r);
        setContext(built.context);
        setFacts({
          day: built.day,
          seed: built.seed,
          explanation: built.explanation,
          explanationRules: built.explanationRules,
          session: built.session,
          minutes: built.minutes,
        });
        setOffline(true);
        setError(null);
        if (mins === null) setMinutesState(built.minutes);
      } catch (e2) {
        setError(`Offline, and today's routine could not be built here: ${errorText(e2)}`);
      }
    }
    setLoading(false);
  }, []);

  // First load, and again after every write, at the minutes the runner chose.
  useEffect(() => {
    void load(chosen.current);
  }, [load, version]);

  // Fetch the engine chunk while online so it is at hand (and cached) when offline.
  useEffect(() => whenIdle(() => void loadEngine().catch(() => {})), []);

  const setMinutes = useCallback(
    (m: number) => {
      chosen.current = m;
      setMinutesState(m);
      writeChosenMinutes(day, m);
      window.clearTimeout(debounce.current);
      debounce.current = window.setTimeout(() => void load(m), 150);
    },
    [load, day],
  );

  return { routine, context, facts, offline, minutes, setMinutes, error, loading };
}

/**
 * Today: the routine for now. Warnings come first, then each item with its dose and the
 * rules behind it, a time slider that resizes the routine live, swaps, the follow-up
 * session and, the day after a session, how the run felt (P7).
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { Movement } from "../../core/catalog/types.js";
import type { Routine, RoutineContext } from "../../core/routine/types.js";
import { api, NetworkError, errorText } from "../api/client.js";
import { useApp } from "../app/state.js";
import { navigate } from "../app/router.js";
import { startSession } from "../app/session.js";
import { whenIdle } from "../app/idle.js";
import { excludedRegions, swapCandidates, swapItem } from "../app/swap.js";
import { formatDuration, localDay } from "../app/units.js";
import { ReasonChips } from "../components/ReasonChips.js";
import { doseText } from "../components/dose.js";
import { ComfortCard } from "../components/ComfortCard.js";
import { writeCache } from "../offline/cache.js";
import type { BodyCheck, PainFlag, RunRecord } from "../../core/journal/types.js";
import { runTypeOf } from "../../core/journal/types.js";
import type { SessionKind } from "../../core/vocabulary.js";
import { Illustration } from "../components/Illustration.js";
import {
  buildLocalRoutine,
  daySeed,
  loadEngine,
  offlineContext,
} from "../offline/local-routine.js";

/** What GET /api/today adds to the routine: the facts that shaped it. */
interface TodayFacts {
  day?: string;
  seed?: number;
  explanation?: string[];
  session?: SessionKind;
}
type TodayAnswer = Routine & { context?: TodayFacts };

const WeekCard = lazy(() => import("../components/WeekCard.js"));

/** The session kind for the log: as the server says, else post-run when a run shaped it. */
function kindOf(facts: TodayFacts | null, ctx: RoutineContext | null): SessionKind {
  if (facts?.session) return facts.session;
  if (ctx?.session) return ctx.session;
  if (ctx?.run || facts?.explanation?.some((l) => l.startsWith("Today's run"))) return "post-run";
  return "mini";
}

export function Today() {
  const { profile, online } = useApp();
  const [routine, setRoutine] = useState<Routine | null>(null);
  const [context, setContext] = useState<RoutineContext | null>(null);
  const [facts, setFacts] = useState<TodayFacts | null>(null);
  const [offline, setOffline] = useState(false);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [swapFor, setSwapFor] = useState<number | null>(null);
  const [movements, setMovements] = useState<readonly Movement[] | null>(null);
  const request = useRef(0);
  const debounce = useRef<number | undefined>(undefined);

  const load = useCallback(async (mins: number | null) => {
    const n = ++request.current;
    setLoading(true);
    const today = localDay();
    try {
      const q = mins === null ? "" : `?minutes=${mins}`;
      const r = await api<TodayAnswer>(`/api/today${q}`);
      if (n !== request.current) return;
      const { context: serverFacts, ...rest } = r;
      setRoutine(rest);
      setFacts(serverFacts ?? null);
      setContext(null);
      setOffline(false);
      setError(null);
      if (mins === null) setMinutes(Math.max(1, Math.round(rest.totalSeconds / 60)));
    } catch (e) {
      if (n !== request.current) return;
      if (!(e instanceof NetworkError)) {
        setError(errorText(e));
        setLoading(false);
        return;
      }
      try {
        const ctx = await offlineContext(mins ?? undefined, today);
        const r = await buildLocalRoutine(ctx, daySeed(today));
        if (n !== request.current) return;
        setRoutine(r);
        setContext(ctx);
        setFacts(null);
        setOffline(true);
        setError(null);
        if (mins === null) setMinutes(Math.max(1, Math.round(r.totalSeconds / 60)));
      } catch (e2) {
        setError(`Offline, and today's routine could not be built here: ${errorText(e2)}`);
      }
    }
    setLoading(false);
  }, []);

  useEffect(() => {
    void load(null);
    // Fetch the engine chunk while online so it is at hand (and cached) when offline.
    return whenIdle(() => void loadEngine().catch(() => {}));
  }, [load]);

  // Cache what an offline routine needs: latest body check and open pain flags.
  useEffect(() => {
    if (!online) return;
    // After the first screen has settled: these only feed the offline cache.
    return whenIdle(() => {
      void api<BodyCheck[]>("/api/body-checks")
        .then((c) => writeCache("bodyCheck", c[0] ?? null))
        .catch(() => {});
      void api<PainFlag[]>("/api/pain-flags?open=true")
        .then((f) => writeCache("painFlags", f))
        .catch(() => {});
      const day = localDay();
      void api<RunRecord[]>(`/api/runs?from=${day}`)
        .then((runs) => {
          const run = runs.find(
            (r) =>
              r.activity.sport === "run" &&
              !r.planned &&
              localDay(new Date(r.activity.startTime)) === day,
          );
          const type = run ? (runTypeOf(run) ?? "easy") : undefined;
          return writeCache("todayRun", type ? { day, run: type } : null);
        })
        .catch(() => {});
    }, 2000);
  }, [online]);

  function onMinutes(v: number) {
    setMinutes(v);
    window.clearTimeout(debounce.current);
    debounce.current = window.setTimeout(() => void load(v), 150);
  }

  async function openSwap(i: number) {
    setSwapFor(i);
    if (!movements) {
      try {
        setMovements((await loadEngine()).MOVEMENTS);
      } catch {
        setMovements([]);
      }
    }
  }

  function start() {
    if (!routine) return;
    startSession(routine, kindOf(facts, context), offline);
    navigate("player");
  }

  const candidates =
    routine && swapFor !== null && movements && routine.items[swapFor]
      ? swapCandidates(
          routine,
          routine.items[swapFor],
          movements,
          profile?.equipment ?? [],
          excludedRegions(context ?? undefined),
        )
      : [];

  return (
    <section aria-labelledby="today-h">
      <h1 id="today-h" tabIndex={-1}>
        Today
      </h1>
      {offline && (
        <p className="card card-warn" role="status" data-testid="offline-routine">
          No connection: this routine was built on your phone from your last saved profile and body
          check.
        </p>
      )}
      {error && (
        <p className="card card-warn" role="alert">
          {error}
        </p>
      )}
      {!routine && loading && <p className="muted">Building your routine…</p>}
      {routine && (
        <>
          {routine.warnings.length > 0 && (
            <div aria-label="Warnings" role="region" data-testid="warnings">
              {routine.warnings.map((w, i) => (
                <div key={i} className="card card-warn" data-testid="warning">
                  <strong>{w.region ? `${w.region}: ` : ""}</strong>
                  {w.message}
                  <ReasonChips reasons={[w.code]} label={w.message} />
                </div>
              ))}
            </div>
          )}
          <ComfortCard />

          <div className="card">
            <div className="spread">
              <span>
                <b data-testid="total-minutes">{formatDuration(routine.totalSeconds)}</b>{" "}
                <span className="muted">· {routine.items.length} movements</span>
              </span>
              <button
                type="button"
                className="btn-primary"
                onClick={start}
                disabled={routine.items.length === 0}
                data-testid="start"
              >
                Start
              </button>
            </div>
            <label htmlFor="minutes">Time you have: {minutes ?? "—"} min</label>
            <input
              id="minutes"
              type="range"
              min={3}
              max={30}
              step={1}
              value={minutes ?? 10}
              onChange={(e) => onMinutes(Number(e.target.value))}
              aria-valuetext={`${minutes ?? 10} minutes`}
            />
            <ReasonChips reasons={routine.reasons} label="the whole routine" />
            {facts?.explanation && facts.explanation.length > 0 && (
              <details>
                <summary>What shaped this routine</summary>
                <ul className="small">
                  {facts.explanation.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>

          <ol
            className="stack"
            style={{ listStyle: "none", padding: 0 }}
            aria-label="Routine"
            data-testid="routine"
          >
            {routine.items.map((it, i) => (
              <li
                key={`${it.id}-${i}`}
                className="card item"
                data-testid="routine-item"
                data-phase={it.phase}
                data-regions={it.regions.join(",")}
              >
                <span className="phase">{it.phase}</span>
                <Illustration id={it.id} name={it.name} />
                <div className="item-head">
                  <span className="item-name">{it.name}</span>
                  <span className="dose">{doseText(it)}</span>
                </div>
                <span className="muted small">
                  {it.regions.join(", ")}
                  {it.pressure ? ` · ${it.pressure} pressure` : ""}
                  {it.equipment.length ? ` · ${it.equipment.join(", ")}` : ""}
                </span>
                <div className="spread">
                  <ReasonChips reasons={it.reasons} label={it.name} />
                  <button
                    type="button"
                    className="btn-link"
                    onClick={() => void openSwap(i)}
                    aria-haspopup="dialog"
                  >
                    Swap
                  </button>
                </div>
                {swapFor === i && (
                  <div className="explain" role="dialog" aria-label={`Swap ${it.name}`}>
                    {movements === null && <p>Loading movements…</p>}
                    {movements && candidates.length === 0 && (
                      <p>No other movement fits the same rules with your kit.</p>
                    )}
                    <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
                      {candidates.map((m) => (
                        <li key={m.id}>
                          <button
                            type="button"
                            className="btn-link"
                            onClick={() => {
                              setRoutine(swapItem(routine, i, m));
                              setSwapFor(null);
                            }}
                          >
                            {m.name}
                          </button>
                        </li>
                      ))}
                    </ul>
                    <button type="button" onClick={() => setSwapFor(null)}>
                      Keep {it.name}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>

          {!offline && (
            <Suspense fallback={null}>
              <WeekCard />
            </Suspense>
          )}

          {routine.followUp && (
            <div className="card" data-testid="follow-up">
              <h2>Later today</h2>
              <p>
                A {routine.followUp.minutes} min {routine.followUp.session} session.{" "}
                {routine.followUp.why}
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}

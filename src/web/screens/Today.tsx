/**
 * Today: the routine for now. Start and the time slider come first, then short cautions,
 * then each item with its dose and why it is there, swaps, the follow-up session and, the
 * day after a session, how the run felt (P7). The routine reloads after every write. A
 * session started and not yet logged comes first, with Resume: Start never drops it
 * silently, only a Start over the runner confirms.
 */
import { lazy, Suspense, useEffect, useState } from "react";
import type { Movement } from "../../core/catalog/types.js";
import { useApp } from "../app/state.js";
import { navigate } from "../app/router.js";
import { loadSession, sessionProgress, startSession } from "../app/session.js";
import { excludedRegions, swapCandidates } from "../app/swap.js";
import { localDay } from "../app/units.js";
import { lastSynced, syncedText } from "../app/snapshot.js";
import { ComfortCard } from "../components/ComfortCard.js";
import { AuditLink } from "../components/today/AuditLink.js";
import { RoutineItemCard } from "../components/today/RoutineItemCard.js";
import { RoutineSummary } from "../components/today/RoutineSummary.js";
import { SessionInProgress } from "../components/today/SessionInProgress.js";
import { SwapPanel } from "../components/today/SwapPanel.js";
import { Warnings } from "../components/today/Warnings.js";
import type { ActiveSession } from "../offline/cache.js";
import { loadEngine } from "../offline/local-routine.js";
import { kindOf, useTodayRoutine } from "../today/useTodayRoutine.js";
import { useOfflineCache } from "../today/useOfflineCache.js";
import { addSwap, applySwaps, readSwaps, writeSwaps, type Swaps } from "../today/swaps.js";

const WeekCard = lazy(() => import("../components/PlanWeek.js"));

export function Today() {
  const { profile, online } = useApp();
  const syncedAt = lastSynced();
  const t = useTodayRoutine();
  const [swapFor, setSwapFor] = useState<number | null>(null);
  const [movements, setMovements] = useState<readonly Movement[] | null>(null);
  const [day] = useState(localDay);
  const [swaps, setSwaps] = useState<Swaps>(() => readSwaps(day));
  const [active, setActive] = useState<ActiveSession | null>(null);
  useOfflineCache(online);
  useEffect(() => {
    let live = true;
    void loadSession().then((s) => live && setActive(s));
    return () => {
      live = false;
    };
  }, []);
  const progress = active ? sessionProgress(active) : null;
  // Swaps survive a resized routine and a reload: re-applied once the movements are here.
  useEffect(() => {
    if (Object.keys(swaps).length > 0 && !movements)
      void loadEngine().then(
        (e) => setMovements(e.MOVEMENTS),
        () => {},
      );
  }, [swaps, movements]);
  const routine = t.routine && movements ? applySwaps(t.routine, swaps, movements) : t.routine;

  async function openSwap(i: number) {
    setSwapFor(i);
    if (!movements)
      setMovements(
        await loadEngine().then(
          (e) => e.MOVEMENTS,
          () => [],
        ),
      );
  }

  /** Back to the session in progress: the player, or the log once nothing is left to play. */
  function resume() {
    navigate(progress?.finished ? "log" : "player");
  }

  /** A new session with the routine shown; it replaces one in progress (asked first). */
  function startOver() {
    if (!routine) return;
    startSession(routine, kindOf(t.facts, t.context), t.offline);
    navigate("player");
  }

  function start() {
    if (active) resume();
    else startOver();
  }

  return (
    <section aria-labelledby="today-h">
      <h1 id="today-h" tabIndex={-1}>
        Today
      </h1>
      {t.offline && (
        <p className="card card-warn" role="status" data-testid="offline-routine">
          No connection: this routine was built on your phone from your profile, body check and pain
          flags{syncedAt ? ` as last synced on ${syncedText(syncedAt)}` : ""}.
        </p>
      )}
      {t.error && (
        <p className="card card-warn" role="alert">
          {t.error}
        </p>
      )}
      {active && progress && (
        <SessionInProgress
          startedAt={active.startedAt}
          progress={progress}
          canStartOver={!!routine && routine.items.length > 0}
          onResume={resume}
          onStartOver={startOver}
        />
      )}
      {!routine && t.loading && <p className="muted">Building your routine…</p>}
      {routine && (
        <>
          <RoutineSummary
            routine={routine}
            minutes={t.minutes}
            onMinutes={t.setMinutes}
            onStart={start}
            startLabel={!progress ? "Start" : progress.finished ? "Log it" : "Resume"}
            explanation={t.facts?.explanation}
            explanationRules={t.facts?.explanationRules}
          />
          <Warnings warnings={routine.warnings} />
          <ComfortCard />
          <AuditLink />

          <ol className="stack plain-list" aria-label="Routine" data-testid="routine">
            {routine.items.map((it, i) => (
              <RoutineItemCard key={`${it.id}-${i}`} item={it} onSwap={() => void openSwap(i)}>
                {swapFor === i && (
                  <SwapPanel
                    item={it}
                    movements={movements}
                    candidates={
                      movements
                        ? swapCandidates(
                            routine,
                            it,
                            movements,
                            profile?.equipment ?? [],
                            excludedRegions(t.context ?? undefined),
                          )
                        : []
                    }
                    onPick={(m) => {
                      const next = addSwap(swaps, it.id, m.id);
                      setSwaps(next);
                      writeSwaps(day, next);
                      setSwapFor(null);
                    }}
                    onClose={() => setSwapFor(null)}
                  />
                )}
              </RoutineItemCard>
            ))}
          </ol>

          {!t.offline && (
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

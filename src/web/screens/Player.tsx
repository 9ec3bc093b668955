/**
 * The player: one movement at a time with a large countdown, side switches, rep and hold
 * counters, a breathing pacer, beeps and optional spoken cues, pause / skip / back, the
 * screen kept awake, and the "stop, this hurts" safety flow (X1-X3).
 */
import { useEffect, useRef, useState } from "react";
import type { RoutineItem } from "../../core/routine/types.js";
import { parseRegionRef } from "../../core/vocabulary.js";
import { navigate } from "../app/router.js";
import { loadSession, updateSession } from "../app/session.js";
import type { ActiveSession } from "../offline/cache.js";
import { formatClock, formatDuration } from "../app/units.js";
import { Stopwatch } from "../player/clock.js";
import { beep, keepAwake, speak, unlockAudio } from "../player/cues.js";
import { momentAt } from "../player/timeline.js";
import { doseText } from "../components/dose.js";
import { PainFlow } from "../components/PainFlow.js";

const SIDE_NAMES = ["Left side", "Right side"];

function touches(item: RoutineItem, region: string): boolean {
  return item.regions.some((r) => parseRegionRef(r)?.region === region);
}

export function Player() {
  const [session, setSession] = useState<ActiveSession | null | undefined>(undefined);
  const [index, setIndex] = useState(0);
  const [status, setStatus] = useState<Record<string, "done" | "skipped">>({});
  const [stopped, setStopped] = useState<string[]>([]);
  const [running, setRunning] = useState(false);
  const [, setTick] = useState(0);
  const [banner, setBanner] = useState<string | null>(null);
  const [voice, setVoice] = useState(() => localStorage.getItem("limber:voice") === "on");
  const [painOpen, setPainOpen] = useState(false);
  const watch = useRef(new Stopwatch());
  const last = useRef<{ side: number; second: number; index: number }>({
    side: 0,
    second: -1,
    index: -1,
  });
  const bannerTimer = useRef<number | undefined>(undefined);
  const step = useRef<() => void>(() => {});

  useEffect(() => {
    void loadSession().then((s) => {
      setSession(s);
      if (s) {
        setStatus(s.status);
        setStopped(s.stoppedRegions);
        const firstOpen = s.routine.items.findIndex((it) => !s.status[it.id]);
        setIndex(firstOpen < 0 ? 0 : firstOpen);
      }
    });
  }, []);

  // Keep the screen awake while the player is open (re-acquired when the tab returns).
  useEffect(() => {
    let release: () => void = () => {};
    const acquire = () => void keepAwake().then((r) => (release = r));
    acquire();
    const onVis = () => document.visibilityState === "visible" && acquire();
    document.addEventListener("visibilitychange", onVis);
    return () => {
      document.removeEventListener("visibilitychange", onVis);
      release();
    };
  }, []);

  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      step.current();
      setTick((t) => t + 1);
    }, 100);
    return () => window.clearInterval(id);
  }, [running]);

  const items = session?.routine.items ?? [];
  const item = items[index];

  function say(text: string) {
    if (voice) speak(text);
  }

  function flash(text: string) {
    setBanner(text);
    window.clearTimeout(bannerTimer.current);
    bannerTimer.current = window.setTimeout(() => setBanner(null), 2500);
  }

  function persist(nextStatus: Record<string, "done" | "skipped">, nextStopped = stopped) {
    setStatus(nextStatus);
    updateSession({ status: nextStatus, stoppedRegions: nextStopped });
  }

  /** Moves to the next item not yet done and not in a stopped region; finishes at the end. */
  function advance(
    from: number,
    nextStatus: Record<string, "done" | "skipped">,
    nextStopped = stopped,
  ) {
    let i = from + 1;
    const marked = { ...nextStatus };
    while (i < items.length) {
      const it = items[i];
      if (it && nextStopped.some((r) => touches(it, r))) {
        marked[it.id] = "skipped";
        i++;
        continue;
      }
      break;
    }
    persist(marked, nextStopped);
    watch.current.reset();
    if (i >= items.length) {
      watch.current.pause();
      setRunning(false);
      beep("done");
      say("Session complete. Well done.");
      navigate("log");
      return;
    }
    setIndex(i);
    const next = items[i];
    if (next) {
      beep("change");
      say(next.name);
    }
  }

  // Cues and auto-advance, edge-detected on each tick (outside render).
  step.current = () => {
    if (!item || !watch.current.running) return;
    const m = momentAt(item, watch.current.elapsed());
    const L = last.current;
    if (L.index !== index) {
      last.current = { side: m.side, second: Math.ceil(m.remaining), index };
      return;
    }
    if (m.done) {
      L.index = -1;
      advance(index, { ...status, [item.id]: "done" });
      return;
    }
    if (m.side !== L.side) {
      L.side = m.side;
      beep("change");
      flash("Switch sides");
      say("Switch sides");
    }
    const sec = Math.ceil(m.remaining);
    if (sec !== L.second) {
      L.second = sec;
      if (sec <= 3 && sec > 0) beep("tick");
    }
  };

  if (session === undefined) return <p className="muted">Loading…</p>;
  if (!session || items.length === 0 || !item)
    return (
      <section>
        <h1 tabIndex={-1}>Session</h1>
        <p>No session in progress.</p>
        <a className="btn btn-primary" href="#/today">
          Back to Today
        </a>
      </section>
    );

  const m = momentAt(item, watch.current.elapsed());
  const doneCount = Object.keys(status).length;

  function toggle() {
    unlockAudio();
    if (watch.current.running) {
      watch.current.pause();
      setRunning(false);
    } else {
      if (watch.current.elapsed() === 0 && item) say(item.name);
      watch.current.start();
      setRunning(true);
    }
  }

  function skip() {
    if (!item) return;
    advance(index, { ...status, [item.id]: status[item.id] ?? "skipped" });
  }

  /** Restarts the movement; a second tap within 2 s goes to the one before. */
  function back() {
    const justStarted = watch.current.elapsed() < 2;
    watch.current.reset();
    last.current.index = -1;
    if (index > 0 && justStarted) setIndex(index - 1);
    setTick((t) => t + 1);
  }

  function onRegionStopped(region: string) {
    const nextStopped = [...new Set([...stopped, region])];
    setStopped(nextStopped);
    const nextStatus = { ...status };
    if (item && touches(item, region)) nextStatus[item.id] = "skipped";
    // The current item is left when it works that region; later ones are skipped as reached.
    if (item && touches(item, region)) advance(index, nextStatus, nextStopped);
    else persist(nextStatus, nextStopped);
  }

  const big = m.hold ? m.hold.remaining : m.sideRemaining;
  return (
    <section className="player" aria-labelledby="player-h">
      <p className="muted small" aria-live="off">
        {index + 1} of {items.length} ·{" "}
        {formatDuration(items.slice(index).reduce((s, i) => s + i.seconds, 0))} left
      </p>
      <div className="progressbar" aria-hidden="true">
        <div style={{ width: `${(doneCount / items.length) * 100}%` }} />
      </div>
      <p className="phase" style={{ marginTop: "0.75rem" }}>
        {item.phase}
      </p>
      <h1 id="player-h" tabIndex={-1} data-testid="player-item">
        {item.name}
      </h1>
      <p className="muted">{doseText(item)}</p>
      {item.sides === 2 && <p className="counter">{SIDE_NAMES[m.side]}</p>}
      <div role="status" aria-live="assertive" className="sr-only">
        {banner}
      </div>
      {banner && (
        <p className="cue-banner" data-testid="cue-banner">
          {banner}
        </p>
      )}
      {m.breath ? (
        <div
          className="pacer"
          aria-label={`${m.breath.phase}, ${Math.ceil(m.breath.secondsLeft)} seconds`}
          role="img"
        >
          <div className="pacer-circle" style={{ transform: `scale(${m.breath.scale})` }} />
          <div className="pacer-label">
            {m.breath.phase}
            <br />
            {Math.ceil(m.breath.secondsLeft)}
          </div>
        </div>
      ) : null}
      <div
        className="countdown"
        aria-label={`${Math.ceil(big)} seconds left`}
        data-testid="countdown"
      >
        {formatClock(big)}
      </div>
      {m.rep && (
        <p className="counter">
          Rep {m.rep.current} of {m.rep.of}
        </p>
      )}
      {m.hold && (
        <p className="counter">
          Hold {m.hold.current} of {m.hold.of}
        </p>
      )}
      <div className="controls">
        <button type="button" onClick={back} aria-label="Back">
          Back
        </button>
        <button type="button" className="btn-primary" onClick={toggle} data-testid="play">
          {running ? "Pause" : watch.current.elapsed() > 0 ? "Resume" : "Go"}
        </button>
        <button type="button" onClick={skip} data-testid="skip">
          Skip
        </button>
      </div>
      <ul className="cues">
        {item.cues.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <label className="check" style={{ justifyContent: "center" }}>
        <input
          type="checkbox"
          checked={voice}
          onChange={(e) => {
            setVoice(e.target.checked);
            localStorage.setItem("limber:voice", e.target.checked ? "on" : "off");
          }}
        />
        Spoken cues
      </label>
      <button
        type="button"
        className="btn-danger btn-big"
        style={{ marginTop: "1rem" }}
        data-testid="pain-button"
        onClick={() => {
          watch.current.pause();
          setRunning(false);
          setPainOpen(true);
        }}
      >
        Stop, this hurts
      </button>
      <p>
        <button type="button" className="btn-link" onClick={() => navigate("log")}>
          End and log the session
        </button>
      </p>
      {painOpen && (
        <PainFlow
          regions={item.regions}
          onClose={() => setPainOpen(false)}
          onStopRegion={(r) => {
            setPainOpen(false);
            onRegionStopped(r);
          }}
        />
      )}
    </section>
  );
}

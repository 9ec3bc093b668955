/**
 * The player's state for React: loads the session in progress, runs it with RoutineRun on
 * the player's clock (sped up in tests), speaks through the runner's voice settings and
 * saves each item's status and, every second, the moment of the current one, so a reload
 * carries on where the runner was: the same movement, side and second, paused.
 */
import { useEffect, useRef, useState } from "react";
import { parseRegionRef } from "../../core/vocabulary.js";
import type { RoutineItem } from "../../core/routine/types.js";
import { navigate } from "../app/router.js";
import { loadSession, updateSession } from "../app/session.js";
import type { ActiveSession } from "../offline/cache.js";
import { clockSpeed } from "./clock.js";
import { beep, breathTone, unlockAudio } from "./cues.js";
import { RoutineRun } from "./run.js";
import { hush, say, type VoiceSettings } from "./voice.js";

export function touches(item: RoutineItem, region: string): boolean {
  return item.regions.some((r) => parseRegionRef(r)?.region === region);
}

/** How often (real seconds) the moment in the current movement is saved while playing. */
const SAVE_EVERY_MS = 1000;

/** The item to open at: where the player was, unless that one was done or skipped since. */
function startAt(s: ActiveSession): number {
  const at = s.position?.index;
  const item = at === undefined ? undefined : s.routine.items[at];
  if (item && !s.status[item.id]) return at!;
  const firstOpen = s.routine.items.findIndex((it) => !s.status[it.id]);
  return firstOpen < 0 ? 0 : firstOpen;
}

export function usePlayerRun(voice: VoiceSettings) {
  const [session, setSession] = useState<ActiveSession | null | undefined>(undefined);
  const [run, setRun] = useState<RoutineRun | null>(null);
  const [, setTick] = useState(0);
  const status = useRef<Record<string, "done" | "skipped">>({});
  const stopped = useRef<string[]>([]);
  const voiceRef = useRef(voice);
  voiceRef.current = voice;

  useEffect(() => {
    void loadSession().then((s) => {
      setSession(s);
      if (!s || s.routine.items.length === 0) return;
      status.current = { ...s.status };
      stopped.current = [...s.stoppedRegions];
      const start = startAt(s);
      const r = new RoutineRun(
        s.routine.items,
        start,
        {
          say: (text) => say(text, voiceRef.current),
          chime: (kind) => beep(kind, voiceRef.current.volume),
          tone: (phase) => breathTone(phase, voiceRef.current.volume),
          status: (id, st) => {
            status.current = { ...status.current, [id]: status.current[id] ?? st };
            updateSession({ status: status.current, stoppedRegions: stopped.current });
          },
          passOver: (it) => stopped.current.some((reg) => touches(it, reg)),
          finished: () => navigate("log"),
        },
        s.position,
      );
      setRun(r);
    });
  }, []);

  // The moment in the current movement, saved while playing and when the page is hidden.
  useEffect(() => {
    if (!run) return;
    const save = () => updateSession({ position: run.position ?? undefined });
    const id = window.setInterval(() => {
      if (run.running) save();
    }, SAVE_EVERY_MS);
    const hidden = () => {
      if (document.visibilityState === "hidden") save();
    };
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", save);
    return () => {
      window.clearInterval(id);
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", save);
    };
  }, [run]);

  const running = run?.running ?? false;
  useEffect(() => {
    if (!run || !running) return;
    let last = performance.now();
    const id = window.setInterval(() => {
      const now = performance.now();
      run.advance(((now - last) / 1000) * clockSpeed());
      last = now;
      setTick((t) => t + 1);
    }, 100);
    return () => window.clearInterval(id);
  }, [run, running]);

  const act = (f: (r: RoutineRun) => void) => () => {
    if (!run) return;
    unlockAudio();
    f(run);
    updateSession({ position: run.position ?? undefined });
    setTick((t) => t + 1);
  };
  return {
    session,
    run,
    doneCount: Object.keys(status.current).length,
    toggle: act((r) => {
      if (r.running) hush();
      r.toggle();
    }),
    forward: act((r) => (r.stage === "ready" ? r.startNow() : (hush(), r.next()))),
    next: act((r) => (hush(), r.next())),
    back: act((r) => (hush(), r.back())),
    startNow: act((r) => r.startNow()),
    pause: act((r) => (r.running = false)),
    /** The safety flow stopped a region: leave the item when it works that region. */
    stopRegion(region: string) {
      stopped.current = [...new Set([...stopped.current, region])];
      updateSession({ status: status.current, stoppedRegions: stopped.current });
      if (run?.item && touches(run.item, region)) {
        hush();
        run.next();
      }
      setTick((t) => t + 1);
    },
  };
}

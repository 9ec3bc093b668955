/**
 * Where the player is inside one routine item at a given elapsed time: which side, which
 * rep or hold, how long is left, and which breathing phase. A pure function of the item
 * and the elapsed seconds, so the UI just renders it and cue changes are edge-detected.
 */
import type { RoutineItem } from "../../core/routine/types.js";

export interface ItemMoment {
  /** Seconds left in the whole item. */
  remaining: number;
  /** 0 or 1 (left then right) for two-sided items. */
  side: number;
  /** Seconds left on the current side. */
  sideRemaining: number;
  rep?: { current: number; of: number };
  hold?: { current: number; of: number; remaining: number };
  breath?: { phase: BreathPhase; secondsLeft: number; scale: number };
  done: boolean;
}

export type BreathPhase = "Breathe in" | "Hold" | "Breathe out" | "Hold out";

/** Box breathing is 4-4-4-4 (B2); diaphragmatic breathing paces 4 in, 6 out (B1). */
export function breathPattern(item: RoutineItem): { phase: BreathPhase; seconds: number }[] {
  const box = /box/i.test(item.id) || /box/i.test(item.name);
  return box
    ? [
        { phase: "Breathe in", seconds: 4 },
        { phase: "Hold", seconds: 4 },
        { phase: "Breathe out", seconds: 4 },
        { phase: "Hold out", seconds: 4 },
      ]
    : [
        { phase: "Breathe in", seconds: 4 },
        { phase: "Breathe out", seconds: 6 },
      ];
}

/**
 * @example
 * momentAt({ seconds: 60, sides: 2, ... }, 35); // { side: 1, sideRemaining: 25, remaining: 25, ... }
 */
export function momentAt(item: RoutineItem, elapsed: number): ItemMoment {
  const total = Math.max(1, item.seconds);
  const t = Math.min(Math.max(0, elapsed), total);
  const perSide = total / item.sides;
  const side = Math.min(item.sides - 1, Math.floor(t / perSide));
  const inSide = t - side * perSide;
  const m: ItemMoment = {
    remaining: total - t,
    side,
    sideRemaining: perSide - inSide,
    done: elapsed >= total,
  };
  if (item.reps) {
    const per = perSide / item.reps;
    m.rep = { current: Math.min(item.reps, Math.floor(inSide / per) + 1), of: item.reps };
  }
  if (item.holdSeconds) {
    const of = Math.max(1, Math.round(perSide / item.holdSeconds));
    const len = perSide / of;
    const current = Math.min(of, Math.floor(inSide / len) + 1);
    m.hold = { current, of, remaining: len * current - inSide };
  }
  if (item.phase === "breathing") {
    const pattern = breathPattern(item);
    const cycle = pattern.reduce((s, p) => s + p.seconds, 0);
    let x = t % cycle;
    for (const p of pattern) {
      if (x < p.seconds) {
        const frac = x / p.seconds;
        const scale =
          p.phase === "Breathe in"
            ? 0.55 + 0.45 * frac
            : p.phase === "Breathe out"
              ? 1 - 0.45 * frac
              : p.phase === "Hold"
                ? 1
                : 0.55;
        m.breath = { phase: p.phase, secondsLeft: p.seconds - x, scale };
        break;
      }
      x -= p.seconds;
    }
  }
  return m;
}

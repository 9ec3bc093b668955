/**
 * Small builders for the dose shapes of `Dose`, so the data files read as numbers with
 * names rather than as repeated object literals. `min`/`max` bound the main quantity:
 * seconds for `time`, repetitions for `reps`, seconds of one hold for `hold`, and rounds
 * for `rounds`.
 *
 * @example
 * timed(60, 45, 60); // rolling one area for 60 s, allowed 45-60 s (S1)
 * hold(30, 20, 30, { perSide: true }); // one 30 s hold per side (S7)
 */
import type { Caution, Dose } from "./types.js";

/** Work for `seconds` within [min, max]. */
export function timed(
  seconds: number,
  min: number,
  max: number,
  opts: { perSide?: boolean } = {},
): Dose {
  return { kind: "time", seconds, min, max, perSide: opts.perSide ?? false };
}

/** `count` repetitions within [min, max], about `secondsPerRep` each. */
export function reps(
  count: number,
  min: number,
  max: number,
  secondsPerRep: number,
  opts: { perSide?: boolean } = {},
): Dose {
  return { kind: "reps", reps: count, min, max, secondsPerRep, perSide: opts.perSide ?? false };
}

/** `holds` static holds of `holdSeconds`, each within [min, max] seconds. */
export function hold(
  holdSeconds: number,
  min: number,
  max: number,
  opts: { holds?: number; perSide?: boolean } = {},
): Dose {
  return {
    kind: "hold",
    holdSeconds,
    min,
    max,
    holds: opts.holds ?? 1,
    perSide: opts.perSide ?? false,
  };
}

/** Breathing `count` rounds within [min, max], `secondsPerRound` each. */
export function rounds(count: number, min: number, max: number, secondsPerRound: number): Dose {
  return { kind: "rounds", rounds: count, min, max, secondsPerRound };
}

/** S2: every rolling or ball movement carries it. */
export const MUSCLE_ONLY: Caution = {
  rule: "S2",
  text: "Stay on muscle: never roll or press over a joint, a bone edge or the kneecap.",
};

/** S3: pressure is a dose, not a contest. */
export const EDGE_NOT_PAIN: Caution = {
  rule: "S3",
  text: "Work at the edge of discomfort and ease off before it turns into pain.",
};

/** B3: breathe through every hold. */
export const BREATHE_THROUGH: Caution = {
  rule: "B3",
  text: "Keep breathing slowly through the hold; never hold your breath to gain range.",
};

/** X1: mild tension fine, sharp pain never. */
export const NO_SHARP_PAIN: Caution = {
  rule: "X1",
  text: "A mild pull is fine; stop at once if anything feels sharp.",
};

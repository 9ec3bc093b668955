/**
 * Reading a dose: how long it takes and how to say it in a line. Shared by the CLI table,
 * the web app's Library screen and anything that needs a movement's default length.
 */
import type { Dose } from "./types.js";

/**
 * Seconds the default dose takes, both sides included.
 *
 * @example
 * doseSeconds({ kind: "time", seconds: 60, min: 45, max: 60, perSide: true }); // 120
 * doseSeconds({ kind: "rounds", rounds: 6, min: 5, max: 10, secondsPerRound: 16 }); // 96
 */
export function doseSeconds(dose: Dose): number {
  switch (dose.kind) {
    case "time":
      return dose.seconds * (dose.perSide ? 2 : 1);
    case "reps":
      return dose.reps * dose.secondsPerRep * (dose.perSide ? 2 : 1);
    case "hold":
      return dose.holds * dose.holdSeconds * (dose.perSide ? 2 : 1);
    case "rounds":
      return dose.rounds * dose.secondsPerRound;
  }
}

/**
 * The dose in a short line, with its allowed range.
 *
 * @example
 * formatDose({ kind: "hold", holdSeconds: 30, min: 20, max: 30, holds: 1, perSide: true });
 * // "hold 30 s (20-30) per side"
 * formatDose({ kind: "time", seconds: 1200, min: 600, max: 1800, perSide: false });
 * // "20 min (10-30)"
 */
export function formatDose(dose: Dose): string {
  const side = "perSide" in dose && dose.perSide ? " per side" : "";
  switch (dose.kind) {
    case "time":
      // Long, whole-minute doses (active recovery) read better in minutes.
      if (dose.min >= 600 && [dose.seconds, dose.min, dose.max].every((s) => s % 60 === 0)) {
        return `${dose.seconds / 60} min (${dose.min / 60}-${dose.max / 60})${side}`;
      }
      return `${dose.seconds} s (${dose.min}-${dose.max})${side}`;
    case "reps":
      return `${dose.reps} reps (${dose.min}-${dose.max})${side}`;
    case "hold":
      return `${dose.holds > 1 ? `${dose.holds} x ` : ""}hold ${dose.holdSeconds} s (${dose.min}-${dose.max})${side}`;
    case "rounds":
      return `${dose.rounds} rounds (${dose.min}-${dose.max}) of ${dose.secondsPerRound} s`;
  }
}

/**
 * Which activities Limber keeps: runs as runs, cycling and swimming as cross-training
 * (L8 active recovery), everything else skipped with a reason a runner can read.
 */
import type { ActivitySport } from "../core/activity.js";

export type SportDecision = { sport: ActivitySport } | { skip: string };

const RUN =
  /^(run|running|trail[ _-]?run(ning)?|treadmill|virtual[ _-]?run|track[ _-]?run(ning)?|street[ _-]?running|indoor[ _-]?running|jogging|ultra)$/;
const CYCLE =
  /^(bik(e|ing)|cycling|ride|virtual[ _-]?ride|e[ _-]?bike[ _-]?ride|mountain[ _-]?bike[ _-]?ride|gravel[ _-]?ride|road[ _-]?(bik(e|ing)|cycling)|indoor[ _-]?cycling|velomobile|handcycle)$/;
const SWIM = /^(swim|swimming|open[ _-]?water|lap[ _-]?swimming|pool[ _-]?swim)$/;

/**
 * Maps a sport name as a file or export writes it to what Limber keeps.
 *
 * @example
 * decideSport("Running"); // { sport: "run" }
 * decideSport("Walk"); // { skip: "walk: not a run, ride or swim" }
 */
export function decideSport(raw: string | undefined): SportDecision {
  const name = (raw ?? "").trim();
  const s = name.toLowerCase().replace(/\s+/g, " ");
  if (!s) return { skip: "the file does not say which sport it is" };
  if (RUN.test(s)) return { sport: "run" };
  if (CYCLE.test(s)) return { sport: "cycling" };
  if (SWIM.test(s)) return { sport: "swimming" };
  if (s === "transition") return { skip: "multisport transition, not an activity of its own" };
  return { skip: `${name}: not a run, ride or swim` };
}

/**
 * Sport of a track whose file does not name one, from how fast it moved. A car or a bike
 * is never taken for a run: more than 25 km/h held for half a minute is not running.
 */
export function inferSportFromSpeed(
  avgSpeedMs: number | undefined,
  sustainedMaxMs: number | undefined,
): SportDecision {
  if (avgSpeedMs === undefined || !Number.isFinite(avgSpeedMs))
    return { skip: "no sport in the file and no times to infer one from" };
  const sustainedKmh = (sustainedMaxMs ?? 0) * 3.6;
  const avgKmh = avgSpeedMs * 3.6;
  if (sustainedKmh > 45 || avgKmh > 35)
    return {
      skip: `no sport in the file and it moved like a vehicle (held ${Math.round(sustainedKmh)} km/h); not a run`,
    };
  if (sustainedKmh > 25 || avgKmh > 17) {
    return {
      skip: `no sport in the file and it moved too fast for running (held ${Math.round(sustainedKmh)} km/h, average ${avgKmh.toFixed(1)} km/h); not a run`,
    };
  }
  if (avgKmh < 5)
    return {
      skip: `no sport in the file and it moved at walking pace (${avgKmh.toFixed(1)} km/h); not a run`,
    };
  return { sport: "run" };
}

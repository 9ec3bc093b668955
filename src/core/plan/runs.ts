/**
 * How the planner reads runs: which day they fall on, their type, and how big a session
 * they call for (L1-L6). Uses the run's classification or the runner's override; when a
 * run has neither (a planned run typed by hand as plain "run"), a small fallback reads
 * duration and effort.
 */
import type { RunRecord } from "../journal/types.js";
import { runTypeOf } from "../journal/types.js";
import { dayKindOf, guideMinutes } from "../routine/profile.js";
import { HARD_RUNS, type RunType } from "../vocabulary.js";
import { localDay, localTime } from "../time/calendar.js";
import type { PlanRun } from "./types.js";

/** Minutes a run lasted (moving time when known). */
export function runMinutes(r: RunRecord): number {
  const s = r.activity.movingSeconds ?? r.activity.elapsedSeconds;
  return Math.max(0, s / 60);
}

/**
 * The run type for planning: the override, then the classification, then a fallback from
 * duration (90 min or more is long) and effort (RPE 7 or more is tempo). Cycling and
 * swimming are "cross".
 *
 * @example
 * planRunType(run); // "easy" | "long" | ... | "cross"
 */
export function planRunType(r: RunRecord): RunType | "cross" {
  if (r.activity.sport !== "run") return "cross";
  const typed = runTypeOf(r);
  if (typed) return typed;
  if (r.activity.raceFlag) return "race";
  if (runMinutes(r) >= 90) return "long";
  const rpe = r.rpe ?? r.activity.rpe;
  if (rpe !== undefined && rpe >= 7) return "tempo";
  return "easy";
}

/** Typical effort (RPE 1-10) of a run type, when the record carries none. */
const TYPICAL_RPE: Record<RunType | "cross", number> = {
  recovery: 2,
  easy: 3,
  cross: 3,
  long: 5,
  hills: 7,
  tempo: 7,
  intervals: 8,
  race: 9,
};

/**
 * Session load of one activity: minutes x RPE (the session-RPE method). Used to adjust
 * insights for training load and to notice load spikes.
 */
export function runLoad(r: RunRecord): number {
  const rpe = r.rpe ?? r.activity.rpe ?? TYPICAL_RPE[planRunType(r)];
  return runMinutes(r) * rpe;
}

/** The plan's view of a run on `timeZone`'s calendar. */
export function toPlanRun(r: RunRecord, timeZone: string): PlanRun & { date: string } {
  const type = planRunType(r);
  return {
    id: r.id,
    date: localDay(r.activity.startTime, timeZone),
    type,
    start: localTime(r.activity.startTime, timeZone),
    minutes: Math.round(runMinutes(r)),
    planned: r.planned === true,
    hard: type !== "cross" && HARD_RUNS.includes(type),
  };
}

/**
 * Minutes of the post-run session for a run type, as the routine engine sizes it by default
 * (`guideMinutes`): easy and recovery 6 (L4: 5-7), tempo, intervals, hills and races 15, long
 * runs 18 (L2: 15-20), with the lowest the range allows. One source, so a planned session and
 * the routine built for it are the same length.
 *
 * @example
 * postRunMinutes("long"); // { preferred: 18, min: 15 }
 */
export function postRunMinutes(type: RunType): { preferred: number; min: number } {
  const guide = guideMinutes("post-run", dayKindOf(type));
  return { preferred: guide.pick, min: guide.range[0] };
}

/**
 * Minutes of the evening session that completes a long run's care (L6, T2), as the routine's
 * follow-up names it, with the least the week's budget may trim it to.
 *
 * @example
 * eveningMinutes(); // { preferred: 15, min: 8 }
 */
export function eveningMinutes(): { preferred: number; min: number } {
  return { preferred: guideMinutes("evening", "long").pick, min: 8 };
}

/**
 * Defaults and time budget: turns a partial RoutineContext into the day's profile (session,
 * minutes, kit, how hard the day is, the pressure it allows). DESIGN.md gives the defaults;
 * GUIDE.md gives the ranges (L4, L2, T3, L7, L10).
 */
import {
  HARD_RUNS,
  type Emphasis,
  type Equipment,
  type Pressure,
  type RuleId,
  type RunType,
  type SessionKind,
  type Workout,
} from "../vocabulary.js";
import type { RoutineContext } from "./types.js";

/** How demanding the day was, as far as tissue work is concerned. */
export type DayKind = "easy" | "hard" | "long" | "none";

export interface DayProfile {
  session: SessionKind;
  run?: RunType;
  workout?: Workout;
  emphasis: Emphasis[];
  day: DayKind;
  /** Minutes asked for (or the default), before any lightening. */
  minutes: number;
  /** Seconds the routine aims at. */
  budget: number;
  /** The guide's range for this day and session, in minutes. */
  guideRange: readonly [number, number];
  equipment: Equipment[];
  /** Highest pressure any release item may use today (S3, L1, L2, L3, S8). */
  pressureCap: Pressure;
  /** Pressure used when nothing argues for more or less. */
  basePressure: Pressure;
  /** The rules that set today's pressure cap, cited on every release item they cap. */
  pressureRules: RuleId[];
  newToRolling: boolean;
  lighten: boolean;
  /** Routine-level rules the profile already implies. */
  reasons: RuleId[];
}

/** Day kind of a run type: hard (L1), long (L2, L6) or easy (L3, L4). */
export function dayKindOf(run: RunType | undefined): DayKind {
  if (!run) return "none";
  if (run === "long") return "long";
  return HARD_RUNS.includes(run) ? "hard" : "easy";
}

/** Default session: post-run when there was a run, pre-run before strength, mini otherwise. */
export function defaultSession(ctx: RoutineContext): SessionKind {
  if (ctx.run) return "post-run";
  if (ctx.workout === "strength") return "pre-run";
  if (ctx.workout === "cross") return "post-run";
  return "mini";
}

/**
 * The guide's minutes for a day and session, and the value picked inside it.
 *
 * @example
 * guideMinutes("post-run", "easy"); // { range: [5, 7], pick: 6 } (L4)
 */
export function guideMinutes(
  session: SessionKind,
  day: DayKind,
  workout?: Workout,
): { range: readonly [number, number]; pick: number } {
  switch (session) {
    case "post-run":
      if (day === "long") return { range: [15, 20], pick: 18 };
      if (day === "hard") return { range: [15, 20], pick: 15 };
      if (day === "easy") return { range: [5, 7], pick: 6 };
      if (workout === "strength") return { range: [6, 10], pick: 8 };
      return { range: [8, 12], pick: 10 };
    case "pre-run":
      if (workout === "strength") return { range: [6, 10], pick: 8 };
      return { range: [6, 8], pick: 7 };
    case "mini":
      return { range: [5, 7], pick: 6 };
    case "evening":
      return { range: [15, 20], pick: 15 };
    case "rest-day":
      return { range: [15, 20], pick: 20 };
  }
}

const ORDER: readonly Pressure[] = ["light", "moderate", "firm"];
/** The lower of two pressures. */
export function minPressure(a: Pressure, b: Pressure): Pressure {
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}
/** Rank of a pressure, light = 0. */
export function pressureRank(p: Pressure): number {
  return ORDER.indexOf(p);
}

/**
 * The pressure a day allows before the runner's own limits: firm only on easy or rest days
 * (L3), never after hard (L1), long (L2) or race days, light before a run. The week plan
 * shows the same cap on the session it plans after a run.
 *
 * @example
 * dayPressure("long", "post-run"); // { cap: "moderate", base: "moderate", rules: ["L2"] }
 */
export function dayPressure(
  day: DayKind,
  session: SessionKind,
): { cap: Pressure; base: Pressure; rules: RuleId[] } {
  if (day === "hard") return { cap: "light", base: "light", rules: ["L1"] };
  if (day === "long") return { cap: "moderate", base: "moderate", rules: ["L2"] };
  if (session === "pre-run") return { cap: "light", base: "light", rules: [] };
  return { cap: "firm", base: "moderate", rules: [] };
}

/** Resolves the defaults of DESIGN.md and the day's caps. */
export function resolveProfile(ctx: RoutineContext): DayProfile {
  const session = ctx.session ?? defaultSession(ctx);
  const day = dayKindOf(ctx.run);
  const guide = guideMinutes(session, day, ctx.workout);
  const minutes = ctx.minutes ?? guide.pick;
  const reasons: RuleId[] = [];
  const lighten = ctx.lighten !== undefined;
  const newToRolling = ctx.newToRolling === true;

  // Pressure by the day (dayPressure); light for beginners (S8) and lightened days.
  const byDay = dayPressure(day, session);
  let { cap, base } = byDay;
  const pressureRules: RuleId[] = [...byDay.rules];
  reasons.push(...byDay.rules);
  if (ctx.pressureCap && pressureRank(ctx.pressureCap.level) < pressureRank(cap)) {
    // The week plan's cap for this session (L8, L9, S8): it lowers, never raises, and its
    // rules are cited where pressure is given (the release items).
    cap = ctx.pressureCap.level;
    base = minPressure(base, cap);
    pressureRules.push(...ctx.pressureCap.rules);
  }
  if (ctx.workout === "strength") {
    // L10: keep tissue work modest either side of a strength session.
    cap = minPressure(cap, "moderate");
    base = minPressure(base, "moderate");
    pressureRules.push("L10");
  }
  if (newToRolling) {
    cap = "light";
    base = "light";
    reasons.push("S8");
    pressureRules.push("S8");
  }
  if (lighten) {
    cap = "light";
    base = "light";
    reasons.push(...(ctx.lighten?.rules ?? []));
    pressureRules.push(...(ctx.lighten?.rules ?? []));
  }
  // Lightened days are shorter too (L8, L9): protection wins over the asked-for minutes.
  const budget = Math.max(60, Math.round(minutes * 60 * (lighten ? 0.75 : 1)));

  return {
    session,
    ...(ctx.run ? { run: ctx.run } : {}),
    ...(ctx.workout ? { workout: ctx.workout } : {}),
    emphasis: ctx.emphasis ?? [],
    day,
    minutes,
    budget: lighten ? budget : minutes * 60,
    guideRange: guide.range,
    equipment: ctx.equipment ?? [],
    pressureCap: cap,
    basePressure: base,
    pressureRules,
    newToRolling,
    lighten,
    reasons,
  };
}

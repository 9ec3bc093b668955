/**
 * The routine contract of DESIGN.md ("The routine contract"), shared by the engine, the
 * CLI's `--json`, the API's `/api/routine` and the journal (which stores routines as given).
 */
import type {
  Emphasis,
  Equipment,
  PainKind,
  Phase,
  Pressure,
  Region,
  RegionRef,
  RuleId,
  RunType,
  SessionKind,
  Workout,
} from "../vocabulary.js";

export interface RoutineItem {
  id: string;
  name: string;
  phase: Phase;
  regions: RegionRef[];
  equipment: Equipment[];
  /** Whole item, both sides included. */
  seconds: number;
  sides: 1 | 2;
  reps?: number;
  holdSeconds?: number;
  pressure?: Pressure;
  cues: string[];
  reasons: RuleId[];
  /** The movement's own cautions, in words (S2 and the like). */
  cautions?: string[];
}

export interface RoutineWarning {
  code: RuleId;
  region?: RegionRef;
  message: string;
}

export interface FollowUp {
  session: SessionKind;
  minutes: number;
  why: string;
}

export interface Routine {
  /** Equals the sum of items[].seconds. */
  totalSeconds: number;
  items: RoutineItem[];
  warnings: RoutineWarning[];
  followUp?: FollowUp;
  /** Routine-level rules that shaped it. */
  reasons: RuleId[];
  /** What the runner should know about the routine's shape (shorter than asked, and why). */
  notes?: string[];
}

/** A pain flag as the engine sees it (X2, X3). */
export interface PainInput {
  region: RegionRef;
  kind: PainKind;
}

/**
 * Everything one routine depends on. All optional fields have the defaults of DESIGN.md;
 * the engine is a pure function of (context, library, seed).
 */
export interface RoutineContext {
  run?: RunType;
  workout?: Workout;
  emphasis?: Emphasis[];
  session?: SessionKind;
  minutes?: number;
  /**
   * Where `minutes` came from when the runner did not give them: the week plan's session
   * (so a routine short of them says the plan's minutes, not "the minutes you gave").
   */
  minutesFrom?: "plan";
  equipment?: Equipment[];
  /** Stiffness 0-10 per region (A1, A2, T5, L11). */
  tight?: Partial<Record<RegionRef, number>>;
  avoid?: RegionRef[];
  pain?: PainInput[];
  newToRolling?: boolean;
  /**
   * Extra context the journal and the load model add (issue: journal, runs, coach).
   * The CLI `routine` command leaves these empty.
   */
  /** Ids of movements given in the last few routines, for variety (S10). */
  recentMovementIds?: string[];
  /** Regions tender in 3+ sessions in a row (S11, X4). */
  persistentTenderness?: RegionRef[];
  /** Load state says: lighten the session, cap pressure (L1, L8, L9). */
  lighten?: {
    reason: "load-spike" | "fatigue" | "new-technique";
    rules: RuleId[];
    message: string;
  };
  /**
   * A pressure cap the week plan set for this session and the rules behind it: a lighter day
   * after a hard effort or a new technique (L8), a scaled-back week (L9), a newcomer's first
   * weeks (S8). It only ever lowers the day's own cap.
   */
  pressureCap?: { level: "light" | "moderate"; rules: RuleId[] };
  /** Regions a professional's plan emphasises (C1), or the week's rotating emphasis (S10). */
  focusRegions?: Region[];
  /** A technique on trial (S9): include it if it fits. */
  trialMovementId?: string;
  /**
   * The runner's stable core set for the current emphasis block (S10), chosen by the
   * prescription in src/core/plan: preferred over other candidates wherever they fit.
   */
  coreMovementIds?: string[];
  /**
   * Techniques the runner has done (S9): when given, the movements beyond the core set and the
   * trial come from these wherever one fits, so nothing else new joins while a technique is
   * on trial. A new one still comes in where none of them can do what a rule asks.
   */
  familiarMovementIds?: string[];
  /** At most this many movements (H2: a new runner starts with one or two). */
  maxMovements?: number;
  /**
   * The rule behind maxMovements: a new runner's habit (H2, the default), or S10: today's core
   * set (with the trial, if any) and a little more, so each one's own effect shows.
   */
  maxMovementsRule?: "H2" | "S10";
  /** Movements that left the runner feeling worse (X5): left out, another technique used. */
  avoidMovementIds?: string[];
  /**
   * Core techniques resting today (S10, P5): left out today, so the days without each one
   * show its own effect; another technique takes the place.
   */
  restingMovementIds?: string[];
  /** Movements that left the runner feeling worse once (X5): kept, at a lower dose. */
  lowerDoseMovementIds?: string[];
  /**
   * Regions whose sharp or swelling flag was resolved in the last 7 days: they come back
   * with gentle range only (X2, X3), not at full dose at once.
   */
  recoveringRegions?: RegionRef[];
  /**
   * The day holds no later session (the week plan has none after this one, as after a run
   * that ends too late for an evening session): the routine offers none (L6, T2, T7).
   */
  noLaterSession?: boolean;
  /**
   * Every session the week plan holds today is logged (or, on a day it holds none, a session
   * is): this routine is an extra, if the runner wants more, and says so.
   */
  plannedDone?: boolean;
}

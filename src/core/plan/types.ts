/**
 * The week plan (issue: the coach over weeks): what the planner takes and what it gives.
 * Every decision carries rule ids of GUIDE.md and a short plain reason.
 */
import type {
  BodyCheck,
  PainFlag,
  Profile,
  RomTest,
  RomTestKind,
  RunRecord,
  SessionLog,
} from "../journal/types.js";
import type { Prescription } from "./prescription-types.js";
import type { Region, RuleId, RunType, SessionKind, Side } from "../vocabulary.js";
import type { ProfessionalWeek } from "./training-week.js";

/** A technique on trial (S9): one new movement, watched from `start` to `end` (exclusive). */
export interface Trial {
  movementId: string;
  /** Calendar day the technique was first used. */
  start: string;
  /** First day after the trial (start + 14 days by default). */
  end: string;
  /** What the coach says about it, when the prescription decided it (trialSentence). */
  note?: string;
}

/** A ROM target: the runner's own, or a goal of a professional's plan (C1). */
export interface RomTarget {
  test: RomTestKind;
  side?: Side;
  /** Value to reach or pass; for Thomas pass/fail, 1 = pass. */
  target: number;
  unit: "cm" | "deg" | "pass";
  source?: "own" | "professional";
}

/** Signals from the load model, when the caller has them (L9). */
export interface LoadSignal {
  reason: "load-spike" | "fatigue";
  message: string;
}

export interface PlanInput {
  /** The first day of the plan, a calendar day in `timeZone`. */
  today: string;
  timeZone: string;
  profile: Profile | null;
  /** Done and planned runs and cross-training. */
  runs: RunRecord[];
  sessions: SessionLog[];
  romTests: RomTest[];
  bodyChecks: BodyCheck[];
  /**
   * The technique on trial (S9), as the prescription decided it (at most one): the plan
   * shows it and derives none of its own.
   */
  trials: Trial[];
  painFlags?: PainFlag[];
  targets?: RomTarget[];
  /** Minutes of soft-tissue and mobility work the week may hold (default 120). */
  weeklyBudgetMinutes?: number;
  /** 0 = Sunday ... 6 = Saturday; default 1 (Monday). */
  weekStartsOn?: number;
  /** Length of a technique trial in days (default 14, S9). */
  trialDays?: number;
  /** Extra signals from the load model (L9). */
  loadSignals?: LoadSignal[];
  /** Regions an active professional plan emphasises (C1); they come before the rotation. */
  professionalFocus?: Region[];
  /** An active professional plan's frequency and end (C1): it sets the week's session count. */
  professional?: ProfessionalWeek;
  /** A professional plan that has ended: the runner is told they continue on their own. */
  endedProfessionalPlan?: { transitionDate: string };
}

/** A run (or cross-training) on a plan day as the planner read it. */
export interface PlanRun {
  id: string;
  /** Run type, or "cross" for cycling and swimming. */
  type: RunType | "cross";
  /** Local start time "HH:MM". */
  start: string;
  minutes: number;
  planned: boolean;
  /** Tempo, intervals, hills, race or long. */
  hard: boolean;
}

export interface PlannedSession {
  /** Stable within a day: `${date}-${kind}-${n}`; calendars key on it. */
  id: string;
  kind: SessionKind;
  /** Local start "HH:MM". */
  time: string;
  minutes: number;
  focus: Region[];
  reasons: RuleId[];
  note: string;
  /** The run this session follows (post-run, evening). */
  runId?: string;
  /** Keep pressure at or below this (L1, L8, L9). */
  pressureCap?: "light" | "moderate";
  /** The technique on trial, when this session should include it (S9). */
  trialMovementId?: string;
  /** A session of this kind is already logged that day (today only). */
  done?: boolean;
}

export interface DayNote {
  rules: RuleId[];
  text: string;
}

export interface PlanDay {
  date: string;
  weekday: string;
  runs: PlanRun[];
  sessions: PlannedSession[];
  flags: {
    /** A full rest day: no run, no strength or cross-training, no active recovery (L8). */
    restDay: boolean;
    /** Keep the day light: after a hard effort or a new technique (L8). */
    lighterDay: boolean;
    /** Easy cycling or swimming suggested (L8); not counted in the time budget. */
    activeRecovery: boolean;
    /**
     * A free day in a week with no run planned, on a weekday the runner's log does not show
     * free (run-habit.ts): it keeps the daily mini session and is not called a rest day.
     */
    noRunPlanned: boolean;
  };
  notes: DayNote[];
}

export interface PlanWarning {
  code: RuleId;
  message: string;
  date?: string;
}

/** S8: where a newcomer to soft-tissue work stands. */
export interface ProgressionStage {
  /** "starter" while sessions are capped; "full" once graduated or never new. */
  stage: "starter" | "full";
  /** Sessions a week allowed in the starter stage; undefined when full. */
  sessionsPerWeek?: number;
  /** Minutes per session in the starter stage. */
  minutesPerSession?: number;
  reasons: RuleId[];
  why: string;
}

/** S10: the region group the week emphasises. */
export interface Emphasis {
  group: string;
  regions: Region[];
  /** First day of the current 3-week block. */
  blockStart: string;
  /** First day of the next block, when the emphasis changes. */
  nextChange: string;
  reasons: RuleId[];
}

export interface StiffRegion {
  region: Region;
  /** Mean stiffness 0-10 over the checks that count. */
  stiffness: number;
  /** How many of the recent checks found it stiff. */
  checks: number;
}

export interface ScaleBack {
  reasons: RuleId[];
  /** Plain reasons, one per signal. */
  why: string[];
  /** Fraction of the usual minutes kept, e.g. 0.7. */
  factor: number;
}

export interface AuditLine {
  test: RomTestKind;
  side?: Side;
  unit: string;
  last?: number;
  lastDate?: string;
  target?: number;
  targetSource?: "own" | "professional";
  /** Undefined when no target or no value. */
  met?: boolean;
}

/** P3: the weekly re-test prompt. */
export interface WeeklyAudit {
  /** The day of the plan that starts the runner's week. */
  date: string;
  /** Already re-tested this week. */
  done: boolean;
  lines: AuditLine[];
  message: string;
  reasons: RuleId[];
}

export interface TrialStatus extends Trial {
  /** "active" in the plan window, "ended" before it, "upcoming" after. */
  status: "active" | "ended";
  reasons: RuleId[];
  note: string;
}

/** S9, L7: the day the plan suggests starting one new technique, when none is on trial. */
export interface NewTechniqueDay {
  date: string;
  note: string;
  reasons: RuleId[];
}

export interface WeekPlan {
  start: string;
  end: string;
  timeZone: string;
  preferredTime: string;
  budgetMinutes: number;
  plannedMinutes: number;
  sessionCount: number;
  /**
   * Whether the runner planned this week's running: runs on about as many days as their log
   * shows a week (one fewer allowed; any planned run when the log is empty). Without that, a
   * free day is not a rest day the plan prescribes (the runner may well run then): it is said
   * as "no run planned", unless their log has kept that weekday free for four weeks.
   */
  runningPlanned: boolean;
  days: PlanDay[];
  warnings: PlanWarning[];
  progression: ProgressionStage;
  emphasis: Emphasis;
  stiffRegions: StiffRegion[];
  trial?: TrialStatus;
  newTechniqueDay?: NewTechniqueDay;
  scaleBack?: ScaleBack;
  audit: WeeklyAudit;
  /** What the coach prescribes for technique choice (S8-S10, H2, X5), when read from a journal. */
  prescription?: Prescription;
  reasons: RuleId[];
}

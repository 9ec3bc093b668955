/**
 * Insights (P2, P4-P7, T7): what the journal shows over weeks, each with how sure Limber is.
 */
import type {
  BodyCheck,
  RomTest,
  RomTestKind,
  RunComfort,
  RunRecord,
  SessionLog,
} from "../journal/types.js";
import type { RuleId, Side } from "../vocabulary.js";
import type { Interval } from "./stats.js";

export interface InsightsInput {
  /** Calendar day in `timeZone`: insights use data up to and including it. */
  today: string;
  timeZone: string;
  sessions: SessionLog[];
  runs: RunRecord[];
  romTests: RomTest[];
  bodyChecks: BodyCheck[];
  runComfort: RunComfort[];
  /** 0 = Sunday ... 6 = Saturday; default 1 (Monday). */
  weekStartsOn?: number;
}

export interface RomChange {
  test: RomTestKind;
  side?: Side;
  unit: "cm" | "deg" | "pass";
  from: number;
  fromDate: string;
  to: number;
  toDate: string;
  change: number;
  /** Smallest real change of the test. */
  threshold: number;
  /** |change| at or beyond the threshold. */
  real: boolean;
  /** A real change in the better direction (P4). */
  win: boolean;
  message: string;
  reasons: RuleId[];
}

export interface SideDifference {
  test: Exclude<RomTestKind, "sit-and-reach">;
  date: string;
  left: number;
  right: number;
  difference: number;
  threshold: number;
  flagged: boolean;
  weakerSide?: Side;
  message: string;
  reasons: RuleId[];
}

/**
 * "helps": the interval lies wholly on the good side; "worse": wholly on the bad side;
 * "not-enough-data": too few days, or the interval still includes no effect.
 */
export type Verdict = "helps" | "worse" | "not-enough-data";

export interface Association {
  verdict: Verdict;
  /** Rows the estimate rests on (days, or test-to-test intervals). */
  n: number;
  /** Effect and interval; absent when there were too few data to fit. */
  interval?: Interval;
  message: string;
}

export interface TechniqueInsight {
  movementId: string;
  /** Days the technique was done. */
  daysUsed: number;
  /** Next-day stiffness (0-10) on days after using it vs not, adjusted for load and that day's stiffness. */
  nextDayStiffness: Association;
  /** ROM change between re-tests (in smallest-real-change units) per extra share of days used, adjusted for load. */
  romChange: Association;
  reasons: RuleId[];
}

export interface ComfortInsight {
  /** Comfort 0-10 of runs after a thorough session (80% or more of items done within 36 h before). */
  thorough: { n: number; mean?: number };
  /** Comfort of runs with no session in the 36 h before. */
  skipped: { n: number; mean?: number };
  /** Thorough minus skipped, 95% interval. */
  difference?: Interval;
  verdict: Verdict;
  message: string;
  reasons: RuleId[];
}

export interface AdherenceWeek {
  weekStart: string;
  sessions: number;
  met: boolean;
}

export interface AdherenceInsight {
  /** The last four complete weeks, oldest first. */
  weeks: AdherenceWeek[];
  /** Sessions so far in the current week. */
  thisWeek: number;
  meanPerWeek: number;
  target: { min: number; max: number };
  message: string;
  reasons: RuleId[];
}

export interface Insights {
  today: string;
  wins: RomChange[];
  romChanges: RomChange[];
  sideDifferences: SideDifference[];
  techniques: TechniqueInsight[];
  comfort: ComfortInsight;
  adherence: AdherenceInsight;
  /** How the technique estimates were made, in plain words. */
  method: string;
  reasons: RuleId[];
}

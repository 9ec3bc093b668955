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
import type { Region, RuleId, Side } from "../vocabulary.js";
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
 * The four verdicts of the insights contract (DESIGN.md "Other contracts"):
 * - "helps": some source of evidence is clearly on the helpful side after the false
 *   discovery control, and none on the harmful side;
 * - "worse": clearly on the harmful side, or sessions with it left the runner feeling worse
 *   more than once (X5);
 * - "no-clear-effect": enough sessions to have seen an effect of about a point, and none
 *   showed;
 * - "not-enough-data": too few sessions or days, too wide an interval, or done (nearly)
 *   always together with another technique (see `confoundedWith`).
 */
export type Verdict = "helps" | "no-clear-effect" | "worse" | "not-enough-data";

export const VERDICTS: readonly Verdict[] = [
  "helps",
  "no-clear-effect",
  "worse",
  "not-enough-data",
];

/** Each verdict in a runner's words, as the CLI's lines and the app's table say it. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  helps: "helps",
  "no-clear-effect": "no clear effect",
  worse: "seems to make things worse",
  "not-enough-data": "not enough data yet",
};

/**
 * A journal too thin to judge any technique (fewer rated sessions than `needs.ratedSessions`,
 * or spanning fewer days than `needs.days`): what it holds and what judging needs, said once.
 */
export interface ThinJournal {
  /** Rated sessions (or days with ratings, whichever is more) in the window. */
  ratedSessions: number;
  /** Days from the first to the last day with a session or a rating. */
  days: number;
  needs: { ratedSessions: number; days: number };
  /** "Your journal holds 7 rated sessions over 29 days; Limber judges ...". */
  message: string;
  /** What is missing: "About 5 more rated sessions before anything is judged." */
  settle: string;
}

/** An estimate in the runner's units with its interval. */
export interface Effect {
  /**
   * "session": stiffness change during sessions with it (P1); "next-morning": stiffness the
   * next morning; "stiffness": the test a stiffness verdict rests on, the session change
   * when sessions were rated, else the next morning; "rom": the region's range-of-motion test.
   */
  source: "stiffness" | "session" | "next-morning" | "rom";
  /** What the number measures, in words. */
  measure: string;
  unit: "points" | "cm" | "deg";
  /** "lower" for stiffness (points out of 10), "higher" for range of motion. */
  better: "lower" | "higher";
  region?: Region;
  test?: RomTestKind;
  /** Difference the technique makes (with minus without), in `unit`. */
  estimate: number;
  low: number;
  high: number;
  /** Level of the interval, widened for the number of techniques and sources judged. */
  level: number;
  /** Rows of the model (sessions, days or test intervals) and rows with the technique. */
  n: number;
  nWith: number;
}

export interface TechniqueInsight {
  movementId: string;
  verdict: Verdict;
  /** The estimate the verdict rests on, when there is one. */
  effect?: Effect;
  /** Every source's estimate (session, next-morning per region, ROM test). */
  evidence: Effect[];
  /** Sessions it was done in, rated sessions among them, and calendar days. */
  sessions: number;
  ratedSessions: number;
  days: number;
  /** Same as `days` (kept for older readers). */
  daysUsed: number;
  /** Regions it works. */
  regions: Region[];
  /** Movement ids it is (nearly) always done with: the data cannot tell them apart. */
  confoundedWith: string[];
  /** What the group as a whole shows, when `confoundedWith` is not empty. */
  together?: { verdict: Verdict; effect?: Effect };
  /** Sessions with it that left the runner feeling worse (X5). */
  feltWorse: number;
  /** What more data would settle it, in plain words. */
  settle: string;
  message: string;
  reasons: RuleId[];
}

export interface ComfortInsight {
  /** Comfort 0-10 of runs after a thorough session (80% or more of items done within 36 h before). */
  thorough: { n: number; mean?: number };
  /** Comfort of runs with no session in the 36 h before. */
  skipped: { n: number; mean?: number };
  /** Thorough minus skipped, 95% interval. */
  difference?: Interval;
  verdict: "helps" | "worse" | "not-enough-data";
  message: string;
  reasons: RuleId[];
}

export interface AdherenceWeek {
  weekStart: string;
  sessions: number;
  met: boolean;
}

export interface AdherenceInsight {
  /**
   * The last four complete weeks, oldest first, from the week of the first session on:
   * fewer (or none) for a runner who started less than four weeks ago.
   */
  weeks: AdherenceWeek[];
  /** Sessions so far in the current week. */
  thisWeek: number;
  /** Sessions a week over `weeks`; before a first complete week, this week's so far. */
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
  /** Three to five plain sentences: what helps, what to stop, what is on trial, what is unknown. */
  summary: string[];
  /** Present while the journal is too thin to judge any technique: every one is "not-enough-data". */
  thin?: ThinJournal;
  /**
   * The technique on trial (S9), when the caller knows it: its earliest end day, the day it
   * began and the days done of the days it needs. A trial not done yet has no `since`, and its
   * `until` is the earliest end were it to start today (it starts with the first session with
   * room for it).
   */
  trial?: {
    movementId: string;
    until: string;
    since?: string;
    daysDone: number;
    daysNeeded: number;
  };
  comfort: ComfortInsight;
  adherence: AdherenceInsight;
  /** How the technique estimates were made, in plain words. */
  method: string;
  reasons: RuleId[];
}

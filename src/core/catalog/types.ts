/**
 * What the movement library holds about each movement. The routine engine reads only this;
 * the web app's Library screen and `limber movements` show it.
 */
import type {
  Equipment,
  Phase,
  Posture,
  Pressure,
  Region,
  RuleId,
  SessionKind,
} from "../vocabulary.js";

/**
 * How a movement is dosed. Exactly one of the shapes applies:
 * - `time`: work for `seconds` (per side when `perSide`), within [min, max];
 * - `reps`: `reps` repetitions at about `secondsPerRep` each (per side when `perSide`);
 * - `hold`: `holds` static holds of `holdSeconds` (per side when `perSide`);
 * - `rounds`: breathing rounds of `secondsPerRound` (e.g. box breathing, 16 s a round).
 */
export type Dose =
  | { kind: "time"; seconds: number; min: number; max: number; perSide: boolean }
  | {
      kind: "reps";
      reps: number;
      min: number;
      max: number;
      secondsPerRep: number;
      perSide: boolean;
    }
  | { kind: "hold"; holdSeconds: number; min: number; max: number; holds: number; perSide: boolean }
  | { kind: "rounds"; rounds: number; min: number; max: number; secondsPerRound: number };

export interface Caution {
  rule: RuleId;
  text: string;
}

export interface Movement {
  id: string;
  name: string;
  phase: Phase;
  /** Regions worked; the first is the main one. */
  regions: Region[];
  /** Kit needed beyond wall, step and floor. Empty when none. */
  equipment: Equipment[];
  dose: Dose;
  /** Release work only: the pressures it may be done at (S3). */
  pressure?: { min: Pressure; max: Pressure };
  posture: Posture;
  /** Sessions the movement suits. */
  sessions: SessionKind[];
  /** Dynamic and low-load (suits the daily mini session, T3). */
  dynamic: boolean;
  /** Intensity of the movement itself, 1 (gentle) to 3 (demanding). */
  intensity: 1 | 2 | 3;
  /** 2-4 cues in the project's own words. */
  cues: string[];
  /** Every rolling or ball movement carries S2. */
  cautions: Caution[];
  /** Rules that justify having this movement at all (e.g. S5, S6, T8). */
  sources: RuleId[];
  /**
   * Movements sharing a family are variants of one thing (a calf release with a roller, a
   * ball or the hands; a bridge with or without a band): one routine rarely needs two of
   * them, and a rotation (S10) can swap one for another.
   */
  family?: string;
  /**
   * How far into end range the movement takes a joint: `deep` positions (a frog stretch, a
   * long lunge with rotation) are left out after hard efforts (L5: gentle positions).
   * Absent means gentle.
   */
  depth?: "deep" | "gentle";
  /** Hops, bounces or brisk marching: left out before a run when a sharp pain is flagged (X2). */
  impact?: boolean;
}

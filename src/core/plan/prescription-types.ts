/**
 * What the coach has decided about technique choice for a runner on a given day (S8, S9,
 * S10, H2, X5): the shape the prescription in src/core/plan produces and the journal ->
 * routine context function copies into the engine's input.
 */
export interface Prescription {
  /** The stable core set of the current emphasis block (S10). */
  coreMovementIds: string[];
  /** The one technique on trial (S9), if any. */
  trialMovementId?: string;
  /**
   * Calendar day (runner's zone) the trial runs until at the earliest: two weeks from its
   * start, later when its sessions cannot all be done by then (at most 35 days).
   */
  trialUntil?: string;
  /** Calendar day (runner's zone) the trial began: its first day done, or today when new. */
  trialSince?: string;
  /** Days the trial technique was done so far (0: not yet done, it starts when it fits). */
  trialDaysDone?: number;
  /** Cap on movements per routine: a new runner's habit stage (H2), or past it (S10). */
  maxMovements?: number;
  /**
   * Why `maxMovements` holds: H2 (a new runner starts small) or S10 (past it: today's core set,
   * the trial and a little room, so each one's effect shows and nothing else new joins the
   * trial, S9). Absent with no cap.
   */
  maxMovementsRule?: "H2" | "S10";
  /** Left out: made the runner feel worse more than once (X5). */
  avoidMovementIds: string[];
  /**
   * Core techniques resting today (S10, P5): left out, so each one's own effect shows
   * against the days without it. Absent when none rest.
   */
  restingMovementIds?: string[];
  /**
   * Techniques the runner has done in the coach's window (S9): past the baseline (the first
   * two weeks) the rest of a routine comes from these, so nothing new joins beside the trial.
   * Absent in the baseline, when the engine's usual variety shows what the runner takes to.
   */
  familiarMovementIds?: string[];
  /** Kept at a lower dose: made the runner feel worse once (X5). */
  lowerDoseMovementIds: string[];
  /** Plain sentences on what is on trial, what left the core and why. */
  notes: string[];
}

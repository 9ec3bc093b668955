/**
 * The week planner (issue: the coach over weeks): planWeek and the rules it is built from.
 *
 * @example
 * import { planWeek } from "../core/plan/index.js";
 */
export * from "./types.js";
export {
  planWeek,
  DEFAULT_BUDGET_MINUTES,
  MIN_BUDGET_MINUTES,
  MAX_BUDGET_MINUTES,
  DEFAULT_SESSION_TIME,
  MIN_SESSIONS,
} from "./plan-week.js";
export { weeklyAudit, targetMet } from "./audit.js";
export { progressionStage } from "./progression.js";
export { emphasisFor, EMPHASIS_GROUPS, BLOCK_WEEKS } from "./rotation.js";
export { stiffRegions } from "./stiffness.js";
export { DEFAULT_TRIAL_DAYS } from "./trials.js";
export { scaleBackFor } from "./fatigue.js";
export { targetsFromGoals } from "./targets.js";
export {
  prescriptionFor,
  trialLines,
  TRIAL_DAYS,
  TRIAL_EXPOSURES,
  type PrescriptionInput,
} from "./prescription.js";
export type { Prescription } from "./prescription-types.js";

/**
 * The prescription for a runner and a day (S8, S9, S10, H2, X5), read from the journal:
 * the core set, the technique on trial and until when, the habit cap, and what leaves the
 * routine or comes at a lower dose. The journal's routine context copies it into the engine.
 */
import { MOVEMENTS } from "../../core/catalog/index.js";
import { computeInsights } from "../../core/insights/insights.js";
import { summarySentences } from "../../core/insights/summary.js";
import type { Insights } from "../../core/insights/types.js";
import { prescriptionFor, TRIAL_EXPOSURES, trialSentence } from "../../core/plan/prescription.js";
import type { Prescription } from "../../core/plan/prescription-types.js";
import { emphasisFor } from "../../core/plan/rotation.js";
import type { CoachData } from "./data.js";
import { weekOptionsOf } from "./options.js";

/** Insights and prescription from data already read (one pass for `insights`, `week`, `today`). */
export function prescribeFrom(
  data: CoachData,
  asked: { weekStartsOn?: number } = {},
): { prescription: Prescription; insights: Insights } {
  // The runner's own week start, unless the caller asks for another.
  const opts = weekOptionsOf(data.profile, asked);
  const base = {
    today: data.today,
    timeZone: data.timeZone,
    sessions: data.sessions,
    runs: data.runs.filter((r) => !r.planned),
    romTests: data.romTests,
    bodyChecks: data.bodyChecks,
    runComfort: data.runComfort,
    ...(opts.weekStartsOn !== undefined ? { weekStartsOn: opts.weekStartsOn } : {}),
  };
  const first = computeInsights(base);
  const prescription = prescriptionFor({
    today: data.today,
    timeZone: data.timeZone,
    profile: data.profile,
    sessions: data.sessions,
    verdicts: first.techniques,
    emphasis: emphasisFor(data.today, opts.weekStartsOn ?? 1),
    library: MOVEMENTS,
    ...(opts.weekStartsOn !== undefined ? { weekStartsOn: opts.weekStartsOn } : {}),
  });
  if (!prescription.trialMovementId) return { prescription, insights: first };
  const daysDone = prescription.trialDaysDone ?? 0;
  const trial = {
    movementId: prescription.trialMovementId,
    until: prescription.trialUntil!,
    // Not done yet, it has not begun: its start (and so its end) waits for a session with room.
    ...(daysDone > 0 && prescription.trialSince ? { since: prescription.trialSince } : {}),
    daysDone,
    daysNeeded: TRIAL_EXPOSURES,
  };
  const insights = {
    ...first,
    trial,
    summary: summarySentences(first.techniques, {
      trial: trialSentence(prescription, MOVEMENTS),
      thin: first.thin,
    }),
  };
  return { prescription, insights };
}

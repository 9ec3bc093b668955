/**
 * S9 trials: one new technique at a time, watched for a training cycle (14 days by default)
 * before it is judged. Which technique is on trial, and since when, is the prescription's
 * decision (prescription.ts); the week plan shows that one and derives none of its own.
 */

export const DEFAULT_TRIAL_DAYS = 14;

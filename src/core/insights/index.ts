/**
 * Insights over weeks (P2, P4-P7, T7): computeInsights and the thresholds it uses.
 *
 * @example
 * import { computeInsights } from "../core/insights/index.js";
 */
export * from "./types.js";
export { computeInsights, METHOD, TECHNIQUE_WINDOW_DAYS } from "./insights.js";
export { SMALLEST_REAL_CHANGE, SIDE_DIFFERENCE, TEST_NAMES, testLabel } from "./thresholds.js";
export { romChanges, sideDifferences } from "./rom.js";
export type { Interval } from "./stats.js";
export { techniqueInsights, FDR, MIN_RATED, MIN_SPAN_DAYS, MIN_WITH } from "./techniques.js";
export { summarySentences } from "./summary.js";
export { feltWorse, WORSE_BY, type FeltWorse } from "./felt-worse.js";
export { feltWorseAdvice, type FeltWorseAdvice } from "./felt-worse-advice.js";
export { testsForRegions, TESTS_FOR_REGION, SMALLEST_REAL_CHANGE_SOURCES } from "./rom-evidence.js";

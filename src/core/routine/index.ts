/**
 * The routine engine's public face: build a routine, parse its options, read its reasons.
 *
 * @example
 * import { buildRoutine, parseRoutineOptions } from "./routine/index.js";
 * const { seed, ...ctx } = parseRoutineOptions({ run: "easy" });
 * buildRoutine(ctx, MOVEMENTS, seed ?? 1);
 */
export { buildRoutine } from "./build.js";
export { routineJson } from "./json.js";
export { parseRoutineOptions } from "./options.js";
export { RULE_PHRASES, phraseFor } from "./rule-phrases.js";
export type * from "./types.js";

/**
 * The core pieces the browser needs to build a routine with no network: the routine
 * engine, the movement library and the journal -> routine function the server uses. Kept
 * in its own chunk (imported dynamically) so the first screen stays small; the service
 * worker precaches it.
 */
export { buildRoutine } from "../../core/routine/index.js";
export { MOVEMENTS } from "../../core/catalog/index.js";
export { routineFromJournal } from "../../core/journal/routine-context.js";

/** The routine contract of DESIGN.md: the schemas live in src/core/schemas (one per shape). */
export { Routine, RoutineItem } from "../../core/schemas/routine.js";
export { RoutineOptions, TodayOptions } from "../../core/schemas/routine-options.js";

/** The routine contract of DESIGN.md: the schemas live in src/core/schemas (one per shape). */
export { Routine, RoutineItem, RoutineQuery } from "../../core/schemas/routine.js";

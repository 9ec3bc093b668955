/** The vocabulary of DESIGN.md as zod enums, with the project's "x is not one of a, b" message. */
import {
  EMPHASES,
  EQUIPMENT,
  PAIN_KINDS,
  PHASES,
  PRESSURES,
  REGIONS,
  RULE_IDS,
  RUN_TYPES,
  SESSIONS,
  SIDES,
  WEEKDAYS,
  WORKOUTS,
} from "../vocabulary.js";
import { UNITS, ROM_TESTS } from "../journal/types.js";
import { SOURCE_KINDS } from "../activity-formats.js";
import { oneOf } from "./fields.js";

export const Region = oneOf(REGIONS);
export const Side = oneOf(SIDES);
export const Phase = oneOf(PHASES);
export const Equipment = oneOf(EQUIPMENT);
export const Pressure = oneOf(PRESSURES);
export const RunType = oneOf(RUN_TYPES);
export const Workout = oneOf(WORKOUTS);
export const Emphasis = oneOf(EMPHASES);
export const SessionKind = oneOf(SESSIONS);
export const PainKind = oneOf(PAIN_KINDS);
export const Weekday = oneOf(WEEKDAYS);
export const RuleId = oneOf(RULE_IDS);
export const Units = oneOf(UNITS);
export const RomTestKind = oneOf(ROM_TESTS);
export const SPORTS = ["run", "cycling", "swimming"] as const;
export const Sport = oneOf(SPORTS);
export const SourceKind = oneOf(SOURCE_KINDS);

/** Zod schemas shared by many routes: the error body, vocabulary enums, ids and dates. */
import { z } from "zod";
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
  WORKOUTS,
} from "../../core/vocabulary.js";

/** `{"error": {"code", "message", "fields"?}}` (DESIGN.md, "The server contract"). */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .meta({ id: "Error" });

export const Region = z.enum(REGIONS);
export const Side = z.enum(SIDES);
export const Phase = z.enum(PHASES);
export const Equipment = z.enum(EQUIPMENT);
export const Pressure = z.enum(PRESSURES);
export const RunType = z.enum(RUN_TYPES);
export const Workout = z.enum(WORKOUTS);
export const Emphasis = z.enum(EMPHASES);
export const SessionKind = z.enum(SESSIONS);
export const PainKind = z.enum(PAIN_KINDS);
export const RuleId = z.enum(RULE_IDS);
/** `calves` or `calves-left`. */
export const RegionRef = z.string().regex(/^[a-z-]+$/).max(40);

/** A record id in a path. */
export const Id = z.string().min(1).max(100);
export const IdParams = z.object({ id: Id });

/** Calendar day `YYYY-MM-DD`. */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a calendar day YYYY-MM-DD");
/** ISO 8601 instant. */
export const Instant = z.string().max(40);

/** A short free text (notes). */
export const Notes = z.string().max(2000);

/** Score 0-10. */
export const Score = z.number().min(0).max(10);

/** Query-string booleans as clients send them. */
export const QueryBool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Query-string whole number in a range. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const Ok = z.object({ ok: z.literal(true) });

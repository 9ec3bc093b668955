/**
 * Zod schemas shared by many routes: the error body, ids, dates and query helpers. The
 * vocabulary enums come from src/core/schemas, the one definition of every shape.
 */
import { z } from "zod";

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

export {
  Region,
  Side,
  Phase,
  Equipment,
  Pressure,
  RunType,
  Workout,
  Emphasis,
  SessionKind,
  PainKind,
  RuleId,
} from "../../core/schemas/vocabulary.js";
export { RegionRef } from "../../core/schemas/fields.js";

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
export const QueryBool = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

/** Query-string whole number in a range. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const Ok = z.object({ ok: z.literal(true) });

/**
 * Field schemas with the messages people read: each names what is allowed and what was
 * given ("must be a whole number 0-10, got 12"). `parseInput` (parse.ts) puts the field's
 * path in front. Numbers also arrive as digit strings from command-line flags, so the
 * number fields accept "6" as 6.
 */
import { z } from "zod";
import { allowed } from "../errors.js";
import { isCalendarDay, isClockTime, isInstant, isTimeZone } from "../time/calendar.js";
import { parseRegionRef, REGIONS, type RegionRef as RegionRefType } from "../vocabulary.js";

/**
 * A value as an error message shows it.
 *
 * @example
 * show(12); // "12"
 * show(JSON.parse("[".repeat(5000) + "]".repeat(5000))); // "a list"
 */
export function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === undefined) return "nothing";
  if (typeof v !== "object" || v === null) return String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    // Too deeply nested (or circular) to write out, and String() would recurse as deep:
    // say what kind of value it was.
    return Array.isArray(v) ? "a list" : "an object";
  }
}

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/**
 * A number, or a string of digits (a command-line flag), read as a number once `ok` holds
 * for it; the message shows the value as given.
 */
function numeric(message: (input: unknown) => string, ok: (n: number) => boolean) {
  return z
    .union([z.number(), z.string().regex(NUMERIC, { error: (iss) => message(iss.input) })], {
      error: (iss) => message(iss.input),
    })
    .refine((v) => ok(Number(v)), { error: (iss) => message(iss.input) })
    .transform(Number);
}

/**
 * A whole number in [min, max].
 *
 * @example
 * parseInput(wholeNumber(0, 10), 12, "stiffness"); // throws "stiffness: must be a whole number 0-10, got 12"
 */
export function wholeNumber(min: number, max: number) {
  return numeric(
    (v) => `must be a whole number ${min}-${max}, got ${show(v)}`,
    (n) => Number.isInteger(n) && n >= min && n <= max,
  );
}

/** A whole number in [min, max] as stored and sent (JSON numbers only): records, responses, restore. */
export function storedWholeNumber(min: number, max: number) {
  const message = (v: unknown) => `must be a whole number ${min}-${max}, got ${show(v)}`;
  return z
    .number({ error: (iss) => message(iss.input) })
    .int({ error: (iss) => message(iss.input) })
    .min(min, { error: (iss) => message(iss.input) })
    .max(max, { error: (iss) => message(iss.input) });
}

/** A number in [min, max] as stored and sent (JSON numbers only). */
export function storedNumber(min: number, max: number, unit = "") {
  const message = (v: unknown) =>
    `must be a number from ${min} to ${max}${unit ? ` ${unit}` : ""}, got ${show(v)}`;
  return z
    .number({ error: (iss) => message(iss.input) })
    .min(min, { error: (iss) => message(iss.input) })
    .max(max, { error: (iss) => message(iss.input) });
}

/** A finite number in [min, max], with its unit in the message. */
export function numberIn(min: number, max: number, unit = "") {
  return numeric(
    (v) => `must be a number from ${min} to ${max}${unit ? ` ${unit}` : ""}, got ${show(v)}`,
    (n) => Number.isFinite(n) && n >= min && n <= max,
  );
}

/** A finite number whose range depends on other fields (checked with the whole shape). */
export function finiteNumber() {
  return numeric((v) => `must be a number, got ${show(v)}`, Number.isFinite);
}

/** One value of an allowed list. */
export function oneOf<const T extends readonly [string, ...string[]]>(list: T) {
  return z.enum(list, { error: (iss) => `${show(iss.input)} is not ${allowed(list)}` });
}

const regionMessage = (v: unknown) =>
  `${show(v)} is not ${allowed(REGIONS)} (a side may follow, e.g. calves-left)`;

/** A region, optionally with a side: `calves` or `calves-left`. */
export const RegionRef = z
  .string({ error: (iss) => regionMessage(iss.input) })
  .max(40)
  .refine((v): v is RegionRefType => parseRegionRef(v) !== null, {
    error: (iss) => regionMessage(iss.input),
  });

/** A calendar day YYYY-MM-DD that exists. */
export const CalendarDay = z
  .string({ error: (iss) => `must be a calendar day YYYY-MM-DD, got ${show(iss.input)}` })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (iss) => `must be a calendar day YYYY-MM-DD, got ${show(iss.input)}`,
  })
  .refine(isCalendarDay, {
    error: (iss) => `must be a calendar day YYYY-MM-DD, got ${show(iss.input)}`,
  });

function instantMessage(v: unknown): string {
  const day = typeof v === "string" ? /^(\d{4}-\d{2}-\d{2})T/.exec(v)?.[1] : undefined;
  if (day !== undefined && !isCalendarDay(day))
    return `must be a date-time on a day that exists (${day} does not), got ${show(v)}`;
  return `must be an ISO 8601 date-time with a zone, e.g. 2026-11-20T07:30:00Z, got ${show(v)}`;
}

/**
 * An ISO 8601 instant with a zone as stored and sent (no normalising: records, responses),
 * on a day and at a time that exist.
 */
export const StoredInstant = z
  .string({ error: (iss) => instantMessage(iss.input) })
  .max(40)
  .refine(isInstant, {
    error: (iss) => instantMessage(iss.input),
  });

/** An ISO 8601 instant with a zone (Z or an offset) that exists; read as UTC with Z. */
export const Instant = z
  .string({ error: (iss) => instantMessage(iss.input) })
  .max(40)
  .refine(isInstant, {
    error: (iss) => instantMessage(iss.input),
  })
  .transform((v) => new Date(Date.parse(v)).toISOString());

/** An IANA time zone name the runtime knows. */
export const TimeZone = z
  .string({
    error: (iss) =>
      `must be an IANA time zone such as Europe/Berlin or UTC, got ${show(iss.input)}`,
  })
  .max(64)
  .refine(isTimeZone, {
    error: (iss) =>
      `must be an IANA time zone such as Europe/Berlin or UTC, got ${show(iss.input)}`,
  });

/** "HH:MM", 24-hour clock. */
export const ClockTime = z
  .string({ error: (iss) => `must be a time HH:MM (24-hour), got ${show(iss.input)}` })
  .refine(isClockTime, {
    error: (iss) => `must be a time HH:MM (24-hour), got ${show(iss.input)}`,
  });

/** Text of at most `max` characters, trimmed; empty becomes undefined. */
export function text(max = 2000) {
  return z
    .string({ error: (iss) => `must be text, got ${show(iss.input)}` })
    .transform((s) => s.trim())
    .refine((s) => s.length <= max, {
      error: (iss) => `must be at most ${max} characters, got ${String(iss.input).length}`,
    })
    .transform((s) => (s === "" ? undefined : s));
}

/** A list of short texts (empty entries dropped). */
export function textList(maxItems = 50, maxLength = 200) {
  return z
    .array(text(maxLength), { error: (iss) => `must be a list of texts, got ${show(iss.input)}` })
    .max(maxItems, {
      error: (iss) =>
        `must have at most ${maxItems} entries, got ${(iss.input as unknown[]).length}`,
    })
    .transform((l) => l.filter((s): s is string => s !== undefined));
}

/** A boolean (true/false, or "yes"/"no"/"true"/"false" from a flag). */
export const YesNo = z.union(
  [
    z.boolean(),
    z.enum(["yes", "no", "true", "false"]).transform((v) => v === "yes" || v === "true"),
  ],
  {
    error: (iss) => `must be yes or no, got ${show(iss.input)}`,
  },
);

/**
 * An object of fields whose own problems name them; anything else is "must be an object".
 * `what` describes it in the OpenAPI document.
 *
 * @example
 * const Body = object({ minutes: wholeNumber(1, 120) }, "a session's length");
 * parseInput(Body, 5); // throws "input: must be an object, got 5"
 */
export function object<T extends z.core.$ZodLooseShape>(shape: T, what?: string) {
  const schema = z.object(shape, { error: (iss) => `must be an object, got ${show(iss.input)}` });
  return what === undefined ? schema : schema.meta({ description: what });
}

/** An id of a stored record. */
export const Id = z.string({ error: "is required" }).min(1, { error: "is required" }).max(100);

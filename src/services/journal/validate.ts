/**
 * Field checks shared by the journal services. Each returns the clean value or throws an
 * InputError that names the field and says what is allowed, e.g.
 * `stiffness: must be a whole number 0-10, got 12`.
 */
import { InputError, allowed } from "../../core/errors.js";
import { REGIONS, parseRegionRef, type Region, type Side } from "../../core/vocabulary.js";

function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === undefined) return "nothing";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Reads a number from a number or a numeric string (CLI flags arrive as strings). */
function toNumber(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "") return Number(v);
  return Number.NaN;
}

/**
 * A whole number in [min, max].
 *
 * @example
 * wholeNumber("stiffness", "6", 0, 10); // 6
 * wholeNumber("stiffness", 12, 0, 10); // throws "stiffness: must be a whole number 0-10, got 12"
 */
export function wholeNumber(field: string, v: unknown, min: number, max: number): number {
  const n = toNumber(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(field, `must be a whole number ${min}-${max}, got ${show(v)}`);
  }
  return n;
}

/** A finite number in [min, max]. */
export function numberIn(field: string, v: unknown, min: number, max: number, unit = ""): number {
  const n = toNumber(v);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new InputError(field, `must be a number from ${min} to ${max}${unit ? " " + unit : ""}, got ${show(v)}`);
  }
  return n;
}

/** One value of an allowed list. */
export function oneOf<T extends string>(field: string, v: unknown, list: readonly T[]): T {
  if (typeof v === "string" && (list as readonly string[]).includes(v)) return v as T;
  throw new InputError(field, `${show(v)} is not ${allowed(list)}`);
}

/** A region, optionally with a side: `calves` or `calves-left`. */
export function regionRef(field: string, v: unknown): { region: Region; side?: Side } {
  const parsed = typeof v === "string" ? parseRegionRef(v) : null;
  if (!parsed) {
    throw new InputError(
      field,
      `${show(v)} is not ${allowed(REGIONS)} (a side may follow, e.g. calves-left)`,
    );
  }
  return parsed;
}

/** A calendar day YYYY-MM-DD that exists. */
export function calendarDay(field: string, v: unknown): string {
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v) return v;
  }
  throw new InputError(field, `must be a calendar day YYYY-MM-DD, got ${show(v)}`);
}

/** An ISO 8601 instant with a zone (Z or an offset); returned normalised to UTC with Z. */
export function isoInstant(field: string, v: unknown): string {
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  throw new InputError(field, `must be an ISO 8601 date-time with a zone, e.g. 2026-11-20T07:30:00Z, got ${show(v)}`);
}

/** An IANA time zone name the runtime knows. */
export function timeZone(field: string, v: unknown): string {
  if (typeof v === "string" && v.length > 0) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: v });
      return v;
    } catch {
      // fall through to the error
    }
  }
  throw new InputError(field, `must be an IANA time zone such as Europe/Berlin or UTC, got ${show(v)}`);
}

/** "HH:MM", 24-hour clock. */
export function clockTime(field: string, v: unknown): string {
  if (typeof v === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(v)) return v;
  throw new InputError(field, `must be a time HH:MM (24-hour), got ${show(v)}`);
}

/** Text of at most `max` characters (trimmed); empty becomes undefined. */
export function text(field: string, v: unknown, max = 2000): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw new InputError(field, `must be text, got ${show(v)}`);
  const s = v.trim();
  if (s.length > max) throw new InputError(field, `must be at most ${max} characters, got ${s.length}`);
  return s === "" ? undefined : s;
}

/** A list of short texts. */
export function textList(field: string, v: unknown, maxItems = 50): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new InputError(field, `must be a list of texts, got ${show(v)}`);
  if (v.length > maxItems) throw new InputError(field, `must have at most ${maxItems} entries, got ${v.length}`);
  return v.map((x, i) => text(`${field}[${i}]`, x, 200)).filter((x): x is string => x !== undefined);
}

/** A boolean (true/false, or "yes"/"no"/"true"/"false" from a flag). */
export function yesNo(field: string, v: unknown): boolean {
  if (typeof v === "boolean") return v;
  if (v === "yes" || v === "true") return true;
  if (v === "no" || v === "false") return false;
  throw new InputError(field, `must be yes or no, got ${show(v)}`);
}

/** A plain object (for documents and API bodies). */
export function record(field: string, v: unknown): Record<string, unknown> {
  if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  throw new InputError(field, `must be an object, got ${show(v)}`);
}

/** A list. */
export function list(field: string, v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  throw new InputError(field, `must be a list, got ${show(v)}`);
}

/** Optional: undefined/null pass as undefined, anything else goes through `check`. */
export function optional<T>(v: unknown, check: (v: unknown) => T): T | undefined {
  return v === undefined || v === null ? undefined : check(v);
}

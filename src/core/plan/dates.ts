/**
 * Calendar arithmetic for the planner and insights. Calendar days are `YYYY-MM-DD` strings
 * in the runner's time zone (DESIGN.md); instants are ISO strings with `Z`. Day arithmetic
 * works on the calendar label itself (via UTC), so it never drifts across DST changes.
 */
import { TZDate } from "@date-fns/tz";
import { InputError } from "../errors.js";

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Throws an InputError unless `value` is a real calendar day `YYYY-MM-DD`. */
export function assertDate(field: string, value: string): void {
  const m = DATE_RE.exec(value);
  const ok = m !== null && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new InputError(field, `must be a calendar day YYYY-MM-DD, got "${value}"`);
}

/** Throws an InputError unless `value` is a 24-hour clock time `HH:MM`. */
export function assertTime(field: string, value: string): void {
  if (!TIME_RE.test(value))
    throw new InputError(field, `must be a time HH:MM (00:00-23:59), got "${value}"`);
}

/** Throws an InputError unless `zone` is an IANA time zone this runtime knows. */
export function assertTimeZone(field: string, zone: string): void {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    throw new InputError(field, `must be an IANA time zone such as "Europe/Berlin", got "${zone}"`);
  }
}

/**
 * Adds whole calendar days to a day label.
 *
 * @example
 * addDays("2026-03-28", 2); // "2026-03-30"
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** English weekday name of a day label. */
export function weekdayName(date: string): string {
  return WEEKDAY_NAMES[weekdayOf(date)] ?? "";
}

/**
 * The first day of the week that holds `date`, weeks starting on `weekStartsOn` (1 = Monday).
 *
 * @example
 * weekStartOf("2026-11-22", 1); // "2026-11-16" (a Sunday belongs to the week of Monday 16th)
 */
export function weekStartOf(date: string, weekStartsOn: number): string {
  const back = (weekdayOf(date) - weekStartsOn + 7) % 7;
  return addDays(date, -back);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone and UTC day: the UTC offset in minutes when it holds all day, null on a change day. */
const dayOffsets = new Map<string, Map<number, number | null>>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function exactOffset(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms))
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/**
 * UTC offset (minutes) of `timeZone` at an instant. Offsets are looked up once per UTC day
 * and zone (the runtime's zone data is slow to ask), exactly only on days with a change.
 */
export function offsetMinutes(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY_MS);
  let zone = dayOffsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    dayOffsets.set(timeZone, zone);
  }
  let v = zone.get(day);
  if (v === undefined) {
    const start = exactOffset(day * DAY_MS, timeZone);
    v = start === exactOffset((day + 1) * DAY_MS - 60_000, timeZone) ? start : null;
    zone.set(day, v);
  }
  return v ?? exactOffset(ms, timeZone);
}

function wallClock(instant: string | number, timeZone: string): string {
  const ms = typeof instant === "number" ? instant : Date.parse(instant);
  return new Date(ms + offsetMinutes(ms, timeZone) * 60_000).toISOString();
}

/** The calendar day an instant falls on in `timeZone`. */
export function localDate(instant: string | number, timeZone: string): string {
  return wallClock(instant, timeZone).slice(0, 10);
}

/** The wall-clock time "HH:MM" of an instant in `timeZone`. */
export function localTime(instant: string | number, timeZone: string): string {
  return wallClock(instant, timeZone).slice(11, 16);
}

/** The instant (ms since epoch) of a wall-clock time on a calendar day in `timeZone`. */
export function instantOf(date: string, time: string, timeZone: string): number {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  return new TZDate(y, mo - 1, d, h, mi, timeZone).getTime();
}

/** Minutes since midnight of "HH:MM". */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** "HH:MM" of minutes since midnight, clamped to the same day. */
export function timeOfMinutes(minutes: number): string {
  const m = Math.max(0, Math.min(23 * 60 + 59, Math.round(minutes)));
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

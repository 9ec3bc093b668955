/**
 * Calendar time, once for every layer. Calendar days are `YYYY-MM-DD` labels in the runner's
 * time zone (DESIGN.md); instants are ISO strings with `Z` (or epoch milliseconds). Day
 * arithmetic works on the label itself (via UTC), so it never drifts across DST changes.
 * The server, the CLI and the offline app all ask this module which day it is, with the
 * profile's zone, so they agree on "today".
 */
import { TZDate } from "@date-fns/tz";
import { InputError } from "../errors.js";

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INSTANT_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;
const OFFSET_RE = /^([+-])(\d\d):?(\d\d)$/;

/** An instant as callers hold it: a Date, epoch milliseconds or an ISO string. */
export type InstantLike = Date | number | string;

function ms(at: InstantLike): number {
  return typeof at === "number" ? at : typeof at === "string" ? Date.parse(at) : at.getTime();
}

/** True for a real calendar day `YYYY-MM-DD` (not 2026-02-30, 2026-13-01 or 2026-12-32). */
export function isCalendarDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Days in month `month` (1-12) of `year`, Gregorian leap years. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True for an ISO 8601 instant with a zone (`Z` or an offset) whose date and time exist:
 * 2026-02-30T10:00:00Z and 2026-03-01T24:00:00Z are not instants (Date.parse would read
 * them as 2026-03-02 and 2026-03-02T00:00).
 */
export function isInstant(value: string): boolean {
  const m = INSTANT_RE.exec(value);
  return m !== null && isCalendarDay(m[1]!) && !Number.isNaN(Date.parse(value));
}

/** True for a 24-hour clock time `HH:MM`. */
export function isClockTime(value: string): boolean {
  return TIME_RE.test(value);
}

/** True for an IANA time zone this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Throws an InputError unless `value` is a real calendar day `YYYY-MM-DD`. */
export function assertDate(field: string, value: string): void {
  if (!isCalendarDay(value))
    throw new InputError(field, `must be a calendar day YYYY-MM-DD, got "${value}"`);
}

/** Throws an InputError unless `value` is a 24-hour clock time `HH:MM`. */
export function assertTime(field: string, value: string): void {
  if (!isClockTime(value))
    throw new InputError(field, `must be a time HH:MM (00:00-23:59), got "${value}"`);
}

/** Throws an InputError unless `zone` is an IANA time zone this runtime knows. */
export function assertTimeZone(field: string, zone: string): void {
  if (!isTimeZone(zone))
    throw new InputError(field, `must be an IANA time zone such as "Europe/Berlin", got "${zone}"`);
}

/**
 * The device's own time zone: the fallback for a journal with no profile yet. Only the
 * edges (services, CLI, web app) call it; every decision in core takes the zone as an
 * argument.
 */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/**
 * Adds whole calendar days to a day label.
 *
 * @example
 * addDays("2026-03-28", 2); // "2026-03-30"
 */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween("2026-11-01", "2026-11-29"); // 28
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
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
export function weekdayName(day: string): string {
  return WEEKDAY_NAMES[weekdayOf(day)] ?? "";
}

const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** Days either side of the reading day within which a day label needs no year. */
const LABEL_WITHOUT_YEAR_DAYS = 180;

/**
 * A day label as people read it: short weekday, day of the month, short month. Given the day
 * it is read beside (`near`: today, or the other end of a comparison), the year is added when
 * the two are more than about six months apart, where "Mon 3 Mar" could be either year.
 *
 * @example
 * dayLabel("2026-12-05"); // "Sat 5 Dec"
 * dayLabel("2025-03-03", "2026-12-05"); // "Mon 3 Mar 2025"
 */
export function dayLabel(day: string, near?: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const label = `${weekdayName(day).slice(0, 3)} ${d} ${MONTH_NAMES[m - 1] ?? ""}`;
  const far = near !== undefined && Math.abs(daysBetween(day, near)) > LABEL_WITHOUT_YEAR_DAYS;
  return far ? `${label} ${y}` : label;
}

/**
 * The first day of the week that holds `day`, weeks starting on `weekStartsOn` (1 = Monday).
 *
 * @example
 * weekStartOf("2026-11-22", 1); // "2026-11-16" (a Sunday belongs to the week of Monday 16th)
 */
export function weekStartOf(day: string, weekStartsOn: number): string {
  const back = (weekdayOf(day) - weekStartsOn + 7) % 7;
  return addDays(day, -back);
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

function exactOffset(t: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(t))
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return Math.round((wall - Math.floor(t / 60_000) * 60_000) / 60_000);
}

/**
 * Fills the seven UTC days from `first` with their offsets. Zones change their offset at
 * most twice a year, never twice in a week, so a week whose first and last minute share an
 * offset holds it all week: two lookups instead of fourteen. A week with a change is
 * looked up day by day.
 */
function fillWeek(zone: Map<number, number | null>, first: number, timeZone: string): void {
  const start = exactOffset(first * DAY_MS, timeZone);
  if (start === exactOffset((first + 7) * DAY_MS - 60_000, timeZone)) {
    for (let d = first; d < first + 7; d++) zone.set(d, start);
    return;
  }
  for (let d = first; d < first + 7; d++) {
    const s = exactOffset(d * DAY_MS, timeZone);
    zone.set(d, s === exactOffset((d + 1) * DAY_MS - 60_000, timeZone) ? s : null);
  }
}

/**
 * UTC offset (minutes) of `timeZone` (an IANA name or a fixed "+01:00" offset) at an
 * instant. Offsets are looked up once per UTC week and zone (the runtime's zone data is
 * slow to ask; see fillWeek), exactly only on days with a change.
 */
export function offsetMinutes(at: InstantLike, timeZone: string): number {
  const fixed = OFFSET_RE.exec(timeZone);
  if (fixed) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  const t = ms(at);
  const day = Math.floor(t / DAY_MS);
  let zone = dayOffsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    dayOffsets.set(timeZone, zone);
  }
  let v = zone.get(day);
  if (v === undefined) {
    fillWeek(zone, day - (((day % 7) + 7) % 7), timeZone);
    v = zone.get(day)!;
  }
  return v ?? exactOffset(t, timeZone);
}

function wallClock(at: InstantLike, timeZone: string): string {
  const t = ms(at);
  return new Date(t + offsetMinutes(t, timeZone) * 60_000).toISOString();
}

/**
 * The calendar day an instant falls on in `timeZone`.
 *
 * @example
 * localDay("2026-11-20T23:30:00Z", "Europe/Berlin"); // "2026-11-21"
 */
export function localDay(at: InstantLike, timeZone: string): string {
  return wallClock(at, timeZone).slice(0, 10);
}

/**
 * The wall-clock time "HH:MM" of an instant in `timeZone`.
 *
 * @example
 * localTime("2026-03-29T01:00:00Z", "Europe/Berlin"); // "03:00"
 */
export function localTime(at: InstantLike, timeZone: string): string {
  return wallClock(at, timeZone).slice(11, 16);
}

/**
 * The instant (ms since epoch) of a wall-clock time on a calendar day in `timeZone`.
 *
 * @example
 * new Date(instantOf("2026-07-01", "12:00", "America/New_York")).toISOString(); // "2026-07-01T16:00:00.000Z"
 */
export function instantOf(day: string, time: string, timeZone: string): number {
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  const fixed = OFFSET_RE.exec(timeZone);
  if (fixed) return Date.UTC(y, mo - 1, d, h, mi) - offsetMinutes(0, timeZone) * 60_000;
  return new TZDate(y, mo - 1, d, h, mi, timeZone).getTime();
}

/**
 * The instants [from, to) that make up calendar day `day` in `timeZone`, as ISO UTC text.
 *
 * @example
 * dayBounds("2026-11-20", "Europe/Berlin"); // { from: "2026-11-19T23:00:00.000Z", to: "2026-11-20T23:00:00.000Z" }
 */
export function dayBounds(day: string, timeZone: string): { from: string; to: string } {
  return {
    from: new Date(instantOf(day, "00:00", timeZone)).toISOString(),
    to: new Date(instantOf(addDays(day, 1), "00:00", timeZone)).toISOString(),
  };
}

/**
 * Noon of `day` in `timeZone`, as an ISO UTC instant (the time of an entry given as a day only).
 *
 * @example
 * localNoon("2026-07-01", "America/New_York"); // "2026-07-01T16:00:00.000Z"
 */
export function localNoon(day: string, timeZone: string): string {
  return new Date(instantOf(day, "12:00", timeZone)).toISOString();
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

/**
 * Calendar days in the runner's time zone (DESIGN.md: dates are calendar days in the
 * user's time zone). Uses TZDate from @date-fns/tz only: the date-fns index loads hundreds
 * of modules, which a CLI call would pay for at every start.
 */
import { TZDate } from "@date-fns/tz";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`.
 *
 * @example
 * localDay(new Date("2026-11-20T23:30:00Z"), "Europe/Berlin"); // "2026-11-21"
 */
export function localDay(at: Date, timeZone: string): string {
  const d = new TZDate(at.getTime(), timeZone);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function parts(day: string): [number, number, number] {
  return day.split("-").map(Number) as [number, number, number];
}

/**
 * The instants [from, to) that make up calendar day `day` in `timeZone`, as ISO UTC text.
 *
 * @example
 * dayBounds("2026-11-20", "Europe/Berlin"); // { from: "2026-11-19T23:00:00.000Z", to: "2026-11-20T23:00:00.000Z" }
 */
export function dayBounds(day: string, timeZone: string): { from: string; to: string } {
  const [y, m, d] = parts(day);
  const start = new TZDate(y, m - 1, d, timeZone);
  const end = new TZDate(y, m - 1, d + 1, timeZone);
  return { from: new Date(start.getTime()).toISOString(), to: new Date(end.getTime()).toISOString() };
}

/** Noon of `day` in `timeZone`, as an ISO UTC instant (a day-only entry's time). */
export function localNoon(day: string, timeZone: string): string {
  const [y, m, d] = parts(day);
  return new Date(new TZDate(y, m - 1, d, 12, 0, timeZone).getTime()).toISOString();
}

/** The system's time zone, the default for a journal without a profile. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

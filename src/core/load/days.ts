/** Calendar days as "YYYY-MM-DD" in the runner's time zone, and plain day arithmetic. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of an instant in a time zone (IANA name or "+01:00" offset).
 *
 * @example
 * dayKey("2024-03-10T23:30:00Z", "Europe/Berlin"); // "2024-03-11"
 */
export function dayKey(instant: string | Date, timeZone: string): string {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  const offset = timeZone.match(/^([+-])(\d\d):?(\d\d)$/);
  if (offset) {
    const sign = offset[1] === "-" ? -1 : 1;
    const ms = sign * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000;
    return new Date(d.getTime() + ms).toISOString().slice(0, 10);
  }
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f.format(d);
}

/** The day `n` days after `day` (negative goes back). */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

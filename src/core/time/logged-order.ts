/**
 * The order of dated records (body checks, range-of-motion tests): by the day they are for,
 * then by when they were logged, so the newest word on a day is the last one the runner
 * gave. Logged instants are compared as instants, since an imported journal may hold them
 * with an offset ("2026-11-23T08:00:00+02:00" comes before "2026-11-23T07:00:00Z").
 *
 * @example
 * checks.sort(byDayThenLogged); // oldest day first; on one day, first logged first
 */
export function byDayThenLogged(
  a: { date: string; createdAt: string },
  b: { date: string; createdAt: string },
): number {
  return a.date.localeCompare(b.date) || Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

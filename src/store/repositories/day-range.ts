/**
 * The day-range listing the dated journal tables share (body checks, ROM tests, run comfort):
 * rows whose `date` lies in [from, to], oldest first, or only the newest N (still returned
 * oldest first). Ties on a day are broken by when the row was recorded, then by id, so both
 * engines return the same order.
 *
 * @example
 * const rows = await inDayRange(db.selectFrom("rom_tests").selectAll().where("user_id", "=", u), { newest: 5 });
 */
import { sql, type SelectQueryBuilder } from "kysely";

export interface DayRange {
  /** First calendar day (YYYY-MM-DD), inclusive. */
  from?: string;
  /** Last calendar day, inclusive. */
  to?: string;
  /** Only the newest this many (still returned oldest first). */
  newest?: number;
}

/** Runs `q` (a select over a table with `date`, `created_at` and `id`) limited to `range`. */
export async function inDayRange<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  range: DayRange,
): Promise<O[]> {
  const date = sql.ref<string>("date");
  const created = sql.ref<string>("created_at");
  const id = sql.ref<string>("id");
  let q = query;
  if (range.from) q = q.where(date, ">=", range.from);
  if (range.to) q = q.where(date, "<=", range.to);
  if (range.newest === undefined) return q.orderBy(date).orderBy(created).orderBy(id).execute();
  const newest = await q
    .orderBy(date, "desc")
    .orderBy(created, "desc")
    .orderBy(id, "desc")
    .limit(range.newest)
    .execute();
  return newest.reverse();
}

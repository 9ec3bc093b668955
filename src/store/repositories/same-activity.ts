/**
 * Finding the stored copies of an activity, in any table that keeps an activity's key (the
 * runs themselves, and the runs the runner deleted): the same file and index inside it, or
 * the same activity from another file by the rule in core (`isSameActivity`). Each table
 * says how it is searched; the order of the searches and the rule are written only here, so
 * an import recognises a run it already holds and a run the runner deleted alike.
 *
 * @example
 * const [dup] = await findSameActivity(row, {
 *   sameFile: (hash, index) => runsFromFile(hash, index),
 *   nearStart: (sport, from, to) => runsStartingBetween(sport, from, to),
 * });
 */
import { sql } from "kysely";
import { duplicateStartWindow, isSameActivity } from "../../core/journal/duplicate-run.js";
import type { RunRow } from "../schema.js";

/** What identifies an activity: its file and index, and sport, start and distance. */
export type ActivityKeyColumns = Pick<
  RunRow,
  "sport" | "start_time" | "distance_meters" | "source_file_hash" | "source_index"
>;

/** The index inside the file as both engines compare it: a file of one activity has none. */
export const SOURCE_INDEX = sql<number>`COALESCE(source_index, -1)`;

/** The value `SOURCE_INDEX` is compared with for `row`. */
export function sourceIndexKey(row: Pick<RunRow, "source_index">): number {
  return row.source_index ?? -1;
}

/** How one table is searched for an activity's stored copies (inside the write transaction). */
export interface ActivitySearch<T> {
  /** Rows from the file with this hash, at this index inside it (`SOURCE_INDEX`). */
  sameFile(hash: string, index: number): Promise<T[]>;
  /** Rows of this sport starting in [from, to] (ISO instants), oldest first. */
  nearStart(
    sport: string,
    from: string,
    to: string,
  ): Promise<(T & Pick<RunRow, "sport" | "start_time" | "distance_meters">)[]>;
}

/**
 * The rows of a table that are the same activity as `row`: first those from the same file
 * and index, then those starting near it that `isSameActivity` accepts. With `all` false
 * (the default) it stops at the first found, so the usual case costs one query.
 * `fileOnly` skips the second search (a planned run matches only its own calendar event).
 */
export async function findSameActivity<T extends { id: string }>(
  row: ActivityKeyColumns,
  search: ActivitySearch<T>,
  opts: { all?: boolean; fileOnly?: boolean } = {},
): Promise<T[]> {
  const found: T[] = [];
  if (row.source_file_hash !== null) {
    found.push(...(await search.sameFile(row.source_file_hash, sourceIndexKey(row))));
    if (found.length > 0 && !opts.all) return found.slice(0, 1);
  }
  if (opts.fileOnly) return found;
  // The rule itself lives in core (isSameActivity); here only the search window.
  const { from, to } = duplicateStartWindow(row.start_time);
  const key = { sport: row.sport, startTime: row.start_time, distanceMeters: row.distance_meters };
  for (const n of await search.nearStart(row.sport, from, to)) {
    const same = isSameActivity(key, {
      sport: n.sport,
      startTime: n.start_time,
      distanceMeters: n.distance_meters,
    });
    if (same && !found.some((f) => f.id === n.id)) {
      found.push(n);
      if (!opts.all) break;
    }
  }
  return found;
}

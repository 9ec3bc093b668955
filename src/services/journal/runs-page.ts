/**
 * One page of the runs list: runs, cross-training (rides, swims, anything not a run) or
 * both, newest first, so a journal with years of imported activities lists quickly.
 *
 * @example
 * pageRuns(newestFirst, { sport: "run", limit: 50, offset: 0 }); // { runs: [...50], total: 673 }
 */
import type { RunRecord } from "../../core/journal/types.js";
import { runsRepository, type Database } from "../../store/index.js";

export type SportFilter = "run" | "cross";

export interface RunsPage {
  runs: RunRecord[];
  /** Matching activities before paging. */
  total: number;
}

/** Filters by sport and cuts one page; `limit` absent means every match. */
export function pageRuns(
  runs: readonly RunRecord[],
  q: { sport?: SportFilter; limit?: number; offset?: number },
): RunsPage {
  const matching =
    q.sport === undefined
      ? runs
      : runs.filter((r) => (r.activity.sport === "run") === (q.sport === "run"));
  const offset = q.offset ?? 0;
  return {
    runs: matching.slice(offset, q.limit === undefined ? undefined : offset + q.limit),
    total: matching.length,
  };
}

/**
 * One page of the runner's activities read from the store (limit and offset in the query),
 * newest first, with the number of matches: the same page as `pageRuns` over every run, at
 * a cost that does not grow with the journal's length.
 *
 * @example
 * await runsPage(database, userId, { sport: "run", limit: 50 }); // { runs: [...50], total: 673 }
 */
export async function runsPage(
  database: Database,
  userId: string,
  q: { from?: string; to?: string; sport?: SportFilter; limit?: number; offset?: number } = {},
): Promise<RunsPage> {
  return runsRepository(database).pageRuns(userId, q);
}

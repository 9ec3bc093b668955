/**
 * The imported runs a runner deleted (a GPS glitch, someone else's run on their watch, a
 * walk recorded as a run), remembered by what identifies the activity so that importing the
 * same export again leaves them out instead of bringing their load back. Only runs that came
 * from a file are remembered: entering a run by hand again is deliberate. The runs
 * repository writes and reads these inside its own transactions (deleteRun, insertRun).
 *
 * @example
 * const deleted = deletedRunsRepository(tx);
 * await deleted.remember(userId, row, now.toISOString()); // true: it came from a file
 * (await deleted.find(userId, sameRunAgain))?.deleted_at; // "2026-11-21T08:00:00.000Z"
 * await deleted.forget(userId, sameRunAgain); // 1: the next import stores it again
 */
import type { Database } from "../db.js";
import type { DeletedRunRow, RunRow } from "../schema.js";
import { newId } from "./rows.js";
import {
  findSameActivity,
  SOURCE_INDEX,
  type ActivityKeyColumns,
  type ActivitySearch,
} from "./same-activity.js";

/** A run as the check reads it: its activity key and whether it is planned. */
export type RunKey = ActivityKeyColumns & Pick<RunRow, "planned">;

/** Only done runs from a file are remembered and checked (planned ones are calendar events). */
function fromFile(row: RunKey): row is RunKey & { source_file_hash: string } {
  return row.source_file_hash !== null && row.planned !== 1;
}

export function deletedRunsRepository(database: Database) {
  const { db } = database;

  function search(userId: string): ActivitySearch<DeletedRunRow> {
    return {
      sameFile: (hash, index) =>
        db
          .selectFrom("deleted_runs")
          .selectAll()
          .where("user_id", "=", userId)
          .where("source_file_hash", "=", hash)
          .where(SOURCE_INDEX, "=", index)
          .orderBy("deleted_at", "desc")
          .execute(),
      nearStart: (sport, from, to) =>
        db
          .selectFrom("deleted_runs")
          .selectAll()
          .where("user_id", "=", userId)
          .where("sport", "=", sport)
          .where("start_time", ">=", from)
          .where("start_time", "<=", to)
          .orderBy("start_time")
          .execute(),
    };
  }

  return {
    /**
     * Remembers that the runner deleted `row`, when it came from a file; false (nothing
     * kept) for a run entered by hand or a planned one.
     */
    async remember(userId: string, row: RunKey, deletedAt: string): Promise<boolean> {
      if (!fromFile(row)) return false;
      await db
        .insertInto("deleted_runs")
        .values({
          id: newId(),
          user_id: userId,
          source_file_hash: row.source_file_hash,
          source_index: row.source_index,
          sport: row.sport,
          start_time: row.start_time,
          distance_meters: row.distance_meters,
          deleted_at: deletedAt,
        })
        .execute();
      return true;
    },

    /** The remembered deletion `row` is the activity of, if the runner deleted it before. */
    async find(userId: string, row: RunKey): Promise<DeletedRunRow | undefined> {
      if (!fromFile(row)) return undefined;
      const [found] = await findSameActivity(row, search(userId));
      return found;
    },

    /** Forgets every remembered deletion of `row`'s activity; returns how many there were. */
    async forget(userId: string, row: RunKey): Promise<number> {
      if (!fromFile(row)) return 0;
      const ids = (await findSameActivity(row, search(userId), { all: true })).map((d) => d.id);
      if (ids.length === 0) return 0;
      await db
        .deleteFrom("deleted_runs")
        .where("user_id", "=", userId)
        .where("id", "in", ids)
        .execute();
      return ids.length;
    },
  };
}

export type DeletedRunsRepository = ReturnType<typeof deletedRunsRepository>;

/**
 * Next-run comfort ratings (P7).
 *
 * @example
 * await runComfortRepository(database).insertRunComfort(userId, { id, date, comfort: 8, createdAt });
 */
import type { RunComfort } from "../../core/journal/types.js";
import type { Database } from "../db.js";
import type { RunComfortRow } from "../schema.js";
import { inDayRange, type DayRange } from "./day-range.js";
import { compact, opt, orNull } from "./rows.js";

export function rowToRunComfort(r: RunComfortRow): RunComfort {
  return compact<RunComfort>({
    id: r.id,
    date: r.date,
    runId: opt(r.run_id),
    comfort: r.comfort,
    notes: opt(r.notes),
    createdAt: r.created_at,
  });
}

export function runComfortRepository(database: Database) {
  const { db } = database;
  return {
    async insertRunComfort(userId: string, c: RunComfort): Promise<void> {
      await db
        .insertInto("run_comfort")
        .values({
          id: c.id,
          user_id: userId,
          date: c.date,
          run_id: orNull(c.runId),
          comfort: c.comfort,
          notes: orNull(c.notes),
          created_at: c.createdAt,
        })
        .execute();
    },

    /** Ratings in a day range, oldest first. */
    async listRunComfort(userId: string, range: DayRange = {}): Promise<RunComfort[]> {
      const rows = await inDayRange(
        db.selectFrom("run_comfort").selectAll().where("user_id", "=", userId),
        range,
      );
      return rows.map(rowToRunComfort);
    },
  };
}

export type RunComfortRepository = ReturnType<typeof runComfortRepository>;

/**
 * Whole-journal operations on one user's rows: how much is stored, and erasing it all.
 *
 * @example
 * const journal = journalRepository(database);
 * if ((await journal.countRows(userId)).total > 0) ...
 * await journal.deleteJournal(userId); // one transaction
 */
import type { Database } from "../db.js";
import type { Schema } from "../schema.js";
import { withTransaction } from "../transaction.js";

/** Journal tables in delete order (children before parents). */
export const JOURNAL_TABLES = [
  "run_comfort",
  "session_items",
  "sessions",
  "body_check_entries",
  "body_checks",
  "rom_tests",
  "pain_flags",
  "runs",
  "profiles",
] as const satisfies readonly (keyof Schema)[];

export type JournalTable = (typeof JOURNAL_TABLES)[number];

export function journalRepository(database: Database) {
  return {
    /** Rows per journal table for the user, plus the total. */
    async countRows(userId: string): Promise<Record<JournalTable, number> & { total: number }> {
      const counts = { total: 0 } as Record<JournalTable, number> & { total: number };
      for (const table of JOURNAL_TABLES) {
        const r = await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("user_id", "=", userId)
          .executeTakeFirst();
        counts[table] = Number(r?.n ?? 0);
        counts.total += counts[table];
      }
      return counts;
    },

    /**
     * Deletes every journal row of the user in one transaction; with `user: true` the user
     * row goes too (tables other parts add reference users with ON DELETE CASCADE). The
     * rows kept beside the journal go with it: the load baselines and the runs the runner
     * deleted (not counted by `countRows`, they are no records of the runner's own).
     */
    async deleteJournal(userId: string, opts: { user?: boolean } = {}): Promise<void> {
      await withTransaction(database, async (tx) => {
        // derived from the runs (migration 0006), so it goes with them
        await tx.db.deleteFrom("load_baselines").where("user_id", "=", userId).execute();
        // what identifies the runs they deleted (migration 0012) still says what they ran
        await tx.db.deleteFrom("deleted_runs").where("user_id", "=", userId).execute();
        for (const table of JOURNAL_TABLES) {
          await tx.db.deleteFrom(table).where("user_id", "=", userId).execute();
        }
        if (opts.user) await tx.db.deleteFrom("users").where("id", "=", userId).execute();
      });
    },
  };
}

export type JournalRepository = ReturnType<typeof journalRepository>;

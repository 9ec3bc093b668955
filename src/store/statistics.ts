/**
 * Planner statistics. Without them SQLite guesses how selective each index is and chose to
 * scan every session item for history, week and insights (ANALYZE on a copy of a 20-year
 * journal took `history` from 26 to 5.8 ms). SQLite's `PRAGMA optimize` analyses only the
 * tables whose statistics are missing or out of date, within a bounded number of rows, so
 * it is cheap enough to run on close and after migrations. PostgreSQL's autovacuum analyses
 * on its own schedule; an explicit ANALYZE after a bulk load plans the next queries well
 * at once.
 *
 * @example
 * await importEverything(database);
 * await refreshStatistics(database.db, database.dialect); // after a large import or restore
 */
import { sql, type Kysely } from "kysely";
import type { Dialect } from "./migrations/index.js";
import type { Schema } from "./schema.js";

/**
 * Refreshes the planner's statistics: `PRAGMA optimize` on SQLite, `ANALYZE` of the current
 * schema's tables on PostgreSQL. Never throws: statistics are an optimisation, and a busy
 * database must not turn a finished import into an error.
 *
 * @example
 * await refreshStatistics(database.db, "sqlite");
 */
export async function refreshStatistics(db: Kysely<Schema>, dialect: Dialect): Promise<void> {
  try {
    if (dialect === "sqlite") {
      await sql`PRAGMA optimize`.execute(db);
      return;
    }
    // Only this journal's tables: a bare ANALYZE would walk every schema of the database.
    const { rows } = await sql<{
      name: string;
    }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`.execute(db);
    if (rows.length === 0) return;
    await sql`ANALYZE ${sql.join(rows.map((r) => sql.id(r.name)))}`.execute(db);
  } catch {
    // Busy or closing: the next run catches up.
  }
}

/** A write of this many records (runs plus sessions) leaves the planner's statistics stale. */
export const BULK_LOAD_ROWS = 500;

/**
 * Refreshes the statistics after a write of `rows` records when that is a bulk load (an
 * import or a restore); smaller writes leave them to the regular refresh.
 *
 * @example
 * await refreshAfterBulkLoad(database, summary.stored);
 */
export async function refreshAfterBulkLoad(
  database: { db: Kysely<Schema>; dialect: Dialect },
  rows: number,
): Promise<void> {
  if (rows >= BULK_LOAD_ROWS) await refreshStatistics(database.db, database.dialect);
}

/**
 * After an erase, nothing of the erased rows may stay on disk. SQLite keeps deleted text in
 * free pages and in the write-ahead log until they are overwritten; secure_delete (set when
 * the journal opens) zeroes freed cells, VACUUM rewrites the file without free pages, and a
 * TRUNCATE checkpoint empties the WAL. PostgreSQL rows are gone from every query at commit;
 * its own vacuum reclaims the space.
 *
 * @example
 * await forgetMe(database, userId);
 * await compactAfterErase(database);
 */
import { sql } from "kysely";
import type { Database } from "./db.js";

/** Rewrites the SQLite file and empties its WAL; nothing on PostgreSQL. Call outside any transaction. */
export async function compactAfterErase(database: Database): Promise<void> {
  if (database.dialect !== "sqlite") return;
  if (database.inTransaction) throw new Error("compactAfterErase runs outside a transaction");
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(database.db);
  await sql`VACUUM`.execute(database.db);
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(database.db);
}

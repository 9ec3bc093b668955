import { sql } from "kysely";
import type { Database } from "./db.js";

/**
 * Runs `fn` in one transaction and hands it a `Database` bound to that transaction; every
 * write made through it commits together or not at all. Nested calls join the outer
 * transaction. On SQLite the transaction starts with BEGIN IMMEDIATE, so a second process
 * waits for the write lock (busy timeout) instead of failing half-way. The promise resolves
 * once the commit is on disk: on SQLite the driver awaits the shared sync of the log after
 * handing the connection back (durability-dialect.ts), so other queries run meanwhile.
 *
 * @example
 * await withTransaction(database, async (tx) => {
 *   await tx.db.insertInto("sessions").values(row).execute();
 *   await tx.db.insertInto("session_items").values(items).execute();
 * });
 */
export async function withTransaction<T>(
  database: Database,
  fn: (tx: Database) => Promise<T>,
): Promise<T> {
  if (database.inTransaction) return fn(database);
  const close = async () => {
    throw new Error("close the database outside the transaction");
  };
  if (database.dialect === "sqlite") {
    return database.db.connection().execute(async (conn) => {
      await sql`BEGIN IMMEDIATE`.execute(conn);
      try {
        const result = await fn({ db: conn, dialect: "sqlite", close, inTransaction: true });
        await sql`COMMIT`.execute(conn);
        return result;
      } catch (e) {
        await sql`ROLLBACK`.execute(conn).catch(() => undefined);
        throw e;
      }
    });
  }
  return database.db
    .transaction()
    .execute((trx) => fn({ db: trx, dialect: "postgres", close, inTransaction: true }));
}

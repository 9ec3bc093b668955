import { sql, type Kysely } from "kysely";
import type { Dialect, Migration } from "./types.js";

/*
 * Applies pending migrations, each in its own transaction together with its record in
 * limber_migrations. Two processes opening the same database at once serialise on a lock
 * (BEGIN IMMEDIATE on SQLite, a transaction-scoped advisory lock on PostgreSQL) and the
 * second one finds the work already done.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

async function createLedger(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("limber_migrations")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
}

async function appliedIds(db: AnyDb, dialect: Dialect): Promise<Set<string> | null> {
  const exists =
    dialect === "sqlite"
      ? await sql<{
          n: number;
        }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'limber_migrations'`.execute(
          db,
        )
      : await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'limber_migrations'`.execute(
          db,
        );
  if (Number(exists.rows[0]?.n ?? 0) === 0) return null;
  const rows = await db.selectFrom("limber_migrations").select("id").execute();
  return new Set(rows.map((r: { id: string }) => r.id));
}

async function applyOne(db: AnyDb, dialect: Dialect, m: Migration): Promise<void> {
  await createLedger(db);
  const done = await db
    .selectFrom("limber_migrations")
    .select("id")
    .where("id", "=", m.id)
    .executeTakeFirst();
  if (done) return; // another process got there first
  await m.up(db, dialect);
  await db
    .insertInto("limber_migrations")
    .values({ id: m.id, applied_at: new Date().toISOString() })
    .execute();
}

/**
 * Brings the schema up to date with `migrations` (in list order). Returns the ids it applied.
 *
 * @example
 * await applyMigrations(db, "sqlite", MIGRATIONS); // ["0001_journal", ...] on a new file
 */
export async function applyMigrations(
  db: AnyDb,
  dialect: Dialect,
  migrations: readonly Migration[],
): Promise<string[]> {
  const known = await appliedIds(db, dialect);
  const pending = migrations.filter((m) => !known?.has(m.id));
  const applied: string[] = [];
  for (const m of pending) {
    if (dialect === "sqlite") {
      await db.connection().execute(async (conn) => {
        await sql`BEGIN IMMEDIATE`.execute(conn);
        try {
          await applyOne(conn, dialect, m);
          await sql`COMMIT`.execute(conn);
        } catch (e) {
          await sql`ROLLBACK`.execute(conn).catch(() => undefined);
          throw e;
        }
      });
    } else {
      await db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(hashtext('limber_migrations:' || current_schema()))`.execute(
          trx,
        );
        await applyOne(trx, dialect, m);
      });
    }
    applied.push(m.id);
  }
  return applied;
}

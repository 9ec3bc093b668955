/**
 * Opens the journal database: SQLite (a file in the data folder) by default, PostgreSQL
 * when a URL is given. Both sit behind one Kysely query layer typed by `Schema`, and the
 * schema is migrated to the latest version before the promise resolves.
 *
 * @example
 * const { databaseUrl, dataDir } = configFrom(processEnvironment()); // src/services/config
 * const database = await openDatabase({ url: databaseUrl, dataDir });
 * try {
 *   await ensureUser(database, LOCAL_USER_ID);
 *   const runs = await runsRepository(database).listRuns(LOCAL_USER_ID, {});
 * } finally {
 *   await database.close();
 * }
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Kysely, SqliteDialect } from "kysely";
import { applyMigrations, MIGRATIONS, type Dialect, type Migration } from "./migrations/index.js";
import type { Schema } from "./schema.js";

export type { Dialect } from "./migrations/index.js";

export interface Database {
  db: Kysely<Schema>;
  dialect: Dialect;
  /** Closes the connection (pool). Not for a database handed out by `withTransaction`. */
  close(): Promise<void>;
  /** True for the handle `withTransaction` passes to its callback. */
  readonly inTransaction?: boolean;
}

export interface OpenOptions {
  /** PostgreSQL connection string (DATABASE_URL). Without it, SQLite is used. */
  url?: string;
  /** Folder for `limber.db` (SQLite); required without `url`. The configuration module picks it. */
  dataDir?: string;
  /** PostgreSQL only: the schema to work in (set as search_path), e.g. one per test. */
  schema?: string;
  /** Migrations to apply; default all. Tests pass a prefix to build an old journal. */
  migrations?: readonly Migration[];
}

async function openSqlite(opts: OpenOptions): Promise<Database> {
  // The store reads no environment: the caller says where the journal lives.
  if (!opts.dataDir) throw new Error("openDatabase: give a PostgreSQL url or a SQLite dataDir");
  const { default: BetterSqlite3 } = await import("better-sqlite3");
  const dir = opts.dataDir;
  mkdirSync(dir, { recursive: true });
  const raw = new BetterSqlite3(join(dir, "limber.db"), { timeout: 5000 });
  raw.pragma("busy_timeout = 5000");
  raw.pragma("journal_mode = WAL");
  // FULL: a committed session survives power loss too, not only a killed process.
  raw.pragma("synchronous = FULL");
  raw.pragma("foreign_keys = ON");
  // Deleted rows are overwritten with zeros, so erased text does not linger in free pages.
  raw.pragma("secure_delete = ON");
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

async function openPostgres(url: string, opts: OpenOptions): Promise<Database> {
  const { default: pg } = await import("pg");
  const { PostgresDialect } = await import("kysely");
  if (opts.schema && !/^[a-z_][a-z0-9_]*$/.test(opts.schema))
    throw new Error(`schema: not a plain name: ${opts.schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", close: () => db.destroy() };
}

/**
 * Opens (creating when needed) and migrates the journal database.
 * `url` selects PostgreSQL; otherwise SQLite in the data folder (WAL, busy timeout 5 s,
 * foreign keys on).
 */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const database = opts.url ? await openPostgres(opts.url, opts) : await openSqlite(opts);
  try {
    await applyMigrations(database.db, database.dialect, opts.migrations ?? MIGRATIONS);
  } catch (e) {
    await database.close();
    throw e;
  }
  return database;
}

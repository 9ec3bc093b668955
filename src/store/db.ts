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
import { createRequire } from "node:module";
import { join } from "node:path";
import { Kysely } from "kysely";
import { groupSync, type GroupSync } from "./durability.js";
import { backgroundCheckpoints } from "./durability-checkpoint.js";
import { refreshStatistics } from "./statistics.js";
import { connectionFailure, folderFailure } from "./errors.js";
import { durableSqliteDialect } from "./durability-dialect.js";
import { applyMigrations, MIGRATIONS, type Dialect, type Migration } from "./migrations/index.js";
import type { Schema } from "./schema.js";

export type { Dialect } from "./migrations/index.js";

/** How often a long-running process refreshes SQLite's planner statistics: every 6 hours. */
const OPTIMIZE_EVERY_MS = 6 * 60 * 60 * 1000;

export interface Database {
  db: Kysely<Schema>;
  dialect: Dialect;
  /** Closes the connection (pool). Not for a database handed out by `withTransaction`. */
  close(): Promise<void>;
  /** True for the handle `withTransaction` passes to its callback. */
  readonly inTransaction?: boolean;
  /**
   * SQLite: the group commit's counters (writes that waited for the disk, syncs run), for
   * benchmarks and tests. Absent on PostgreSQL, whose server syncs its own commits.
   */
  readonly durability?: Pick<GroupSync, "requests" | "startedSyncs" | "completedSyncs">;
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

/**
 * The SQLite driver's compiled addon, named directly: left to find it, the driver asks the
 * `bindings` package, which probes a dozen paths on every start of a command. Undefined
 * (the driver's own lookup) when the addon is not where a normal install builds it.
 */
function sqliteAddon(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve(
      "better-sqlite3/build/Release/better_sqlite3.node",
    );
  } catch {
    return undefined;
  }
}

async function openSqlite(opts: OpenOptions): Promise<Database> {
  // The store reads no environment: the caller says where the journal lives.
  if (!opts.dataDir) throw new Error("openDatabase: give a PostgreSQL url or a SQLite dataDir");
  const { default: BetterSqlite3 } = await import("better-sqlite3");
  const dir = opts.dataDir;
  const file = join(dir, "limber.db");
  const addon = sqliteAddon();
  let raw: InstanceType<typeof BetterSqlite3>;
  try {
    mkdirSync(dir, { recursive: true });
    raw = new BetterSqlite3(file, {
      timeout: 5000,
      ...(addon ? { nativeBinding: addon } : {}),
    });
  } catch (e) {
    // A folder that cannot be made or used is said naming what chooses it, not as a bare
    // "EACCES: permission denied, mkdir".
    throw folderFailure(e, dir) ?? e;
  }
  raw.pragma("busy_timeout = 5000");
  raw.pragma("journal_mode = WAL");
  // NORMAL: COMMIT writes the log without waiting for the disk, so a commit never stalls the
  // event loop. Durability is not weakened: every write awaits the shared fdatasync of the
  // log before its caller resumes (durability-dialect.ts), so an acknowledged session
  // survives power loss too, as it did with FULL.
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  // Deleted rows are overwritten with zeros, so erased text does not linger in free pages.
  raw.pragma("secure_delete = ON");
  const group = groupSync(file);
  const checkpoints = backgroundCheckpoints(raw, file);
  const db = new Kysely<Schema>({
    dialect: durableSqliteDialect(raw, group, () => checkpoints.noteCommit()),
  });
  // A server runs for weeks: refresh the planner's statistics now and then, as SQLite
  // advises for long-lived connections. unref: a command never waits for it.
  const timer = setInterval(() => void refreshStatistics(db, "sqlite"), OPTIMIZE_EVERY_MS);
  timer.unref();
  return {
    db,
    dialect: "sqlite",
    durability: group,
    close: async () => {
      clearInterval(timer);
      // SQLite's advice for every connection: optimize on close (analyses only what the
      // queries of this connection would gain from; bounded by an automatic row limit).
      await refreshStatistics(db, "sqlite");
      await checkpoints.stop();
      await db.destroy();
    },
  };
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
 * foreign keys on, every write durable before it resolves: see durability.ts).
 */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const database = opts.url ? await openPostgres(opts.url, opts) : await openSqlite(opts);
  try {
    const applied = await applyMigrations(
      database.db,
      database.dialect,
      opts.migrations ?? MIGRATIONS,
    );
    // New tables or indexes: let SQLite's planner measure them. PostgreSQL's autovacuum
    // analyses new and changed tables by itself.
    if (applied.length > 0 && database.dialect === "sqlite")
      await refreshStatistics(database.db, database.dialect);
  } catch (e) {
    await database.close();
    // PostgreSQL connects on the first query: a server that is down or refuses the login
    // is said in words naming DATABASE_URL, not as the driver's bare "connect ECONNREFUSED".
    throw (opts.url && connectionFailure(e, opts.url)) || e;
  }
  return database;
}

/**
 * Kysely's SQLite dialect, with every write made durable before its caller resumes, in one
 * place: the driver notes each statement that changed the database outside an open
 * transaction (an autocommit write, or the COMMIT of a transaction) and, when the query
 * hands the single connection back, awaits the shared group sync (`durability.ts`). The
 * connection is released first, so reads and other writes go on while the disk syncs.
 *
 * Because the wait sits in the driver, no write path can forget it: repositories' autocommit
 * writes, `withTransaction`, Kysely's own transactions, migrations and raw SQL alike.
 *
 * @example
 * const raw = new BetterSqlite3(file);
 * const db = new Kysely<Schema>({ dialect: durableSqliteDialect(raw, groupSync(file)) });
 * await db.insertInto("users").values(row).execute(); // on disk when this resolves
 */
import {
  CompiledQuery,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDatabase,
  type TransactionSettings,
} from "kysely";
import type { GroupSync } from "./durability.js";

/** The connection state the driver reads: better-sqlite3's `inTransaction`. */
export interface TransactionAware extends SqliteDatabase {
  readonly inTransaction: boolean;
}

const WRITE_KINDS = new Set([
  "InsertQueryNode",
  "UpdateQueryNode",
  "DeleteQueryNode",
  "MergeQueryNode",
]);

/**
 * Raw statements that leave nothing to sync: reads, and a ROLLBACK (which discards). Not
 * RELEASE: releasing the outermost savepoint commits.
 */
const READ_ONLY_TEXT = /^\s*(select|explain|values|rollback)\b/i;
/** A pragma that sets nothing (`PRAGMA user_version`, `PRAGMA table_info(x)`); checkpoints sync themselves. */
const READING_PRAGMA = /^\s*pragma\s+[^=]*$/i;

/**
 * True when the statement may have changed the database file. Errs towards true: an
 * unneeded sync costs a little time, a missed one would break a promise.
 *
 * @example
 * mayHaveWritten(compiledSelect, { rows: [] }); // false
 */
export function mayHaveWritten(query: CompiledQuery, result: QueryResult<unknown>): boolean {
  const kind = query.query.kind;
  if (kind === "SelectQueryNode") return false;
  if (WRITE_KINDS.has(kind)) {
    // An UPDATE or DELETE that matched nothing (e.g. "touch at most once a minute") wrote
    // no page; with RETURNING the rows are the changed ones.
    if (result.numAffectedRows !== undefined) return result.numAffectedRows > 0n;
    return result.rows.length > 0;
  }
  if (kind === "RawNode") return !READ_ONLY_TEXT.test(query.sql) && !READING_PRAGMA.test(query.sql);
  return true; // schema changes and anything unknown
}

class DurableConnection implements DatabaseConnection {
  unsynced = false;
  constructor(
    readonly inner: DatabaseConnection,
    private readonly raw: TransactionAware,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.inner.executeQuery<R>(query);
    // Inside a transaction nothing is committed yet; its COMMIT is the write that counts.
    if (!this.raw.inTransaction && mayHaveWritten(query, result)) this.unsynced = true;
    return result;
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class DurableDriver implements Driver {
  private connection?: DurableConnection;
  constructor(
    private readonly inner: Driver,
    private readonly raw: TransactionAware,
    private readonly group: GroupSync,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await this.inner.acquireConnection();
    // SQLite has one connection; wrap it once.
    this.connection ??= new DurableConnection(inner, this.raw);
    return this.connection;
  }

  beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(this.unwrap(c), settings);
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    // Through the wrapper, so the COMMIT is noted as a write to sync.
    await c.executeQuery(CompiledQuery.raw("commit"));
  }

  rollbackTransaction(c: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(this.unwrap(c));
  }

  async releaseConnection(c: DatabaseConnection): Promise<void> {
    const wrapped = c as DurableConnection;
    const mustSync = wrapped.unsynced;
    wrapped.unsynced = false;
    // Hand the connection on first: reads and writes proceed while the disk syncs.
    await this.inner.releaseConnection(this.unwrap(c));
    if (mustSync) await this.group.sync();
  }

  async destroy(): Promise<void> {
    await this.group.drain();
    await this.inner.destroy();
  }

  private unwrap(c: DatabaseConnection): DatabaseConnection {
    return c instanceof DurableConnection ? c.inner : c;
  }
}

/**
 * A Kysely dialect for one better-sqlite3 connection whose writes resolve only once durable.
 *
 * @example
 * new Kysely<Schema>({ dialect: durableSqliteDialect(raw, groupSync(file)) });
 */
export function durableSqliteDialect(raw: TransactionAware, group: GroupSync): SqliteDialect {
  return new (class extends SqliteDialect {
    override createDriver(): Driver {
      return new DurableDriver(super.createDriver(), raw, group);
    }
  })({ database: raw });
}

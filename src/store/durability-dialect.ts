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
  type SqliteStatement,
  type TransactionSettings,
} from "kysely";
import type { GroupSync } from "./durability.js";

/** The connection state the driver reads: better-sqlite3's `inTransaction`. */
export interface TransactionAware extends SqliteDatabase {
  readonly inTransaction: boolean;
}

/** better-sqlite3's statement: `busy` while an iterator over it is open. */
export interface CachedStatement extends SqliteStatement {
  readonly busy: boolean;
}

/** What the dialect needs of a better-sqlite3 connection. */
export interface RawSqlite {
  readonly inTransaction: boolean;
  close(): void;
  prepare(sql: string): CachedStatement;
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

/** Rows changed since the planner's statistics were last refreshed that call for a refresh. */
export const OPTIMIZE_AFTER_ROWS = 5000;

/** Rows a write changed (0 for statements that do not say). */
function rowsChanged(query: CompiledQuery, result: QueryResult<unknown>): number {
  if (!WRITE_KINDS.has(query.query.kind)) return 0;
  return result.numAffectedRows !== undefined ? Number(result.numAffectedRows) : result.rows.length;
}

class DurableConnection implements DatabaseConnection {
  unsynced = false;
  /** Rows changed since the last `PRAGMA optimize` (a large import or restore adds up fast). */
  changedRows = 0;
  constructor(
    readonly inner: DatabaseConnection,
    private readonly raw: TransactionAware,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.inner.executeQuery<R>(query);
    this.changedRows += rowsChanged(query, result);
    // Inside a transaction nothing is committed yet; its COMMIT is the write that counts.
    if (!this.raw.inTransaction && mayHaveWritten(query, result)) this.unsynced = true;
    return result;
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

/**
 * First come, first served hand-over of the one connection, waking one waiter per release.
 * Kysely's own lock wakes every waiter on each release to re-check it: with 200 requests
 * queued, every query paid 200 wake-ups.
 */
class FifoLock {
  private held = false;
  private readonly waiters: (() => void)[] = [];

  async lock(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  unlock(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
  }
}

class DurableDriver implements Driver {
  private connection?: DurableConnection;
  private readonly turn = new FifoLock();
  constructor(
    private readonly inner: Driver,
    private readonly raw: TransactionAware,
    private readonly group: GroupSync,
    private readonly onDurableCommit: () => void,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // Queue here, in order; the inner driver's own lock is then always free.
    await this.turn.lock();
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
    if (wrapped.changedRows >= OPTIMIZE_AFTER_ROWS && !this.raw.inTransaction) {
      // After a large import or restore, refresh the planner's statistics while the
      // connection is still ours (bounded: SQLite samples a limited number of rows).
      wrapped.changedRows = 0;
      try {
        this.raw.prepare("PRAGMA optimize").all([]);
        wrapped.unsynced = true;
      } catch {
        // Busy (another process writes): the next large batch, or close, tries again.
      }
    }
    const mustSync = wrapped.unsynced;
    wrapped.unsynced = false;
    // Hand the connection on first: reads and writes proceed while the disk syncs.
    await this.inner.releaseConnection(this.unwrap(c));
    this.turn.unlock();
    if (mustSync) {
      await this.group.sync();
      this.onDurableCommit();
    }
  }

  async destroy(): Promise<void> {
    await this.group.drain();
    await this.inner.destroy();
  }

  private unwrap(c: DatabaseConnection): DatabaseConnection {
    return c instanceof DurableConnection ? c.inner : c;
  }
}

/** Statements kept prepared: the app runs a few dozen distinct queries. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The connection with its statements kept prepared. Kysely prepares every query afresh, and
 * compiling the SQL was 8 % of the server's time under 200 writing runners. A statement
 * still being iterated (a stream) is never handed out twice.
 */
function withStatementCache(raw: RawSqlite): TransactionAware {
  const cache = new Map<string, CachedStatement>();
  return {
    get inTransaction() {
      return raw.inTransaction;
    },
    close: () => raw.close(),
    prepare(text: string): SqliteStatement {
      const hit = cache.get(text);
      if (hit && !hit.busy) {
        // Most recently used last, so the oldest is evicted first.
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const statement = raw.prepare(text);
      if (!hit) {
        cache.set(text, statement);
        if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}

/**
 * A Kysely dialect for one better-sqlite3 connection whose writes resolve only once durable.
 * `onDurableCommit` runs after each write's sync (background checkpoints count them).
 *
 * @example
 * new Kysely<Schema>({ dialect: durableSqliteDialect(raw, groupSync(file)) });
 */
export function durableSqliteDialect(
  raw: RawSqlite,
  group: GroupSync,
  onDurableCommit: () => void = () => undefined,
): SqliteDialect {
  const database = withStatementCache(raw);
  return new (class extends SqliteDialect {
    override createDriver(): Driver {
      return new DurableDriver(super.createDriver(), database, group, onDurableCommit);
    }
  })({ database });
}

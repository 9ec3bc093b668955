/**
 * Group commit for SQLite: the disk sync that makes a commit durable runs off the event loop,
 * and commits that land while one sync runs share the next.
 *
 * The journal runs in WAL mode with `synchronous = NORMAL`, so COMMIT only writes the new
 * pages into the write-ahead log (the operating system's cache: a killed process loses
 * nothing) and returns without waiting for the disk. Before a write is acknowledged, its
 * caller awaits `sync()`, an `fdatasync` of the WAL file on libuv's thread pool, so it also
 * survives a power loss, as with `synchronous = FULL`, while reads keep being served.
 *
 * Checkpoints need nothing from here: with NORMAL, SQLite syncs the WAL before it copies
 * pages into the database file and syncs the database file before the WAL is reused
 * (https://www.sqlite.org/pragma.html#pragma_synchronous, https://www.sqlite.org/wal.html), so
 * a commit that was checkpointed before our sync ran is already on disk in the database file.
 *
 * @example
 * const group = groupSync("/data/limber.db");
 * // ... COMMIT returned ...
 * await group.sync(); // now the commit is on disk; answer the client
 */
import { open } from "node:fs/promises";

export interface GroupSync {
  /**
   * Resolves once a sync that started after this call has finished, so everything written
   * before the call is on disk. Callers that arrive while a sync runs share the next one.
   */
  sync(): Promise<void>;
  /** Syncs started so far. */
  readonly startedSyncs: number;
  /** Syncs that finished so far (one may cover many commits). */
  readonly completedSyncs: number;
  /** Calls of `sync()` so far. */
  readonly requests: number;
  /** Waits for the syncs in flight; later `sync()` calls still work. */
  drain(): Promise<void>;
}

/** fdatasync of one file, opened for the occasion so a WAL truncated or recreated is found. */
async function fdatasyncFile(path: string, mayBeMissing: boolean): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    if (mayBeMissing && (e as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw e;
  }
  try {
    await handle.datasync();
    return true;
  } finally {
    await handle.close();
  }
}

/**
 * Group sync for the SQLite database at `databasePath` (its WAL is `databasePath + "-wal"`).
 * When there is no WAL file (another journal mode), the database file itself is synced.
 *
 * @example
 * const group = groupSync(join(dataDir, "limber.db"));
 * await Promise.all([group.sync(), group.sync(), group.sync()]); // one or two fdatasyncs
 */
export function groupSync(databasePath: string): GroupSync {
  const walPath = `${databasePath}-wal`;
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  let startedSyncs = 0;
  let completedSyncs = 0;
  let requests = 0;

  const runOne = async (): Promise<void> => {
    if (!(await fdatasyncFile(walPath, true))) await fdatasyncFile(databasePath, false);
    completedSyncs++;
  };

  const start = (): Promise<void> => {
    startedSyncs++;
    const current = runOne().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };

  return {
    sync() {
      requests++;
      // No sync running: start one now; it sees everything written before this call.
      if (!running) return start();
      // A sync is running and may have started before our pages were written: wait for the
      // one after it, which every caller arriving meanwhile shares.
      if (!next) {
        const after = running.catch(() => undefined);
        next = after.then(() => {
          next = undefined;
          // A caller who came after us may have started one already; it started after our
          // call too, so it covers us.
          return running ?? start();
        });
      }
      return next;
    },
    get startedSyncs() {
      return startedSyncs;
    },
    get completedSyncs() {
      return completedSyncs;
    },
    get requests() {
      return requests;
    },
    async drain() {
      while (running || next) await (next ?? running)?.catch(() => undefined);
    },
  };
}

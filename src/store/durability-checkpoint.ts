/**
 * Checkpoints off the event loop. SQLite copies the write-ahead log into the database file
 * in a checkpoint, which it normally runs inside the COMMIT that fills the log past 1,000
 * pages: a file write and two disk syncs on the server's event loop, every second or so
 * under steady writing. Once a process has made enough commits to be a server at work, its
 * connection stops checkpointing by itself and a worker thread with a connection of its own
 * runs a PASSIVE checkpoint every second instead (readers and the writer carry on meanwhile;
 * SQLite still syncs the log before and the database file after, so durability is
 * unchanged). A short command never reaches the threshold and never starts the thread.
 *
 * @example
 * const checkpoints = backgroundCheckpoints(raw, file);
 * checkpoints.noteCommit(); // after each synced commit
 * await checkpoints.stop(); // before closing
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** Commits after which a process hands its checkpoints to a worker thread. */
export const COMMITS_BEFORE_WORKER = 200;
/** How often the worker checkpoints. */
const CHECKPOINT_EVERY_MS = 1000;

export interface BackgroundCheckpoints {
  /** Counts a commit; starts the worker once the process writes steadily. */
  noteCommit(): void;
  /** True once the worker runs the checkpoints. */
  readonly running: boolean;
  /** Stops the worker (the closing connection checkpoints one last time itself). */
  stop(): Promise<void>;
}

/** What this module needs of the better-sqlite3 connection. */
export interface PragmaTarget {
  pragma(source: string): unknown;
}

// The worker: its own connection, a PASSIVE checkpoint on a timer. Plain CommonJS so it runs
// from the compiled files and from the bundle alike.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000 });
db.pragma("busy_timeout = 5000");
db.pragma("synchronous = NORMAL");
const timer = setInterval(() => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch { /* busy: next time */ }
}, workerData.everyMs);
parentPort.on("message", () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * Background checkpoints for the connection `raw` to the database at `file`.
 *
 * @example
 * const checkpoints = backgroundCheckpoints(raw, join(dataDir, "limber.db"));
 */
export function backgroundCheckpoints(raw: PragmaTarget, file: string): BackgroundCheckpoints {
  let commits = 0;
  let worker: Worker | undefined;
  let failed = false;

  const start = () => {
    try {
      const driver = createRequire(import.meta.url).resolve("better-sqlite3");
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { driver, file, everyMs: CHECKPOINT_EVERY_MS },
      });
      worker.unref();
      worker.on("error", () => {
        // The worker died: checkpoint on the connection again rather than let the log grow.
        worker = undefined;
        failed = true;
        try {
          raw.pragma("wal_autocheckpoint = 1000");
        } catch {
          // The connection is already closed: nothing left to checkpoint for.
        }
      });
      raw.pragma("wal_autocheckpoint = 0");
    } catch {
      failed = true;
    }
  };

  return {
    noteCommit() {
      if (worker || failed) return;
      if (++commits >= COMMITS_BEFORE_WORKER) start();
    },
    get running() {
      return worker !== undefined;
    },
    async stop() {
      const w = worker;
      if (!w) return;
      worker = undefined;
      const exited = new Promise((resolve) => w.once("exit", resolve));
      w.postMessage("stop");
      // A checkpoint in progress finishes first; a worker stuck past 5 s is stopped.
      const stuck = setTimeout(() => void w.terminate(), 5000);
      await exited;
      clearTimeout(stuck);
      raw.pragma("wal_autocheckpoint = 1000");
    },
  };
}

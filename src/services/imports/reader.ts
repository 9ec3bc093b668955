/**
 * Runs the reading half of an import (read.ts) in a worker thread, so the server keeps
 * answering (health, other runners) while a large or hostile upload is decoded, and a
 * reader that runs out of memory fails its own files instead of the process. Where the
 * compiled worker is not present (tests run the TypeScript sources directly) it reads in
 * the calling thread, with the same code and the same results.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileResult, ImportLimits } from "../../import/index.js";
import { IMPORT_LIMITS } from "../../import/limits.js";
import { inputName, readJob, type ReadEvents, type ReadJob } from "./read.js";
import type { ReaderMessage } from "./read-worker.js";

/** Progress as files are found and read. */
export type ReadProgress = (p: { done: number; total: number; file: string }) => void;

/**
 * The compiled worker beside this module (dist/services/imports) or, from the bundled
 * CLI (dist/cli-bundle), in dist/services/imports; undefined when running from sources.
 */
function workerFile(): URL | undefined {
  for (const rel of ["./read-worker.js", "../services/imports/read-worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * Reads a job's inputs into per-file results, in a worker thread when one is available.
 *
 * @example
 * const results = await readInputs({ kind: "paths", sources }, DEFAULT_LIMITS, (p) => bar.update(p.done));
 */
export function readInputs(
  job: ReadJob,
  limits: ImportLimits,
  onProgress?: ReadProgress,
): Promise<FileResult[]> {
  return readInputsWith(workerFile(), job, limits, onProgress);
}

/**
 * `readInputs` with the worker module named (undefined: read in the calling thread); tests
 * name the compiled worker to exercise the thread from the sources.
 *
 * @example
 * await readInputsWith(new URL("file:///app/dist/services/imports/read-worker.js"), job, limits);
 */
export async function readInputsWith(
  file: URL | undefined,
  job: ReadJob,
  limits: ImportLimits,
  onProgress?: ReadProgress,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const finished = new Set<number>();
  let total = 0;
  let done = 0;
  const events: ReadEvents = {
    result: (r) => results.push(r),
    inputDone: (i) => finished.add(i),
    found: (n) => {
      total += n;
    },
    done: (file) => {
      done++;
      onProgress?.({ done, total: Math.max(total, done), file });
    },
  };
  if (!file) {
    await readJob(job, limits, events);
    return results;
  }
  const failure = await runWorker(file, job, limits, events);
  if (failure) {
    // the reader died part way: what it read stands, every input it had not finished fails by name
    const inputs = job.kind === "paths" ? job.sources.length : job.files.length;
    for (let i = 0; i < inputs; i++) {
      if (!finished.has(i))
        results.push({ file: inputName(job, i), status: "failed", reason: failure });
    }
  }
  return results;
}

/**
 * One reader thread, started on first use and kept for the next import (starting one
 * costs 50-400 ms of module loading), holding the process open only while it works.
 * Imports take turns on it; one that kills it (out of memory) fails its own unfinished
 * files, and the next import starts a fresh thread.
 */
let reader: Worker | undefined;
let turn: Promise<unknown> = Promise.resolve();

function runWorker(
  file: URL,
  job: ReadJob,
  limits: ImportLimits,
  events: ReadEvents,
): Promise<string | undefined> {
  const mine = turn.then(() => runOnReader(file, job, limits, events));
  turn = mine.catch(() => undefined);
  return mine;
}

/** Runs one job on the reader thread; resolves with why it failed, or undefined when it finished. */
function runOnReader(
  file: URL,
  job: ReadJob,
  limits: ImportLimits,
  events: ReadEvents,
): Promise<string | undefined> {
  const worker =
    reader ??
    new Worker(file, {
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.readerHeapMb },
    });
  reader = worker;
  worker.ref();
  return new Promise((resolve) => {
    let failure: string | undefined;
    const end = (why: string | undefined) => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (why === undefined) worker.unref();
      resolve(why);
    };
    const onMessage = (m: ReaderMessage) => {
      if (m.type === "result") events.result(m.result);
      else if (m.type === "input-done") events.inputDone(m.index);
      else if (m.type === "found") events.found(m.n);
      else if (m.type === "done") events.done(m.file);
      else end(undefined);
    };
    const onError = (e: Error & { code?: string }) => {
      failure =
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `reading it needed more than ${IMPORT_LIMITS.readerHeapMb} MB of memory (limit per import); import its files in smaller groups`
          : `could not be read (${e.message.split("\n")[0]?.slice(0, 200)})`;
    };
    const onExit = (code: number) => {
      if (reader === worker) reader = undefined;
      end(failure ?? `could not be read (the reader stopped with code ${code})`);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ job, limits });
  });
}

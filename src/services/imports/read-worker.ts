/**
 * The worker thread that reads an import (reader.ts starts it): decoding zips, gzip, FIT
 * and XML is CPU work that would otherwise hold the server's event loop for as long as a
 * large or hostile upload takes. It reports each result as it comes and ends itself.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { FileResult, ImportLimits } from "../../import/index.js";
import { readJob, type ReadJob } from "./read.js";

/** Messages from the worker to the thread that started it. */
export type ReaderMessage =
  | { type: "result"; result: FileResult }
  | { type: "input-done"; index: number }
  | { type: "found"; n: number }
  | { type: "done"; file: string }
  | { type: "finished" };

const port = parentPort!;
const { job, limits } = workerData as { job: ReadJob; limits: ImportLimits };
const send = (m: ReaderMessage) => port.postMessage(m);

await readJob(job, limits, {
  result: (result) => send({ type: "result", result }),
  inputDone: (index) => send({ type: "input-done", index }),
  found: (n) => send({ type: "found", n }),
  done: (file) => send({ type: "done", file }),
});
send({ type: "finished" });

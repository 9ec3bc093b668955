/**
 * The worker thread that reads imports (reader.ts starts it and keeps it for the next
 * import): decoding zips, gzip, FIT and XML is CPU work that would otherwise hold the
 * server's event loop for as long as a large or hostile upload takes. It takes one job at
 * a time and reports each result as it comes.
 */
import { parentPort } from "node:worker_threads";
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
const send = (m: ReaderMessage) => port.postMessage(m);

port.on("message", (m: { job: ReadJob; limits: ImportLimits }) => {
  void readJob(m.job, m.limits, {
    result: (result) => send({ type: "result", result }),
    inputDone: (index) => send({ type: "input-done", index }),
    found: (n) => send({ type: "found", n }),
    done: (file) => send({ type: "done", file }),
  }).then(
    () => send({ type: "finished" }),
    // readJob turns every file's problem into a result; anything else ends this reader
    (e: unknown) => {
      throw e;
    },
  );
});

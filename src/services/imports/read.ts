/**
 * The reading half of an import, with no journal: files, folders, zips and uploads into
 * one result per file. It runs in a worker thread (reader.ts), so it only takes and gives
 * plain data. Each input is reported as soon as it is read, so a reader that dies part way
 * (out of memory) still leaves every earlier result, and the rest fail by name.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  formatExtensions,
  importFileBytes,
  importStravaExport,
  openZip,
  type FileResult,
  type ImportLimits,
} from "../../import/index.js";
import { IMPORT_LIMITS, megabytes } from "../../import/limits.js";
import { isActivityFileName, type Source } from "./sources.js";

/** What one import reads: sources on disk (CLI) or uploaded bytes (API). */
export type ReadJob =
  | { kind: "paths"; sources: Source[] }
  | { kind: "buffers"; files: { name: string; bytes: Uint8Array }[] };

/** What the reader reports as it goes. */
export interface ReadEvents {
  /** One file's result, as soon as it is known. */
  result(r: FileResult): void;
  /** Input `index` of the job is read through. */
  inputDone(index: number): void;
  /** Progress: more files to read were found, or one more is done. */
  found(n: number): void;
  done(file: string): void;
}

/** The name that stands for input `index` in results. */
export function inputName(job: ReadJob, index: number): string {
  return job.kind === "paths" ? job.sources[index]!.path : job.files[index]!.name;
}

/**
 * Reads every input of a job, reporting results as they come.
 *
 * @example
 * const results: FileResult[] = [];
 * await readJob({ kind: "buffers", files }, limits, { result: (r) => results.push(r), inputDone() {}, found() {}, done() {} });
 */
export async function readJob(
  job: ReadJob,
  limits: ImportLimits,
  events: ReadEvents,
): Promise<void> {
  if (job.kind === "buffers") {
    events.found(job.files.length);
    for (const [i, f] of job.files.entries()) {
      if (isZip(f.bytes)) await readZip(f.name, f.bytes, limits, events);
      else {
        events.result(importFileBytes(f.name, f.bytes, limits));
        events.done(f.name);
      }
      events.inputDone(i);
    }
    return;
  }
  for (const [i, s] of job.sources.entries()) {
    await readSource(s, limits, events);
    events.inputDone(i);
  }
}

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

async function readSource(s: Source, limits: ImportLimits, events: ReadEvents): Promise<void> {
  if (s.kind === "file") {
    events.found(1);
    events.result(readOne(s.path, limits));
    events.done(s.path);
    return;
  }
  if (s.kind === "zip") {
    let bytes: Uint8Array;
    try {
      const size = statSync(s.path).size;
      if (size > IMPORT_LIMITS.zipBytes) {
        events.result({
          file: s.path,
          status: "failed",
          reason: `zip larger than ${megabytes(IMPORT_LIMITS.zipBytes + 1)}; unpack it and import the folder`,
        });
        return;
      }
      bytes = readFileSync(s.path);
    } catch (e) {
      events.result({
        file: s.path,
        status: "failed",
        reason: `cannot read the file (${(e as Error).message})`,
      });
      return;
    }
    await readZip(s.path, bytes, limits, events);
    return;
  }
  await readStravaFolder(s.path, limits, events);
}

function readOne(file: string, limits: ImportLimits): FileResult {
  try {
    const size = statSync(file).size;
    // refuse before reading: a huge file never enters memory (gzip is checked after inflating)
    if (size > limits.maxBytes)
      return {
        file,
        status: "failed",
        reason: `larger than ${megabytes(limits.maxBytes)} (size limit per file)`,
      };
    return importFileBytes(file, readFileSync(file), limits);
  } catch (e) {
    return { file, status: "failed", reason: `cannot read the file (${(e as Error).message})` };
  }
}

async function readZip(
  label: string,
  bytes: Uint8Array,
  limits: ImportLimits,
  events: ReadEvents,
): Promise<void> {
  let zip;
  try {
    zip = openZip(bytes, {
      entryBytes: limits.maxBytes,
      entries: IMPORT_LIMITS.zipEntries,
      totalBytes: IMPORT_LIMITS.zipTotalBytes,
      ratio: IMPORT_LIMITS.zipRatio,
      ratioFloorBytes: IMPORT_LIMITS.zipRatioFloorBytes,
    });
  } catch (e) {
    const why = (e as Error).message;
    events.result({
      file: label,
      status: "failed",
      reason: (e as Error).name === "FileProblem" ? why : `not a readable zip (${why})`,
    });
    return;
  }
  const stoppedResult = (read: number) => {
    const why = zip.stopped();
    if (why)
      events.result({
        file: label,
        status: "failed",
        reason: `stopped after ${read.toLocaleString("en")} file(s): ${why}`,
      });
  };
  const csvName = zip.names.find((n) => n === "activities.csv" || n.endsWith("/activities.csv"));
  if (csvName) {
    const prefix = csvName.slice(0, -"activities.csv".length);
    let read = 0;
    const results = await importStravaExport(
      zip.chunks(csvName, IMPORT_LIMITS.csvBytes),
      (paths) => {
        const got = new Map<string, Uint8Array | { error: string }>();
        // each entry is inflated once, when its row comes up, and dropped after
        for (const p of paths)
          if (!got.has(p) && zip.has(prefix + p)) got.set(p, zip.read(prefix + p));
        return got;
      },
      {
        label,
        limits,
        onRow: () => {
          read++;
          events.found(1);
          events.done(`${label} (${read})`);
        },
      },
    );
    for (const r of results) events.result(r);
    stoppedResult(read);
    return;
  }
  const names = zip.names.filter(isActivityFileName);
  events.found(names.length);
  let read = 0;
  for (const n of names) {
    if (zip.stopped()) break;
    const v = zip.read(n);
    if (zip.stopped()) break;
    events.result(
      v instanceof Uint8Array
        ? importFileBytes(`${label}/${n}`, v, limits)
        : { file: `${label}/${n}`, status: "failed", reason: v.error },
    );
    read++;
    events.done(`${label}/${n}`);
  }
  stoppedResult(read);
  if (names.length === 0)
    events.result({
      file: label,
      status: "skipped",
      reason: `no activity files (${formatExtensions()}) and no activities.csv in the zip`,
    });
}

async function readStravaFolder(
  dir: string,
  limits: ImportLimits,
  events: ReadEvents,
): Promise<void> {
  const csvPath = path.join(dir, "activities.csv");
  try {
    const size = statSync(csvPath).size;
    if (size > IMPORT_LIMITS.csvBytes) {
      events.result({
        file: csvPath,
        status: "failed",
        reason: `larger than ${megabytes(IMPORT_LIMITS.csvBytes)} (size limit for activities.csv)`,
      });
      return;
    }
  } catch (e) {
    events.result({
      file: csvPath,
      status: "failed",
      reason: `cannot read the file (${(e as Error).message})`,
    });
    return;
  }
  let read = 0;
  const results = await importStravaExport(
    createReadStream(csvPath),
    (paths) => {
      const out = new Map<string, Uint8Array | { error: string }>();
      for (const p of paths) {
        // the CSV names files inside the export; never follow it outside the folder
        const full = path.resolve(dir, p);
        if (!full.startsWith(path.resolve(dir) + path.sep)) {
          out.set(p, { error: "path points outside the export folder" });
          continue;
        }
        try {
          const size = statSync(full).size;
          if (size > limits.maxBytes)
            out.set(p, {
              error: `larger than ${megabytes(limits.maxBytes)} (size limit per file)`,
            });
          else out.set(p, readFileSync(full));
        } catch {
          // missing file: the row imports from the CSV summary
        }
      }
      return out;
    },
    {
      label: dir,
      limits,
      onRow: () => {
        read++;
        events.found(1);
        events.done(`${dir} (${read})`);
      },
    },
  );
  for (const r of results) events.result(r);
}

/**
 * Import service: reads files, folders, zips and uploads into per-file results, types
 * each run against the runner's own recent runs, works out the RPE used for load, and
 * stores everything through the runs repository (duplicates are recognised there: same
 * file, or same sport, start and distance).
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Activity } from "../../core/activity.js";
import type { RunRecord } from "../../core/journal/types.js";
import { heartRateAnchors } from "../../core/load/effort.js";
import { implausibleFields } from "../../core/load/plausible.js";
import { recentContext, recordFor } from "../../core/load/record.js";
import {
  DEFAULT_LIMITS,
  formatExtensions,
  importFileBytes,
  importStravaExport,
  openZip,
  type FileResult,
  type ImportLimits,
} from "../../import/index.js";
import {
  profileRepository,
  runsRepository,
  withTransaction,
  type Database,
} from "../../store/index.js";
import { expandPaths, isActivityFileName, type Source } from "./sources.js";

/** One file's outcome after storing: the reader's result plus the journal ids. */
export interface ImportOutcome extends FileResult {
  /** Ids of runs stored from this file (new ones). */
  runIds?: string[];
  /** Ids of runs already in the journal that this file's activities duplicate. */
  duplicateOf?: string[];
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  limits?: ImportLimits;
  now?: Date;
}

export interface ImportSummary {
  files: ImportOutcome[];
  counts: Record<ImportOutcome["status"], number>;
  /** Activities stored / recognised as already stored. */
  activitiesStored: number;
  activitiesDuplicate: number;
}

/** The plausibility rules' field names in the words a runner reads. */
const FIELD_WORDS: Record<string, string> = {
  startTime: "start time:",
  elapsedSeconds: "duration:",
  movingSeconds: "moving time:",
  distanceMeters: "distance:",
  avgPaceSecondsPerKm: "pace:",
  avgHeartRate: "average heart rate:",
  maxHeartRate: "maximum heart rate:",
  elevationGainMeters: "climb:",
};

/** Runs stored per transaction. */
const STORE_CHUNK = 200;

/** Largest zip read into memory (a Strava export of many years is a few GB at most). */
const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/**
 * Imports files, folders and zips from disk. A missing path is an InputError before
 * anything is read; a bad file is a "failed" line and the batch goes on.
 *
 * @example
 * const summary = await importPaths(database, userId, ["export.zip"], { onProgress: (p) => bar.update(p.done) });
 */
export async function importPaths(
  database: Database,
  userId: string,
  paths: readonly string[],
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const sources = expandPaths(paths);
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const results: FileResult[] = [];
  const progress = progressCounter(opts.onProgress);
  // append in a loop: push(...list) overflows the stack for a 200,000-row export
  for (const s of sources) for (const r of readSource(s, limits, progress)) results.push(r);
  return store(database, userId, results, opts.now ?? new Date());
}

/**
 * Imports uploaded files (the API's multipart upload): activity files, gzipped files or
 * zips (Strava export or plain).
 */
export async function importBuffers(
  database: Database,
  userId: string,
  files: readonly { name: string; bytes: Uint8Array }[],
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const results: FileResult[] = [];
  const progress = progressCounter(opts.onProgress);
  progress.add(files.length);
  for (const f of files) {
    if (isZip(f.bytes)) for (const r of readZip(f.name, f.bytes, limits, progress)) results.push(r);
    else {
      results.push(importFileBytes(f.name, f.bytes, limits));
      progress.tick(f.name);
    }
  }
  return store(database, userId, results, opts.now ?? new Date());
}

interface Progress {
  add(n: number): void;
  tick(file: string): void;
}

function progressCounter(onProgress: ImportOptions["onProgress"]): Progress {
  let total = 0;
  let done = 0;
  return {
    add: (n) => {
      total += n;
    },
    tick: (file) => {
      done++;
      onProgress?.({ done, total: Math.max(total, done), file });
    },
  };
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

function readSource(s: Source, limits: ImportLimits, progress: Progress): FileResult[] {
  if (s.kind === "file") {
    progress.add(1);
    const r = readOne(s.path, limits);
    progress.tick(s.path);
    return [r];
  }
  if (s.kind === "zip") {
    let bytes: Uint8Array;
    try {
      const size = statSync(s.path).size;
      if (size > MAX_ZIP_BYTES)
        return [
          {
            file: s.path,
            status: "failed",
            reason: "zip larger than 2 GB; unpack it and import the folder",
          },
        ];
      bytes = readFileSync(s.path);
    } catch (e) {
      return [
        {
          file: s.path,
          status: "failed",
          reason: `cannot read the file (${(e as Error).message})`,
        },
      ];
    }
    return readZip(s.path, bytes, limits, progress);
  }
  return readStravaFolder(s.path, limits, progress);
}

function readOne(file: string, limits: ImportLimits): FileResult {
  try {
    const size = statSync(file).size;
    // refuse before reading: a huge file never enters memory (gzip is checked after inflating)
    if (size > limits.maxBytes)
      return {
        file,
        status: "failed",
        reason: `larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB (size limit per file)`,
      };
    return importFileBytes(file, readFileSync(file), limits);
  } catch (e) {
    return { file, status: "failed", reason: `cannot read the file (${(e as Error).message})` };
  }
}

function readZip(
  label: string,
  bytes: Uint8Array,
  limits: ImportLimits,
  progress: Progress,
): FileResult[] {
  let zip;
  try {
    zip = openZip(bytes, limits.maxBytes);
  } catch (e) {
    const why = (e as Error).message;
    return [
      {
        file: label,
        status: "failed",
        reason: (e as Error).name === "FileProblem" ? why : `not a readable zip (${why})`,
      },
    ];
  }
  const csvName = zip.names.find((n) => n === "activities.csv" || n.endsWith("/activities.csv"));
  if (csvName) {
    const prefix = csvName.slice(0, -"activities.csv".length);
    const csv = zip.read([csvName]).get(csvName);
    if (!(csv instanceof Uint8Array))
      return [
        {
          file: `${label}/${csvName}`,
          status: "failed",
          reason: csv?.error ?? "cannot read activities.csv",
        },
      ];
    let counted = false;
    return importStravaExport(
      new TextDecoder().decode(csv),
      (paths) => {
        const got = zip.read(paths.map((p) => prefix + p));
        return new Map([...got].map(([k, v]) => [k.slice(prefix.length), v]));
      },
      {
        label,
        limits,
        onRow: (done, total) => {
          if (!counted) {
            progress.add(total);
            counted = true;
          }
          progress.tick(`${label} (${done}/${total})`);
        },
      },
    );
  }
  const names = zip.names.filter(isActivityFileName);
  progress.add(names.length);
  const out: FileResult[] = [];
  for (let i = 0; i < names.length; i += 50) {
    const batch = names.slice(i, i + 50);
    const got = zip.read(batch);
    for (const n of batch) {
      const v = got.get(n);
      out.push(
        v instanceof Uint8Array
          ? importFileBytes(`${label}/${n}`, v, limits)
          : { file: `${label}/${n}`, status: "failed", reason: v?.error ?? "missing from the zip" },
      );
      progress.tick(`${label}/${n}`);
    }
  }
  if (names.length === 0)
    out.push({
      file: label,
      status: "skipped",
      reason: `no activity files (${formatExtensions()}) and no activities.csv in the zip`,
    });
  return out;
}

function readStravaFolder(dir: string, limits: ImportLimits, progress: Progress): FileResult[] {
  let csv: string;
  try {
    csv = readFileSync(path.join(dir, "activities.csv"), "utf8");
  } catch (e) {
    return [
      {
        file: path.join(dir, "activities.csv"),
        status: "failed",
        reason: `cannot read the file (${(e as Error).message})`,
      },
    ];
  }
  let counted = false;
  return importStravaExport(
    csv,
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
          if (size > limits.maxBytes) out.set(p, { error: "larger than the size limit per file" });
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
      onRow: (done, total) => {
        if (!counted) {
          progress.add(total);
          counted = true;
        }
        progress.tick(`${dir} (${done}/${total})`);
      },
    },
  );
}

/**
 * Stores every imported activity, oldest first, so each run is typed against the runs
 * before it (those already in the journal and those earlier in this batch).
 */
async function store(
  database: Database,
  userId: string,
  results: FileResult[],
  now: Date,
): Promise<ImportSummary> {
  const profile = await profileRepository(database).getProfile(userId);
  const anchors = heartRateAnchors(profile ?? undefined);
  const repo = runsRepository(database);
  const known: Pick<RunRecord, "activity" | "planned">[] = await repo.listRuns(userId, {
    sport: "run",
    planned: false,
  });
  const queue: { result: number; activity: Activity }[] = [];
  results.forEach((r, i) => {
    if (!r.activities?.length) return;
    const kept: Activity[] = [];
    const reasons: string[] = [];
    r.activities.forEach((a, index) => {
      // implausible values (a run in year 1, "Infinity km", 0 km) are refused by name
      const bad = implausibleFields(a, now);
      if (bad.length === 0) {
        kept.push(a);
        queue.push({ result: i, activity: a });
      } else {
        const reason = bad.map((b) => `${FIELD_WORDS[b.field] ?? b.field} ${b.message}`).join("; ");
        (r.skipped ??= []).push({ index, reason });
        reasons.push(reason);
      }
    });
    // only what is stored is shown as imported: a refused activity is listed under skipped
    r.activities = kept;
    if (kept.length === 0) {
      r.status = "skipped";
      r.reason = [...new Set(reasons)].join("; ");
    }
  });
  queue.sort((x, y) => x.activity.startTime.localeCompare(y.activity.startTime));
  known.sort((x, y) => x.activity.startTime.localeCompare(y.activity.startTime));
  const outcomes: ImportOutcome[] = results.map((r) => ({ ...r }));
  const profileHr: { maxHeartRate?: number; thresholdHeartRate?: number } = {};
  if (profile?.maxHeartRate) profileHr.maxHeartRate = profile.maxHeartRate;
  if (profile?.thresholdHeartRate) profileHr.thresholdHeartRate = profile.thresholdHeartRate;
  let stored = 0;
  let duplicates = 0;
  // Chunks of inserts share one transaction (one disk sync per chunk instead of per run);
  // each run is still written whole or not at all, and a rerun after a crash is idempotent.
  for (let c = 0; c < queue.length; c += STORE_CHUNK) {
    await withTransaction(database, async (tx) => {
      const txRepo = runsRepository(tx);
      for (const item of queue.slice(c, c + STORE_CHUNK)) {
        const a = item.activity;
        const o = outcomes[item.result]!;
        let rec;
        try {
          const ctx = recentContext(a, windowBefore(known, a.startTime), profileHr);
          rec = recordFor(a, ctx, anchors);
        } catch (e) {
          // one activity whose figures cannot be worked out is left out; the batch goes on
          const why = e instanceof Error ? e.message : String(e);
          (o.skipped ??= []).push({
            index: item.activity.source.index ?? 0,
            reason: `its training load could not be worked out (${why})`,
          });
          continue;
        }
        const { id, duplicateOf } = await txRepo.insertRun(userId, {
          ...rec,
          createdAt: now.toISOString(),
        });
        if (duplicateOf) {
          (o.duplicateOf ??= []).push(duplicateOf);
          duplicates++;
        } else {
          (o.runIds ??= []).push(id);
          stored++;
          if (a.sport === "run") insertSorted(known, { activity: a });
        }
      }
    });
  }
  for (const o of outcomes) {
    if (o.status === "imported" && !o.runIds?.length && o.duplicateOf?.length) {
      o.status = "duplicate";
      o.reason = `already in the journal (${[...new Set(o.duplicateOf)].join(", ")})`;
    }
  }
  const counts = { imported: 0, duplicate: 0, skipped: 0, failed: 0 };
  for (const o of outcomes) counts[o.status]++;
  return { files: outcomes, counts, activitiesStored: stored, activitiesDuplicate: duplicates };
}

/** The runs in the 8 weeks before `start` from a start-sorted list (binary search). */
function windowBefore<T extends { activity: Activity }>(sorted: readonly T[], start: string): T[] {
  const from = new Date(Date.parse(start) - 57 * 86_400_000).toISOString();
  return sorted.slice(lowerBound(sorted, from), lowerBound(sorted, start));
}

function lowerBound(sorted: readonly { activity: Activity }[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.activity.startTime < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted<T extends { activity: Activity }>(sorted: T[], item: T): void {
  sorted.splice(lowerBound(sorted, item.activity.startTime), 0, item);
}

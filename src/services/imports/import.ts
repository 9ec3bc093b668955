/**
 * Import service: reads files, folders, zips and uploads into per-file results, types
 * each run against the runner's own recent runs, works out the RPE used for load, and
 * stores everything through the runs repository (duplicates are recognised there: same
 * file, or same sport, start and distance). Runs the runner deleted before are left out
 * there too, and counted apart, unless the import includes them again.
 */
import type { Activity } from "../../core/activity.js";
import type { RunRecord } from "../../core/journal/types.js";
import { heartRateAnchors } from "../../core/load/effort.js";
import { implausibleFields } from "../../core/schemas/plausible.js";
import { recentContext, recordFor } from "../../core/load/record.js";
import { localDay } from "../../core/time/calendar.js";
import { DEFAULT_LIMITS, type FileResult, type ImportLimits } from "../../import/index.js";
import {
  profileRepository,
  runsRepository,
  refreshAfterBulkLoad,
  withTransaction,
  type Database,
} from "../../store/index.js";
import { userTimeZone } from "../journal/context.js";
import { readInputs } from "./reader.js";
import { expandPaths } from "./sources.js";

/** One file's outcome after storing: the reader's result plus the journal ids. */
export interface ImportOutcome extends FileResult {
  /** Ids of runs stored from this file (new ones). */
  runIds?: string[];
  /** Ids of runs already in the journal that this file's activities duplicate. */
  duplicateOf?: string[];
  /** When the runner deleted each of this file's activities that were left out (ISO instants). */
  deletedBefore?: string[];
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
  /** Store runs the runner deleted before, and forget that they were deleted. */
  includeDeleted?: boolean;
}

export interface ImportSummary {
  files: ImportOutcome[];
  counts: Record<ImportOutcome["status"], number>;
  /** Activities stored / recognised as already stored / left out as deleted by the runner. */
  activitiesStored: number;
  activitiesDuplicate: number;
  activitiesDeletedBefore: number;
}

/** The plausibility rules' field names in the words a runner reads. */
const FIELD_WORDS: Record<string, string> = {
  startTime: "start time:",
  elapsedSeconds: "duration (seconds):",
  movingSeconds: "moving time (seconds):",
  distanceMeters: "distance:",
  avgPaceSecondsPerKm: "pace:",
  avgHeartRate: "average heart rate:",
  maxHeartRate: "maximum heart rate:",
  elevationGainMeters: "climb:",
};

/** Runs stored per transaction. */
const STORE_CHUNK = 200;

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
  const results = await readInputs(
    { kind: "paths", sources },
    opts.limits ?? DEFAULT_LIMITS,
    opts.onProgress,
  );
  return store(database, userId, results, opts);
}

/**
 * Imports uploaded files (the API's multipart upload): activity files, gzipped files or
 * zips (Strava export or plain). Decoding runs in a worker thread (reader.ts), so the
 * server keeps answering meanwhile.
 *
 * @example
 * const summary = await importBuffers(database, userId, [{ name: "run.fit", bytes }]);
 */
export async function importBuffers(
  database: Database,
  userId: string,
  files: readonly { name: string; bytes: Uint8Array }[],
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const results = await readInputs(
    { kind: "buffers", files: [...files] },
    opts.limits ?? DEFAULT_LIMITS,
    opts.onProgress,
  );
  return store(database, userId, results, opts);
}

/**
 * Stores every imported activity, oldest first, so each run is typed against the runs
 * before it (those already in the journal and those earlier in this batch).
 */
async function store(
  database: Database,
  userId: string,
  results: FileResult[],
  opts: ImportOptions,
): Promise<ImportSummary> {
  const now = opts.now ?? new Date();
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
  let deletedBefore = 0;
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
        const {
          id,
          duplicateOf,
          deletedBefore: deletedAt,
        } = await txRepo.insertRun(
          userId,
          { ...rec, createdAt: now.toISOString() },
          { includeDeleted: opts.includeDeleted === true },
        );
        if (deletedAt !== undefined) {
          (o.deletedBefore ??= []).push(deletedAt);
          deletedBefore++;
        } else if (duplicateOf) {
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
  // After a bulk load the planner's statistics are stale (PostgreSQL most of all): refresh
  // them so history, week and insights keep using their indexes.
  await refreshAfterBulkLoad(database, stored);
  const timeZone = deletedBefore > 0 ? await userTimeZone(database, userId) : "UTC";
  for (const o of outcomes) settleNothingStored(o, timeZone);
  const counts = { imported: 0, duplicate: 0, skipped: 0, failed: 0 };
  for (const o of outcomes) counts[o.status]++;
  return {
    files: outcomes,
    counts,
    activitiesStored: stored,
    activitiesDuplicate: duplicates,
    activitiesDeletedBefore: deletedBefore,
  };
}

/**
 * A file read whole whose activities were all already stored or deleted by the runner
 * before is no longer "imported": a duplicate when any was already in the journal, else
 * skipped, with the days the runner deleted them (in their time zone) as the reason.
 */
function settleNothingStored(o: ImportOutcome, timeZone: string): void {
  if (o.status !== "imported" || o.runIds?.length) return;
  const deleted = o.deletedBefore ?? [];
  const what =
    deleted.length === 1 && !o.duplicateOf?.length ? "it" : `${deleted.length} of its activities`;
  const days = [...new Set(deleted.map((at) => localDay(at, timeZone)))].join(", ");
  const left = deleted.length === 0 ? "" : `you deleted ${what} before (on ${days})`;
  if (o.duplicateOf?.length) {
    o.status = "duplicate";
    o.reason = `already in the journal (${[...new Set(o.duplicateOf)].join(", ")})`;
    if (left) o.reason += `; ${left}`;
  } else if (left) {
    o.status = "skipped";
    o.reason = left;
  }
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

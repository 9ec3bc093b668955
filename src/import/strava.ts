/**
 * A Strava bulk export (the folder or its .zip): every row of activities.csv becomes one
 * result. Rows whose activity file is present import from the file, with the CSV adding
 * what files do not carry (name, perceived exertion, race flag); rows whose file is
 * missing or unreadable import from the CSV summary alone and say so.
 */
import type { Activity } from "../core/activity.js";
import { runCadence } from "./gpx.js";
import { importFileBytes, sha256 } from "./read-file.js";
import { decideSport } from "./sport.js";
import { streamStravaRows, type CsvSource, type StravaRow } from "./strava-csv.js";
import { paceSecondsPerKm, tenth } from "./track.js";
import { DEFAULT_LIMITS, FileProblem, type FileResult, type ImportLimits } from "./types.js";

/** Bytes of the export's files by their path inside the export, or why they are unreadable. */
export type ExportFiles = (paths: string[]) => Map<string, Uint8Array | { error: string }>;

export interface StravaImportOptions {
  /** Label of the export in results, e.g. "export.zip". */
  label: string;
  limits?: ImportLimits;
  /** Called after each row with the rows done so far, for progress. */
  onRow?: (done: number) => void;
  /** Rows read per batch of files (bounds memory for large exports). */
  batchSize?: number;
}

/**
 * Imports every row of an export, reading activities.csv as a stream and the activity
 * files a batch of rows at a time.
 *
 * @example
 * await importStravaExport(csvText, (paths) => new Map(), { label: "export" });
 */
export async function importStravaExport(
  csv: CsvSource,
  files: ExportFiles,
  options: StravaImportOptions,
): Promise<FileResult[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const out: FileResult[] = [];
  const size = options.batchSize ?? 100;
  let chunk: StravaRow[] = [];
  const flush = () => {
    const wanted = chunk
      .filter((r) => r.fileName && !("skip" in decideSport(r.type)))
      .map((r) => r.fileName!);
    const got =
      wanted.length > 0 ? files(wanted) : new Map<string, Uint8Array | { error: string }>();
    for (const row of chunk) {
      out.push(importRow(row, got.get(row.fileName ?? ""), options.label, limits));
      options.onRow?.(out.length);
    }
    chunk = [];
  };
  let rows = 0;
  try {
    for await (const row of streamStravaRows(csv)) {
      rows++;
      chunk.push(row);
      if (chunk.length >= size) flush();
    }
  } catch (e) {
    flush();
    const why =
      e instanceof FileProblem ? e.message : `activities.csv could not be read (${String(e)})`;
    // the rows before a damaged record keep their results; the rest of the list is named
    out.push({
      file: `${options.label}/activities.csv`,
      status: "failed",
      reason: rows > 0 ? `${why}; the ${rows.toLocaleString("en")} rows before it were read` : why,
    });
    return out;
  }
  flush();
  // Every upload gets a result naming it, even an export whose list is empty.
  if (rows === 0)
    out.push({
      file: `${options.label}/activities.csv`,
      status: "skipped",
      reason: "activities.csv lists no activities",
    });
  return out;
}

function importRow(
  row: StravaRow,
  file: Uint8Array | { error: string } | undefined,
  label: string,
  limits: ImportLimits,
): FileResult {
  const where = `${label}/activities.csv line ${row.line} (activity ${row.id || "without id"})`;
  const decision = decideSport(row.type);
  if ("skip" in decision) return { file: where, status: "skipped", reason: decision.skip };
  const notes: string[] = [];
  if (row.fileName && file instanceof Uint8Array) {
    const r = importFileBytes(`${label}/${row.fileName}`, file, limits);
    if (r.status === "imported" && r.activities) {
      return { ...r, activities: r.activities.map((a) => withCsvExtras(a, row)) };
    }
    notes.push(
      `activity file ${row.fileName} ${r.status === "skipped" ? "was skipped" : "could not be read"} (${r.reason}); imported from the CSV summary`,
    );
  } else if (row.fileName && file && "error" in file) {
    notes.push(
      `activity file ${row.fileName} could not be read (${file.error}); imported from the CSV summary`,
    );
  } else if (row.fileName) {
    notes.push(
      `activity file ${row.fileName} is not in the export; imported from the CSV summary (no laps or track)`,
    );
  } else {
    notes.push("no activity file for this row (manual entry); imported from the CSV summary");
  }
  const activity = fromCsv(row, decision.sport, notes);
  if (typeof activity === "string") return { file: where, status: "failed", reason: activity };
  return { file: where, status: "imported", activities: [activity], partial: notes };
}

function withCsvExtras(a: Activity, row: StravaRow): Activity {
  const out: Activity = { ...a };
  if (row.name) out.name = row.name;
  if (row.rpe !== undefined) out.rpe = row.rpe;
  if (row.race) out.raceFlag = true;
  return out;
}

function fromCsv(row: StravaRow, sport: Activity["sport"], notes: string[]): Activity | string {
  if (!row.startTime)
    return row.dateText
      ? `the Activity Date "${row.dateText.slice(0, 60)}" is not a date Limber reads (for example "Dec 4, 2026, 7:10:00 AM", "4 Dec 2026, 07:10:00" or "2026-12-04 07:10:00")`
      : "the Activity Date is empty";
  if (row.elapsedSeconds === undefined || row.elapsedSeconds <= 0)
    return "the Elapsed Time is empty or zero";
  const a: Activity = {
    sport,
    startTime: row.startTime,
    elapsedSeconds: row.elapsedSeconds,
    laps: [],
    source: {
      kind: "strava-csv",
      fileName: "activities.csv",
      fileHash: sha256(new TextEncoder().encode(`strava-activity:${row.id}`)),
      index: 0,
      notes,
    },
  };
  if (row.name) a.name = row.name;
  if (row.movingSeconds !== undefined && row.movingSeconds > 0)
    a.movingSeconds = Math.min(row.movingSeconds, row.elapsedSeconds);
  if (row.distanceMeters !== undefined && row.distanceMeters > 0)
    a.distanceMeters = tenth(row.distanceMeters);
  if (row.elevationGainMeters !== undefined) a.elevationGainMeters = tenth(row.elevationGainMeters);
  if (row.avgHeartRate !== undefined) a.avgHeartRate = Math.round(row.avgHeartRate);
  if (row.maxHeartRate !== undefined) a.maxHeartRate = Math.round(row.maxHeartRate);
  if (row.avgCadence !== undefined && row.avgCadence > 0)
    a.avgCadence = Math.round(sport === "run" ? runCadence(row.avgCadence) : row.avgCadence);
  if (row.rpe !== undefined) a.rpe = row.rpe;
  if (row.race) a.raceFlag = true;
  if (sport === "run") {
    const pace = paceSecondsPerKm(a.distanceMeters, a.movingSeconds ?? a.elapsedSeconds);
    if (pace !== undefined) a.avgPaceSecondsPerKm = pace;
  }
  return a;
}

/**
 * One file in, one result out: size and decompression guards, format sniffing, the
 * format reader, the file hash. Nothing thrown by a reader escapes; a damaged file
 * becomes a "failed" result with a reason.
 */
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import type { Activity } from "../core/activity.js";
import type { ActivityFormat } from "./formats/format.js";
import { yearOf } from "./instant.js";
import { detectFormat, formatLabels } from "./formats/registry.js";
import {
  DEFAULT_LIMITS,
  Deadline,
  FileProblem,
  type FileReading,
  type FileResult,
  type ImportLimits,
} from "./types.js";

/** The name of a format in the registry ("fit", "gpx", "tcx", ...). */
export type FileFormat = ActivityFormat["name"];

/** sha256 of bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** True for gzip data (magic bytes 1f 8b), whatever the file is called. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Un-gzips with a ceiling on the output, so a small "gzip bomb" cannot fill memory.
 *
 * @example
 * gunzipLimited(gzipSync(Buffer.from("hi")), 1024).toString(); // "hi"
 */
export function gunzipLimited(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (
      code === "ERR_BUFFER_TOO_LARGE" ||
      /Cannot create a Buffer larger|too large/i.test(String(e))
    ) {
      throw new FileProblem(
        `decompresses to more than ${Math.round(maxBytes / 1024 / 1024)} MB (size limit per file)`,
      );
    }
    throw new FileProblem(`gzip data is damaged (${(e as Error).message})`);
  }
}

/** The format from the bytes first (FIT header, XML root), the file name second (the registry decides). */
export function sniffFormat(name: string, bytes: Uint8Array): FileFormat | undefined {
  return detectFormat(name, bytes)?.name;
}

/**
 * Reads one activity file (any format of the registry, optionally gzipped) into a per-file result.
 * Never throws for bad content.
 *
 * @example
 * const r = importFileBytes("run.fit", bytes);
 * if (r.status === "imported") console.log(r.activities?.[0]?.distanceMeters);
 */
export function importFileBytes(
  name: string,
  raw: Uint8Array,
  limits: ImportLimits = DEFAULT_LIMITS,
): FileResult {
  const baseName = name.split(/[\\/]/).pop() ?? name;
  try {
    if (raw.length === 0) return { file: name, status: "failed", reason: "the file is empty" };
    if (raw.length > limits.maxBytes) {
      return {
        file: name,
        status: "failed",
        reason: `larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB (size limit per file)`,
      };
    }
    const deadline = new Deadline(limits.timeBudgetMs);
    const bytes = isGzip(raw) ? gunzipLimited(raw, limits.maxBytes) : raw;
    if (bytes.length === 0)
      return { file: name, status: "failed", reason: "the file is empty after decompression" };
    const format = detectFormat(baseName, bytes);
    if (!format)
      return {
        file: name,
        status: "failed",
        reason: /\.csv$/i.test(baseName)
          ? `not a ${formatLabels()} file; a Strava activities.csv is read with its export: import the whole Strava export (its .zip)`
          : `not a ${formatLabels()} file`,
      };
    const reading = format.decode(bytes, deadline);
    const hash = sha256(bytes);
    return toResult(name, baseName, format.name, hash, reading);
  } catch (e) {
    if (e instanceof FileProblem) return { file: name, status: "failed", reason: e.message };
    const msg = e instanceof Error ? e.message : String(e);
    return {
      file: name,
      status: "failed",
      reason: `could not be read (${msg.split("\n")[0]?.slice(0, 200)})`,
    };
  }
}

function toResult(
  name: string,
  baseName: string,
  kind: FileFormat,
  hash: string,
  reading: FileReading,
): FileResult {
  if (reading.activities.some((a) => (yearOf(a.startTime) ?? 2000) < 2000)) {
    reading.notes.push("the start date is before 2000: the device clock was probably not set");
  }
  const activities: Activity[] = reading.activities.map((a) => {
    const source = { ...a.source, kind, fileName: baseName, fileHash: hash };
    if (reading.notes.length > 0) source.notes = [...reading.notes];
    return { ...a, source };
  });
  if (activities.length > 0) {
    const r: FileResult = { file: name, status: "imported", activities };
    if (reading.skipped.length > 0) r.skipped = reading.skipped;
    const partial = [...reading.notes];
    if (partial.length > 0) r.partial = partial;
    return r;
  }
  if (reading.skipped.length > 0) {
    const r: FileResult = {
      file: name,
      status: "skipped",
      reason: unique(reading.skipped.map((s) => s.reason)).join("; "),
    };
    if (reading.skipped.length > 1) r.skipped = reading.skipped;
    if (reading.notes.length > 0) r.partial = reading.notes;
    return r;
  }
  return {
    file: name,
    status: "failed",
    reason: reading.notes.join("; ") || "no activity found in the file",
  };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

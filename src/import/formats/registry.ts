/**
 * Every run-file format Limber reads. Adding one is a module in this folder and a line
 * here; file import, API uploads, folders, zips and Strava export entries all go through
 * this list (detection by content first, then by extension).
 *
 * @example
 * detectFormat("run.gpx", bytes)?.name; // "gpx"
 * isActivityFileName("activities/123.fit.gz"); // true
 */
import { fitFormat } from "./fit.js";
import { xmlText, type ActivityFormat } from "./format.js";
import { gpxFormat } from "./gpx.js";
import { tcxFormat } from "./tcx.js";

export const ACTIVITY_FORMATS: readonly ActivityFormat[] = [fitFormat, gpxFormat, tcxFormat];

/** "FIT, GPX or TCX" for messages. */
export function formatLabels(): string {
  const labels = ACTIVITY_FORMATS.map((f) => f.label);
  return labels.length > 1
    ? `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`
    : (labels[0] ?? "");
}

/** ".fit, .gpx, .tcx" for messages. */
export function formatExtensions(): string {
  return ACTIVITY_FORMATS.flatMap((f) => f.extensions).join(", ");
}

function byExtension(name: string): ActivityFormat | undefined {
  const lower = name.toLowerCase().replace(/\.gz$/, "");
  return ACTIVITY_FORMATS.find((f) => f.extensions.some((ext) => lower.endsWith(ext)));
}

/** True for a file name Limber reads as an activity file (any format's extension, optionally .gz). */
export function isActivityFileName(name: string): boolean {
  return byExtension(name) !== undefined;
}

/** The format of (decompressed) bytes: by content first, the file name second. */
export function detectFormat(name: string, bytes: Uint8Array): ActivityFormat | undefined {
  // The first 4 KB as text (UTF-8, or UTF-16 as some devices write XML) for content checks.
  const head = xmlText(bytes.subarray(0, 4096));
  return ACTIVITY_FORMATS.find((f) => f.detect(bytes, head)) ?? byExtension(name);
}

/**
 * Every run-file format Limber reads: the list in src/core/activity-formats.ts, each with
 * its decoder from this folder. Adding one is its line in core and its decoder module here
 * (the type of DECODERS asks for it); file import, API uploads, folders, zips and Strava
 * export entries all go through this list (detection by content first, then by extension).
 *
 * @example
 * detectFormat("run.gpx", bytes)?.name; // "gpx"
 * isActivityFileName("activities/123.fit.gz"); // true
 */
import { ACTIVITY_FILE_FORMATS, type ActivityFileFormat } from "../../core/activity-formats.js";
import { fitDecoder } from "./fit.js";
import { xmlText, type ActivityFormat, type FormatDecoder } from "./format.js";
import { gpxDecoder } from "./gpx.js";
import { tcxDecoder } from "./tcx.js";

const DECODERS: { readonly [K in ActivityFileFormat]: FormatDecoder } = {
  fit: fitDecoder,
  gpx: gpxDecoder,
  tcx: tcxDecoder,
};

export const ACTIVITY_FORMATS: readonly ActivityFormat[] = ACTIVITY_FILE_FORMATS.map((f) => ({
  ...f,
  ...DECODERS[f.name],
}));

/** "FIT, GPX or TCX" for messages. */
export { formatLabels } from "../../core/activity-formats.js";

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

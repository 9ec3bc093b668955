/**
 * The run-file formats Limber reads, as data: name (stored as the activity's source kind),
 * label for messages and file extensions. The one list the source kinds (`activity.ts` and
 * its schema), the importer's registry (src/import/formats/registry.ts, which pairs each
 * name with its decoder) and the web app's upload `accept` list are built from.
 */

import { listed } from "./text/listed.js";

export interface ActivityFileFormatInfo {
  /** Stored as the activity's source kind. */
  readonly name: string;
  /** How people call it, in messages ("FIT"). */
  readonly label: string;
  /** Lower-case file extensions with the dot (".fit"); `.gz` of each is read too. */
  readonly extensions: readonly string[];
}

/** Adding a format: one line here, and its decoder module in src/import/formats/. */
export const ACTIVITY_FILE_FORMATS = [
  { name: "fit", label: "FIT", extensions: [".fit"] },
  { name: "gpx", label: "GPX", extensions: [".gpx"] },
  { name: "tcx", label: "TCX", extensions: [".tcx"] },
] as const satisfies readonly ActivityFileFormatInfo[];

/** The name of a run-file format ("fit", "gpx", "tcx", ...). */
export type ActivityFileFormat = (typeof ACTIVITY_FILE_FORMATS)[number]["name"];

/** Sources that are not a run file: a row of a Strava export's activities.csv, a run entered by hand. */
const OTHER_SOURCE_KINDS = ["strava-csv", "manual"] as const;

/** Where an activity came from, as stored: a run-file format or one of the other sources. */
export type SourceKind = ActivityFileFormat | (typeof OTHER_SOURCE_KINDS)[number];

/**
 * Every source kind, file formats first.
 *
 * @example
 * SOURCE_KINDS; // ["fit", "gpx", "tcx", "strava-csv", "manual"]
 */
export const SOURCE_KINDS = [
  ...ACTIVITY_FILE_FORMATS.map((f) => f.name),
  ...OTHER_SOURCE_KINDS,
] as readonly SourceKind[] as readonly [SourceKind, ...SourceKind[]];

/**
 * What an upload takes besides the formats themselves: zips (a whole Strava export, or
 * any archive of run files) and gzip of any file. A Strava export's activities.csv is read
 * only with the export around it (its zip, or its folder on the command line), so the
 * chooser does not offer .csv on its own.
 */
const CONTAINER_EXTENSIONS = [".zip", ".gz"] as const;

/**
 * The file chooser's `accept` list for activity uploads.
 *
 * @example
 * uploadAccept(); // ".fit,.gpx,.tcx,.zip,.gz"
 */
export function uploadAccept(): string {
  return [...ACTIVITY_FILE_FORMATS.flatMap((f) => f.extensions), ...CONTAINER_EXTENSIONS].join(",");
}

/**
 * The formats' labels for people.
 *
 * @example
 * formatLabels(); // "FIT, GPX or TCX"
 */
export function formatLabels(): string {
  return listed(
    ACTIVITY_FILE_FORMATS.map((f) => f.label),
    "or",
  );
}

/** Activity files in, plain activities out (the formats of formats/registry.ts, gzip, Strava exports). */
export {
  importFileBytes,
  isGzip,
  sha256,
  sniffFormat,
  gunzipLimited,
  type FileFormat,
} from "./read-file.js";
export {
  ACTIVITY_FORMATS,
  detectFormat,
  formatExtensions,
  formatLabels,
  isActivityFileName,
} from "./formats/registry.js";
export type { ActivityFormat } from "./formats/format.js";
export { importStravaExport, type ExportFiles } from "./strava.js";
export { parseStravaCsv, type StravaRow } from "./strava-csv.js";
export { openZip, type ZipArchive } from "./zip.js";
export { DEFAULT_LIMITS, type FileResult, type FileStatus, type ImportLimits } from "./types.js";

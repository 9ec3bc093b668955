/** Activity files in, plain activities out (FIT, GPX, TCX, gzip, Strava exports). */
export { importFileBytes, isGzip, sha256, sniffFormat, gunzipLimited } from "./read-file.js";
export { importStravaExport, type ExportFiles } from "./strava.js";
export { parseStravaCsv, type StravaRow } from "./strava-csv.js";
export { openZip, type ZipArchive } from "./zip.js";
export { DEFAULT_LIMITS, type FileResult, type FileStatus, type ImportLimits } from "./types.js";

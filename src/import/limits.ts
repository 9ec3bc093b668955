/**
 * Every limit on what one import may read, in one place, so the CLI, the API and the
 * tests agree and RELIABILITY.md can quote them. They bound memory and time against
 * damaged or hostile files (zip and gzip bombs, archives of tens of thousands of empty
 * entries) while leaving room for the largest real exports: a Strava export of 15 years
 * of daily runs holds about 6,000 activity files, and its activities.csv about 3 MB.
 */
export const IMPORT_LIMITS = {
  /** Largest activity file, after decompression. */
  fileBytes: 64 * 1024 * 1024,
  /** Milliseconds one file may take before the importer gives up on it. */
  fileTimeMs: 20_000,
  /** Largest activities.csv of a Strava export (read as a stream, never whole). */
  csvBytes: 1024 * 1024 * 1024,
  /** Largest zip archive read from disk. */
  zipBytes: 2 * 1024 * 1024 * 1024 - 1,
  /** Most entries one zip may hold. */
  zipEntries: 20_000,
  /** Most bytes all entries of one zip may inflate to, counted as they inflate. */
  zipTotalBytes: 4 * 1024 * 1024 * 1024,
  /**
   * Most bytes a zip may inflate to per byte of archive (activity files compress about
   * 5-20 times; a zip bomb about 1,000 times), above a floor for small archives.
   */
  zipRatio: 100,
  zipRatioFloorBytes: 256 * 1024 * 1024,
  /** All files of one API upload together. */
  uploadBytes: 256 * 1024 * 1024,
  /** Heap of the thread that reads an import, in MB: a file that needs more fails alone. */
  readerHeapMb: 1024,
} as const;

/**
 * A byte count as people say it: "64 MB", "4 GB".
 *
 * @example
 * megabytes(IMPORT_LIMITS.fileBytes); // "64 MB"
 */
export function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0
    ? `${bytes / 1024 ** 3} GB`
    : `${Math.round(bytes / 1024 / 1024)} MB`;
}

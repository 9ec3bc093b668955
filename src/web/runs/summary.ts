/**
 * An import in a few words: how many activities came in, how many were already in the
 * journal, how many the runner had deleted before (left out, so a monthly re-import of a
 * whole export does not bring them back), and which files were skipped or failed, with the
 * file name and reason. The per-file rows stay behind "details", since a Strava export
 * holds thousands of them.
 */
import type { ImportAnswer, ImportResult } from "../api/upload.js";

export interface ImportSummary {
  /** One sentence for the whole upload. */
  headline: string;
  /** Files that failed or were skipped, with why: shown without opening the details. */
  problems: ImportResult[];
  files: number;
  /** Runs left out because the runner deleted them before. */
  deletedBefore: number;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * Summarises one answer of POST /api/runs/import.
 *
 * @example
 * importSummary({ results, activitiesStored: 1602, activitiesDuplicate: 22 }).headline;
 * // "1,602 new activities from 1,845 files; 22 already in your journal; 2 files failed."
 * // with activitiesDeletedBefore: 1, it ends "... 2 files failed. 1 run you deleted before was left out."
 */
export function importSummary(a: ImportAnswer): ImportSummary {
  const count = (s: ImportResult["status"]) =>
    a.counts?.[s] ?? a.results.filter((r) => r.status === s).length;
  const stored =
    a.activitiesStored ??
    a.results.reduce((n, r) => n + (r.status === "imported" ? (r.runIds?.length ?? 0) : 0), 0);
  const dup =
    a.activitiesDuplicate ??
    a.results.reduce(
      (n, r) => n + (r.status === "duplicate" ? (r.duplicateOf?.length ?? 1) : 0),
      0,
    );
  const parts = [
    `${plural(stored, "new activity", "new activities")} from ${plural(a.results.length, "file")}`,
  ];
  if (dup > 0) parts.push(`${dup.toLocaleString("en")} already in your journal`);
  const skipped = count("skipped");
  const failed = count("failed");
  if (skipped > 0) parts.push(`${plural(skipped, "file")} skipped`);
  if (failed > 0) parts.push(`${plural(failed, "file")} failed`);
  const deleted =
    a.activitiesDeletedBefore ?? a.results.reduce((n, r) => n + (r.deletedBefore?.length ?? 0), 0);
  const sentences = [`${parts.join("; ")}.`];
  if (deleted > 0)
    sentences.push(
      `${plural(deleted, "run")} you deleted before ${deleted === 1 ? "was" : "were"} left out.`,
    );
  return {
    headline: sentences.join(" "),
    problems: a.results.filter((r) => r.status === "failed" || r.status === "skipped"),
    files: a.results.length,
    deletedBefore: deleted,
  };
}

/**
 * What the importers hand back: one result per file, with zero or more activities.
 * Import never throws for a bad file; the result says what happened and why.
 */
import type { Activity } from "../core/activity.js";
import { IMPORT_LIMITS } from "./limits.js";

export type FileStatus = "imported" | "duplicate" | "skipped" | "failed";

export interface FileResult {
  /** File name or path as given. */
  file: string;
  status: FileStatus;
  /** Why it was skipped or failed (one line a runner can read). */
  reason?: string;
  activities?: Activity[];
  /** Activities from this file that were left out, with why (e.g. a walk inside a multisport file). */
  skipped?: { index: number; reason: string }[];
  /** What could not be read although the file imported (partial import). */
  partial?: string[];
}

/** Limits that keep one file from taking down a batch. */
export interface ImportLimits {
  /** Largest file accepted, after decompression. */
  maxBytes: number;
  /** Milliseconds one file may take before the importer gives up on it. */
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: IMPORT_LIMITS.fileBytes,
  timeBudgetMs: IMPORT_LIMITS.fileTimeMs,
};

/** Thrown inside an importer for a file that cannot be read; turned into a "failed" result. */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileProblem";
  }
}

/** A cooperative deadline: long loops call `check()` and stop when the file's time is up. */
export class Deadline {
  private readonly end: number;
  constructor(
    budgetMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.end = now() + budgetMs;
  }
  /** Throws a FileProblem once the budget is spent. */
  check(): void {
    if (this.now() > this.end) throw new FileProblem("took too long to read (time limit per file)");
  }
}

/** What one format reader found in a file, before the file-level result is made. */
export interface FileReading {
  activities: import("../core/activity.js").Activity[];
  /** Activities in the file that Limber does not keep, with why. */
  skipped: { index: number; reason: string }[];
  /** What could not be read although something was (partial import). */
  notes: string[];
}

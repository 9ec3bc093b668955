/**
 * A recorded activity as the importers produce it and the journal stores it: plain data,
 * no file format left in it. Manual runs use the same shape with `source.kind = "manual"`.
 */
import type { SourceKind } from "./activity-formats.js";
import type { RuleId, RunType } from "./vocabulary.js";

export type ActivitySport = "run" | "cycling" | "swimming";

export interface Lap {
  /** Seconds from the activity start. */
  startOffsetSeconds: number;
  elapsedSeconds: number;
  distanceMeters?: number;
  avgHeartRate?: number;
  maxHeartRate?: number;
  /** Seconds per km. */
  avgPaceSecondsPerKm?: number;
  elevationGainMeters?: number;
}

export interface ActivitySource {
  /** A run-file format of `activity-formats.ts`, a Strava CSV row or a manual entry. */
  kind: SourceKind;
  /** File name as given (no directory), when from a file. */
  fileName?: string;
  /** sha256 of the source file's bytes (after gunzip), hex. */
  fileHash?: string;
  /** Index of this activity inside a multi-activity / multisport file. */
  index?: number;
  /** Things the importer could not read but did not stop for (partial import). */
  notes?: string[];
}

export interface Activity {
  sport: ActivitySport;
  /** Sub-sport detail as the file says it ("treadmill", "trail", "indoor_cycling"...). */
  subSport?: string;
  name?: string;
  /** ISO 8601 instant (UTC, with Z). */
  startTime: string;
  /**
   * Only the day was given (a run entered for an earlier day): `startTime` is noon of that
   * day in `timeZone`, a time nobody said, so none is shown.
   */
  dateOnly?: boolean;
  /** IANA zone or a fixed offset like "+01:00", when the source tells. */
  timeZone?: string;
  elapsedSeconds: number;
  movingSeconds?: number;
  distanceMeters?: number;
  elevationGainMeters?: number;
  avgHeartRate?: number;
  maxHeartRate?: number;
  /** Seconds per km, runs only. */
  avgPaceSecondsPerKm?: number;
  /** Steps per minute (both feet) for runs, rpm for cycling. */
  avgCadence?: number;
  laps: Lap[];
  /** Perceived exertion 1-10 where the source has it. */
  rpe?: number;
  /** The file or app marked it as a race. */
  raceFlag?: boolean;
  source: ActivitySource;
}

/** A run type with the reasons that chose it (issue: run type from the data). */
export interface RunClassification {
  type: RunType;
  reasons: string[];
  rules: RuleId[];
}

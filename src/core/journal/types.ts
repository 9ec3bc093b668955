/**
 * The journal's records as every layer sees them (store rows map to these, the API sends
 * them as JSON, the web app renders them, `limber export` writes them). Dates are ISO 8601
 * strings: instants with `Z`, calendar days as `YYYY-MM-DD` in the runner's time zone.
 */
import type { Activity, RunClassification } from "../activity.js";
import type { CalendarFeedRecord } from "../calendar-plan/feed.js";
import type { Routine } from "../routine/types.js";
import type {
  Equipment,
  PainKind,
  Pressure,
  Region,
  RunType,
  SessionKind,
  Side,
  Weekday,
} from "../vocabulary.js";
import { WEEKDAYS } from "../vocabulary.js";

export const UNITS = ["metric", "imperial"] as const;
export type Units = (typeof UNITS)[number];

/** The units used while the runner has not chosen any. */
export const DEFAULT_UNITS: Units = "metric";

/**
 * The runner's units, or the default when they have not chosen (the default is applied here,
 * when reading, and never stored as if chosen).
 *
 * @example
 * unitsOf({ units: "imperial" }); // "imperial"
 * unitsOf(null); // "metric"
 */
export function unitsOf(profile: { units?: Units } | null | undefined): Units {
  return profile?.units ?? DEFAULT_UNITS;
}

/**
 * The weekday (0 = Sunday ... 6 = Saturday) a runner's weeks start on: the one they set, else
 * Monday.
 *
 * @example
 * weekStartsOnOf({ weekStart: "sunday" }); // 0
 * weekStartsOnOf(null); // 1
 */
export function weekStartsOnOf(profile: { weekStart?: Weekday } | null | undefined): number {
  return profile?.weekStart ? WEEKDAYS.indexOf(profile.weekStart) : 1;
}

/** Who the runner is (A3) and how they like to train (T6). */
export interface Profile {
  /** Absent until the runner gives one. */
  name?: string;
  /** Absent until the runner chooses; read with `unitsOf`. */
  units?: Units;
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  equipment: Equipment[];
  yearsRunning?: number;
  weeklyDistanceKm?: number;
  previousInjuries: string[];
  hoursSittingPerDay?: number;
  /** "HH:MM" local time for the daily session and reminders (T6). */
  preferredSessionTime?: string;
  goals: string[];
  /** New to soft-tissue work: start with two short sessions a week (S8). */
  newToSoftTissue?: boolean;
  /**
   * Minutes of care the runner's week may hold: the week plan and today's session keep to it.
   * Absent until the runner sets one (the plan then uses its default).
   */
  weeklyBudgetMinutes?: number;
  /** The day the runner's week starts on; absent until set (Monday is then assumed). */
  weekStart?: Weekday;
  /** Known heart-rate anchors, for run typing and TRIMP. */
  maxHeartRate?: number;
  restingHeartRate?: number;
  thresholdHeartRate?: number;
}

/** One region's self-check (A1). */
export interface BodyCheckEntry {
  region: Region;
  side?: Side;
  stiffness: number; // 0-10
  tenderness: number; // 0-10
  /** Seconds for the sensation to fade after pressure. */
  fadeSeconds?: number;
  /** Whether tenderness comes back after pressure; absent when the runner did not say. */
  rebound?: boolean;
}

export interface BodyCheck {
  id: string;
  /** Calendar day in the runner's time zone. */
  date: string;
  entries: BodyCheckEntry[];
  createdAt: string;
}

/** A4 range-of-motion tests. */
export const ROM_TESTS = [
  "knee-to-wall",
  "straight-leg-raise",
  "thoracic-rotation",
  "thomas",
  "sit-and-reach",
] as const;
export type RomTestKind = (typeof ROM_TESTS)[number];

/** Unit of each test's value; Thomas is pass (1) / fail (0) or a hip angle in degrees. */
export const ROM_UNITS: Record<RomTestKind, "cm" | "deg" | "pass/deg"> = {
  "knee-to-wall": "cm",
  "straight-leg-raise": "deg",
  "thoracic-rotation": "deg",
  thomas: "pass/deg",
  "sit-and-reach": "cm",
};

export const ROM_SIDED: Record<RomTestKind, boolean> = {
  "knee-to-wall": true,
  "straight-leg-raise": true,
  "thoracic-rotation": true,
  thomas: true,
  "sit-and-reach": false,
};

export interface RomTest {
  id: string;
  date: string;
  test: RomTestKind;
  /** Sided tests use left/right; sit-and-reach uses value. */
  left?: number;
  right?: number;
  value?: number;
  /** Thomas test: passed or not, per side. */
  leftPass?: boolean;
  rightPass?: boolean;
  notes?: string;
  createdAt: string;
}

export interface Ratings {
  stiffness: number; // 0-10
  soreness: number; // 0-10
  pain: number; // 0-10
}

export interface SessionItemLog {
  /** Movement id, as in the routine (or, for an added item, as in the library). */
  id: string;
  status: "done" | "skipped";
  pressure?: Pressure;
  /**
   * Done beside the routine, not in it: the runner added it when logging. Always done, and
   * its seconds are the runner's own (the routine gave it no dose).
   */
  added?: true;
  /** Seconds the runner said they spent on an added item. */
  seconds?: number;
}

/** A logged session (P1): the routine as given and how it went. */
export interface SessionLog {
  id: string;
  /** Instant the session started. */
  startedAt: string;
  kind: SessionKind;
  routine: Routine;
  items: SessionItemLog[];
  before?: Partial<Ratings>;
  after?: Partial<Ratings>;
  mood?: number; // 1-5
  energy?: number; // 1-5
  notes?: string;
  createdAt: string;
}

export interface PainFlag {
  id: string;
  region: Region;
  side?: Side;
  kind: PainKind;
  openedAt: string;
  resolvedAt?: string;
  notes?: string;
}

/** How the next run felt (P7), 0 (awful) - 10 (great), tied to the run when known. */
export interface RunComfort {
  id: string;
  date: string;
  runId?: string;
  comfort: number;
  notes?: string;
  createdAt: string;
}

/** A run or cross-training activity in the journal: manual or imported. */
export interface RunRecord {
  id: string;
  activity: Activity;
  /** Runs only: the type the data suggests, with its reasons. */
  classification?: RunClassification;
  /** The runner's own choice, which wins over the classification. */
  typeOverride?: RunType;
  /** RPE used for load; `rpeEstimated` when derived from heart rate or run type. */
  rpe?: number;
  rpeEstimated?: boolean;
  /** Planned (future) runs, for the week plan. */
  planned?: boolean;
  createdAt: string;
}

/** The whole journal as one document (`limber export`, `GET /api/export`). */
export interface JournalExport {
  format: "limber-journal";
  version: 1;
  exportedAt: string;
  profile: Profile | null;
  bodyChecks: BodyCheck[];
  romTests: RomTest[];
  sessions: SessionLog[];
  painFlags: PainFlag[];
  runs: RunRecord[];
  runComfort: RunComfort[];
  /** Calendar feed subscriptions; absent in documents written before feeds were exported. */
  calendarFeeds?: CalendarFeedRecord[];
}

/** The effective run type: the runner's override wins. */
export function runTypeOf(r: RunRecord): RunType | undefined {
  return r.typeOverride ?? r.classification?.type;
}

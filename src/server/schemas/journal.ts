/**
 * The journal's records (src/core/journal/types.ts) as zod schemas, for responses and the
 * OpenAPI document, and the request bodies. Bodies check shapes and types; the journal
 * services check values and ranges (InputError naming the field).
 */
import { z } from "zod";
import { ROM_TESTS, UNITS } from "../../core/journal/types.js";
import { Day, Equipment, Instant, Notes, PainKind, Pressure, RegionRef, RuleId, RunType, Score, SessionKind, Side, Region } from "./common.js";
import { Routine } from "./routine.js";

export const Profile = z
  .object({
    name: z.string(),
    units: z.enum(UNITS),
    timeZone: z.string(),
    equipment: z.array(Equipment),
    yearsRunning: z.number().optional(),
    weeklyDistanceKm: z.number().optional(),
    previousInjuries: z.array(z.string()),
    hoursSittingPerDay: z.number().optional(),
    preferredSessionTime: z.string().optional(),
    goals: z.array(z.string()),
    newToSoftTissue: z.boolean().optional(),
    maxHeartRate: z.number().optional(),
    restingHeartRate: z.number().optional(),
    thresholdHeartRate: z.number().optional(),
  })
  .meta({ id: "Profile" });

/** PUT /api/profile: the fields to set (null clears an optional one). */
export const ProfileBody = z.object({
  name: z.string().max(100).optional(),
  units: z.enum(UNITS).optional(),
  timeZone: z.string().max(64).optional(),
  equipment: z.array(Equipment).max(10).optional(),
  yearsRunning: z.number().nullable().optional(),
  weeklyDistanceKm: z.number().nullable().optional(),
  previousInjuries: z.array(z.string().max(200)).max(50).optional(),
  hoursSittingPerDay: z.number().nullable().optional(),
  preferredSessionTime: z.string().max(5).nullable().optional(),
  goals: z.array(z.string().max(200)).max(50).optional(),
  newToSoftTissue: z.boolean().nullable().optional(),
  maxHeartRate: z.number().nullable().optional(),
  restingHeartRate: z.number().nullable().optional(),
  thresholdHeartRate: z.number().nullable().optional(),
});

export const BodyCheckEntry = z.object({
  region: Region,
  side: Side.optional(),
  stiffness: Score,
  tenderness: Score,
  fadeSeconds: z.number().optional(),
  rebound: z.boolean(),
});

export const BodyCheck = z
  .object({ id: z.string(), date: z.string(), entries: z.array(BodyCheckEntry), createdAt: z.string() })
  .meta({ id: "BodyCheck" });

export const BodyCheckBody = z.object({
  date: Day.optional(),
  entries: z
    .array(
      z.object({
        region: RegionRef,
        side: Side.optional(),
        stiffness: Score,
        tenderness: Score,
        fadeSeconds: z.number().min(0).max(600).optional(),
        rebound: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(40),
});

export const RomTest = z
  .object({
    id: z.string(),
    date: z.string(),
    test: z.enum(ROM_TESTS),
    left: z.number().optional(),
    right: z.number().optional(),
    value: z.number().optional(),
    leftPass: z.boolean().optional(),
    rightPass: z.boolean().optional(),
    notes: z.string().optional(),
    createdAt: z.string(),
  })
  .meta({ id: "RomTest" });

export const RomTestBody = z.object({
  date: Day.optional(),
  test: z.enum(ROM_TESTS),
  left: z.number().optional(),
  right: z.number().optional(),
  value: z.number().optional(),
  leftPass: z.boolean().optional(),
  rightPass: z.boolean().optional(),
  notes: Notes.optional(),
});

export const PainFlag = z
  .object({
    id: z.string(),
    region: Region,
    side: Side.optional(),
    kind: PainKind,
    openedAt: z.string(),
    resolvedAt: z.string().optional(),
    notes: z.string().optional(),
  })
  .meta({ id: "PainFlag" });

export const PainFlagBody = z.object({ region: RegionRef, side: Side.optional(), kind: PainKind, notes: Notes.optional() });

const Lap = z.object({
  startOffsetSeconds: z.number(),
  elapsedSeconds: z.number(),
  distanceMeters: z.number().optional(),
  avgHeartRate: z.number().optional(),
  maxHeartRate: z.number().optional(),
  avgPaceSecondsPerKm: z.number().optional(),
  elevationGainMeters: z.number().optional(),
});

export const Activity = z
  .object({
    sport: z.enum(["run", "cycling", "swimming"]),
    subSport: z.string().optional(),
    name: z.string().optional(),
    startTime: z.string(),
    timeZone: z.string().optional(),
    elapsedSeconds: z.number(),
    movingSeconds: z.number().optional(),
    distanceMeters: z.number().optional(),
    elevationGainMeters: z.number().optional(),
    avgHeartRate: z.number().optional(),
    maxHeartRate: z.number().optional(),
    avgPaceSecondsPerKm: z.number().optional(),
    avgCadence: z.number().optional(),
    laps: z.array(Lap),
    rpe: z.number().optional(),
    raceFlag: z.boolean().optional(),
    source: z.object({
      kind: z.enum(["fit", "gpx", "tcx", "strava-csv", "manual"]),
      fileName: z.string().optional(),
      fileHash: z.string().optional(),
      index: z.number().optional(),
      notes: z.array(z.string()).optional(),
    }),
  })
  .meta({ id: "Activity" });

export const RunRecord = z
  .object({
    id: z.string(),
    activity: Activity,
    classification: z.object({ type: RunType, reasons: z.array(z.string()), rules: z.array(RuleId) }).optional(),
    typeOverride: RunType.optional(),
    rpe: z.number().optional(),
    rpeEstimated: z.boolean().optional(),
    planned: z.boolean().optional(),
    createdAt: z.string(),
  })
  .meta({ id: "RunRecord" });

export const ManualRunBody = z.object({
  date: Day.optional(),
  startTime: Instant.optional(),
  type: RunType,
  minutes: z.number().positive().max(1440),
  km: z.number().positive().max(500).optional(),
  rpe: z.number().min(1).max(10).optional(),
  name: z.string().max(200).optional(),
});

export const RunTypeBody = z.object({ typeOverride: RunType.nullable() });

const Ratings = z.object({ stiffness: Score.optional(), soreness: Score.optional(), pain: Score.optional() });

export const SessionItemLog = z.object({ id: z.string(), status: z.enum(["done", "skipped"]), pressure: Pressure.optional() });

export const SessionLog = z
  .object({
    id: z.string(),
    startedAt: z.string(),
    kind: SessionKind,
    routine: Routine,
    items: z.array(SessionItemLog),
    before: Ratings.optional(),
    after: Ratings.optional(),
    mood: z.number().optional(),
    energy: z.number().optional(),
    notes: z.string().optional(),
    createdAt: z.string(),
  })
  .meta({ id: "SessionLog" });

export const SessionBody = z.object({
  startedAt: Instant.optional(),
  kind: SessionKind.optional(),
  routine: z.looseObject({ totalSeconds: z.number(), items: z.array(z.looseObject({ id: z.string() })).max(100) }),
  items: z.array(SessionItemLog).max(100).optional(),
  skipped: z.array(z.string().max(100)).max(100).optional(),
  pressure: z.record(z.string().max(100), Pressure).optional(),
  before: Ratings.optional(),
  after: Ratings.optional(),
  mood: z.number().int().min(1).max(5).optional(),
  energy: z.number().int().min(1).max(5).optional(),
  notes: Notes.optional(),
});

export const RunComfort = z
  .object({ id: z.string(), date: z.string(), runId: z.string().optional(), comfort: z.number(), notes: z.string().optional(), createdAt: z.string() })
  .meta({ id: "RunComfort" });

export const RunComfortBody = z.object({ date: Day.optional(), runId: z.string().max(100).optional(), comfort: Score, notes: Notes.optional() });

export const JournalExport = z
  .object({
    format: z.literal("limber-journal"),
    version: z.literal(1),
    exportedAt: z.string(),
    profile: Profile.nullable(),
    bodyChecks: z.array(BodyCheck),
    romTests: z.array(RomTest),
    sessions: z.array(SessionLog),
    painFlags: z.array(PainFlag),
    runs: z.array(RunRecord),
    runComfort: z.array(RunComfort),
  })
  .meta({ id: "JournalExport" });

/** Restore input: the export's shape; the journal service checks every record. */
export const RestoreBody = z.looseObject({
  format: z.literal("limber-journal"),
  version: z.literal(1),
  exportedAt: Instant,
  profile: z.unknown().optional(),
  bodyChecks: z.array(z.unknown()).optional(),
  romTests: z.array(z.unknown()).optional(),
  sessions: z.array(z.unknown()).optional(),
  painFlags: z.array(z.unknown()).optional(),
  runs: z.array(z.unknown()).optional(),
  runComfort: z.array(z.unknown()).optional(),
});

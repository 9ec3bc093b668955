/**
 * The journal's records (src/core/journal/types.ts) as stored and sent: the API's responses
 * and its OpenAPI document, `limber export` and the check `restore` runs on every record.
 * Ranges come from ranges.ts, the same ones manual entry and the importers use.
 */
import { z } from "zod";
import {
  CalendarDay,
  ClockTime,
  Id,
  RegionRef,
  StoredInstant,
  TimeZone,
  storedNumber,
  storedWholeNumber,
} from "./fields.js";
import { romProblems } from "./checks.js";
import { CalendarFeedRecord } from "./planned.js";
import { RANGES } from "./ranges.js";
import { Routine } from "./routine.js";
import {
  Equipment,
  PainKind,
  Pressure,
  Region,
  RomTestKind,
  RuleId,
  RunType,
  SessionKind,
  Side,
  SourceKind,
  Sport,
  Units,
  Weekday,
} from "./vocabulary.js";
import { regionRef } from "../vocabulary.js";

const Score = storedWholeNumber(...RANGES.score);
const Notes = z.string().max(2000);

export const Profile = z
  .object({
    /** Only when the runner gave one. */
    name: z.string().min(1).max(100).optional(),
    /** Only when the runner chose them; readers fall back to metric (unitsOf). */
    units: Units.optional(),
    timeZone: TimeZone,
    equipment: z.array(Equipment).max(10),
    yearsRunning: storedNumber(...RANGES.yearsRunning, "years").optional(),
    weeklyDistanceKm: storedNumber(...RANGES.weeklyDistanceKm, "km").optional(),
    previousInjuries: z.array(z.string().max(200)).max(50),
    hoursSittingPerDay: storedNumber(...RANGES.hoursSittingPerDay, "hours").optional(),
    preferredSessionTime: ClockTime.optional(),
    goals: z.array(z.string().max(200)).max(50),
    newToSoftTissue: z.boolean().optional(),
    weeklyBudgetMinutes: storedWholeNumber(...RANGES.weeklyBudgetMinutes).optional(),
    weekStart: Weekday.optional(),
    maxHeartRate: storedWholeNumber(...RANGES.maxHeartRate).optional(),
    restingHeartRate: storedWholeNumber(...RANGES.restingHeartRate).optional(),
    thresholdHeartRate: storedWholeNumber(...RANGES.thresholdHeartRate).optional(),
  })
  .meta({ id: "Profile" });

export const BodyCheckEntry = z.object({
  region: Region,
  side: Side.optional(),
  stiffness: Score,
  tenderness: Score,
  fadeSeconds: storedNumber(...RANGES.fadeSeconds, "seconds").optional(),
  /** Only when the runner answered. */
  rebound: z.boolean().optional(),
});

/** Entries of one check: at least one, each region-and-side at most once. */
export const BodyCheckEntries = z
  .array(BodyCheckEntry)
  .min(RANGES.bodyCheckEntries[0], { error: "must hold at least one region" })
  .max(RANGES.bodyCheckEntries[1], {
    error: (iss) =>
      `must hold at most ${RANGES.bodyCheckEntries[1]} regions, got ${(iss.input as unknown[]).length}`,
  })
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      const key = regionRef(e);
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: [i, "region"],
          message: `${key} appears twice in one check`,
        });
      seen.add(key);
    });
  });

export const BodyCheck = z
  .object({ id: Id, date: CalendarDay, entries: BodyCheckEntries, createdAt: StoredInstant })
  .meta({ id: "BodyCheck" });

export const RomTest = z
  .object({
    id: Id,
    date: CalendarDay,
    test: RomTestKind,
    left: z.number().optional(),
    right: z.number().optional(),
    value: z.number().optional(),
    leftPass: z.boolean().optional(),
    rightPass: z.boolean().optional(),
    notes: Notes.optional(),
    createdAt: StoredInstant,
  })
  .superRefine(romProblems)
  .meta({ id: "RomTest" });

export const PainFlag = z
  .object({
    id: Id,
    region: Region,
    side: Side.optional(),
    kind: PainKind,
    openedAt: StoredInstant,
    resolvedAt: StoredInstant.optional(),
    notes: Notes.optional(),
  })
  .meta({ id: "PainFlag" });

const LAP_MAX = 1e7;
const lapNumber = () => storedNumber(0, LAP_MAX).optional();

export const Lap = z.object({
  startOffsetSeconds: storedNumber(0, LAP_MAX),
  elapsedSeconds: storedNumber(0, LAP_MAX),
  distanceMeters: lapNumber(),
  avgHeartRate: lapNumber(),
  maxHeartRate: lapNumber(),
  avgPaceSecondsPerKm: lapNumber(),
  elevationGainMeters: lapNumber(),
});

export const Activity = z
  .object({
    sport: Sport,
    subSport: z.string().max(100).optional(),
    name: z.string().max(500).optional(),
    startTime: StoredInstant,
    timeZone: z.string().max(100).optional(),
    elapsedSeconds: storedNumber(...RANGES.activitySeconds, "seconds"),
    movingSeconds: storedNumber(...RANGES.activitySeconds, "seconds").optional(),
    distanceMeters: storedNumber(...RANGES.activityMeters, "metres").optional(),
    elevationGainMeters: storedNumber(...RANGES.elevationMeters, "metres").optional(),
    avgHeartRate: storedNumber(...RANGES.heartRate, "bpm").optional(),
    maxHeartRate: storedNumber(...RANGES.heartRate, "bpm").optional(),
    avgPaceSecondsPerKm: storedNumber(0, LAP_MAX, "seconds per km").optional(),
    avgCadence: storedNumber(...RANGES.cadence, "per minute").optional(),
    laps: z.array(Lap).max(10_000),
    rpe: storedNumber(...RANGES.rpe).optional(),
    raceFlag: z.boolean().optional(),
    /** No time of day was given: the start is noon of that day, kept for the load model. */
    dateOnly: z.boolean().optional(),
    source: z.object({
      kind: SourceKind,
      fileName: z.string().max(500).optional(),
      fileHash: z.string().max(200).optional(),
      index: storedWholeNumber(0, 100_000).optional(),
      notes: z.array(z.string().max(2000)).max(1000).optional(),
    }),
  })
  .meta({ id: "Activity" });

export const RunClassification = z.object({
  type: RunType,
  reasons: z.array(z.string().max(2000)).max(100),
  rules: z.array(RuleId).max(100),
});

export const RunRecord = z
  .object({
    id: Id,
    activity: Activity,
    classification: RunClassification.optional(),
    typeOverride: RunType.optional(),
    rpe: storedNumber(...RANGES.rpe).optional(),
    rpeEstimated: z.boolean().optional(),
    planned: z.boolean().optional(),
    createdAt: StoredInstant,
  })
  .meta({ id: "RunRecord" });

export const Ratings = z.object({
  stiffness: Score.optional(),
  soreness: Score.optional(),
  pain: Score.optional(),
});

export const SessionItemLog = z
  .object({
    id: z.string().min(1).max(100),
    status: z.enum(["done", "skipped"]),
    pressure: Pressure.optional(),
    added: z.literal(true).optional(),
    seconds: storedWholeNumber(...RANGES.addedSeconds).optional(),
  })
  .refine(
    (i) => (i.added ? i.status === "done" && i.seconds !== undefined : i.seconds === undefined),
    {
      message: "an added item is done and has its seconds; a routine item has no seconds",
    },
  );

export const SessionLog = z
  .object({
    id: Id,
    startedAt: StoredInstant,
    kind: SessionKind,
    routine: Routine,
    items: z.array(SessionItemLog).max(RANGES.routineItems[1] + RANGES.addedItems[1]),
    before: Ratings.optional(),
    after: Ratings.optional(),
    mood: storedWholeNumber(...RANGES.moodEnergy).optional(),
    energy: storedWholeNumber(...RANGES.moodEnergy).optional(),
    notes: Notes.optional(),
    createdAt: StoredInstant,
  })
  .meta({ id: "SessionLog" });

export const RunComfort = z
  .object({
    id: Id,
    date: CalendarDay,
    runId: z.string().max(100).optional(),
    comfort: Score,
    notes: Notes.optional(),
    createdAt: StoredInstant,
  })
  .meta({ id: "RunComfort" });

export const JournalExport = z
  .object({
    format: z.literal("limber-journal"),
    version: z.literal(1),
    exportedAt: StoredInstant,
    profile: Profile.nullable(),
    bodyChecks: z.array(BodyCheck),
    romTests: z.array(RomTest),
    sessions: z.array(SessionLog),
    painFlags: z.array(PainFlag),
    runs: z.array(RunRecord),
    runComfort: z.array(RunComfort),
    calendarFeeds: z.array(CalendarFeedRecord).optional(),
  })
  .meta({ id: "JournalExport" });

/**
 * `limber restore` and POST /api/restore: an export document. Only the envelope is checked
 * here; restore then checks each record with its own schema above, keeps what passes and
 * lists the rest, so one damaged record never costs the whole journal.
 */
const Records = z.array(z.unknown(), { error: "must be a list" }).max(1_000_000).optional();
export const RestoreDocument = z
  .looseObject({
    format: z.literal("limber-journal", { error: 'must be "limber-journal"' }),
    version: z.literal(1, { error: "must be 1" }),
    exportedAt: z.unknown().optional(),
    profile: z.unknown().optional(),
    bodyChecks: Records,
    romTests: Records,
    sessions: Records,
    painFlags: Records,
    runs: Records,
    runComfort: Records,
    calendarFeeds: Records,
  })
  .meta({ id: "RestoreDocument" });

export { RegionRef };

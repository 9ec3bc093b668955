/**
 * What a person or a client sends to change the journal: the API's request bodies (and so
 * its OpenAPI document) and the input the journal services check for the CLI too. Ranges
 * come from ranges.ts; messages name what is allowed and what was given. Number fields
 * also take digit strings, as command-line flags arrive.
 */
import { z } from "zod";
import { PROFILE_FIELDS } from "../journal/profile-fields.js";
import {
  CalendarDay,
  ClockTime,
  Instant,
  RegionRef,
  TimeZone,
  YesNo,
  finiteNumber,
  numberIn,
  object,
  show,
  text,
  textList,
  wholeNumber,
} from "./fields.js";
import { paceOfRun, romProblems } from "./checks.js";
import { RANGES } from "./ranges.js";
import { Routine } from "./routine.js";
import {
  Equipment,
  PainKind,
  Pressure,
  RomTestKind,
  RunType,
  SessionKind,
  Side,
  Units,
  Weekday,
} from "./vocabulary.js";

const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: (iss) => `must be a list, got ${show(iss.input)}` });

/** PUT /api/profile: the fields to set; null clears an optional one. */
export const ProfileBody = z.strictObject(
  {
    name: z
      .string({ error: (iss) => `must be text, got ${show(iss.input)}` })
      .overwrite((s) => s.trim())
      .refine((s) => s.length > 0, { error: "must not be empty" })
      .refine((s) => s.length <= 100, { error: "must be at most 100 characters" })
      .optional(),
    units: Units.optional(),
    timeZone: TimeZone.optional(),
    equipment: list(Equipment)
      .max(10)
      .overwrite((l) => [...new Set(l)])
      .nullable()
      .optional(),
    yearsRunning: numberIn(...RANGES.yearsRunning, "years")
      .nullable()
      .optional(),
    weeklyDistanceKm: numberIn(...RANGES.weeklyDistanceKm, "km")
      .nullable()
      .optional(),
    previousInjuries: textList().nullable().optional(),
    hoursSittingPerDay: numberIn(...RANGES.hoursSittingPerDay, "hours")
      .nullable()
      .optional(),
    preferredSessionTime: ClockTime.nullable().optional(),
    goals: textList().nullable().optional(),
    newToSoftTissue: YesNo.nullable().optional(),
    weeklyBudgetMinutes: wholeNumber(...RANGES.weeklyBudgetMinutes)
      .nullable()
      .optional(),
    weekStart: Weekday.nullable().optional(),
    maxHeartRate: wholeNumber(...RANGES.maxHeartRate)
      .nullable()
      .optional(),
    restingHeartRate: wholeNumber(...RANGES.restingHeartRate)
      .nullable()
      .optional(),
    thresholdHeartRate: wholeNumber(...RANGES.thresholdHeartRate)
      .nullable()
      .optional(),
  },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys"
        ? `is not a profile field; allowed: ${PROFILE_FIELDS.join(", ")}`
        : `must be an object, got ${show(iss.input)}`,
  },
);

/** One region of a body check (A1): `calves` or `calves-left`, or a side given apart. */
export const BodyCheckEntryBody = object(
  {
    region: RegionRef,
    side: Side.optional(),
    stiffness: wholeNumber(...RANGES.score),
    tenderness: wholeNumber(...RANGES.score),
    fadeSeconds: numberIn(...RANGES.fadeSeconds, "seconds")
      .nullable()
      .optional(),
    rebound: YesNo.nullable().optional(),
  },
  "one region's self-check",
);

/** POST /api/body-checks: all regions of one check together. */
export const BodyCheckBody = object(
  {
    date: CalendarDay.optional(),
    entries: list(BodyCheckEntryBody)
      .min(RANGES.bodyCheckEntries[0], { error: "must hold at least one region" })
      .max(RANGES.bodyCheckEntries[1], {
        error: (iss) =>
          `must hold at most ${RANGES.bodyCheckEntries[1]} regions, got ${(iss.input as unknown[]).length}`,
      }),
  },
  "a body check",
);

/** A ROM result before its test's range is checked (romProblems). */
const aNumber = finiteNumber().meta({ description: "in the test's unit" });

/**
 * POST /api/rom-tests: one test; sided tests take left/right, sit-and-reach a value, each
 * within its test's range (ROM_RANGES).
 */
export const RomTestBody = object(
  {
    date: CalendarDay.optional(),
    test: RomTestKind,
    left: aNumber.nullable().optional(),
    right: aNumber.nullable().optional(),
    value: aNumber.nullable().optional(),
    leftPass: YesNo.nullable().optional(),
    rightPass: YesNo.nullable().optional(),
    notes: text().nullable().optional(),
  },
  "a range-of-motion test",
).superRefine(romProblems);

/** POST /api/pain-flags. */
export const PainFlagBody = object(
  {
    region: RegionRef,
    side: Side.optional(),
    kind: PainKind,
    notes: text().nullable().optional(),
    openedAt: Instant.optional(),
  },
  "a pain flag",
);

/** POST /api/runs: a run entered by hand. */
export const ManualRunBody = object(
  {
    type: RunType,
    minutes: numberIn(...RANGES.manualRunMinutes, "minutes"),
    km: numberIn(...RANGES.manualRunKm, "km")
      .nullable()
      .optional(),
    rpe: wholeNumber(...RANGES.manualRpe)
      .nullable()
      .optional(),
    date: CalendarDay.optional(),
    startTime: Instant.optional(),
    name: text(200).nullable().optional(),
  },
  "a run entered by hand",
).superRefine(paceOfRun);

/** PUT /api/runs/:id/type: the runner's own run type; null goes back to the data's. */
export const RunTypeBody = z.object({ typeOverride: RunType.nullable() });

const rating = wholeNumber(...RANGES.score)
  .nullable()
  .optional();
/** Before or after ratings 0-10; a rating left out is missing, never a default. */
export const RatingsBody = z.strictObject(
  { stiffness: rating, soreness: rating, pain: rating },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys"
        ? "is not a rating; allowed: stiffness, soreness, pain"
        : `must be an object, got ${show(iss.input)}`,
  },
);

export const SessionItemBody = object(
  {
    id: z.string({ error: "must be an item of the routine" }).min(1).max(100),
    status: z.enum(["done", "skipped"], {
      error: (iss) => `${show(iss.input)} is not one of done, skipped`,
    }),
    pressure: Pressure.nullable().optional(),
  },
  "one item's log",
);

/**
 * A technique done beside the routine: a movement of the library (by id), the seconds spent
 * on it, and the pressure for a release technique when the runner gives one.
 */
export const AddedItemBody = object(
  {
    id: z.string({ error: "must be a movement id of the library" }).min(1).max(100),
    seconds: wholeNumber(...RANGES.addedSeconds),
    pressure: Pressure.nullable().optional(),
  },
  "a technique added to the session",
);

/** POST /api/sessions: the routine as given and how it went. */
export const SessionBody = object(
  {
    startedAt: Instant.optional(),
    kind: SessionKind.optional(),
    routine: Routine,
    items: list(SessionItemBody).max(RANGES.routineItems[1]).optional(),
    skipped: list(
      z.string({ error: (iss) => `${show(iss.input)} is not an item of the routine` }).max(100),
    )
      .max(RANGES.routineItems[1])
      .optional(),
    pressure: z
      .record(z.string().max(100), Pressure, {
        error: (iss) => `must be an object, got ${show(iss.input)}`,
      })
      .optional(),
    added: list(AddedItemBody).max(RANGES.addedItems[1]).optional(),
    before: RatingsBody.nullable().optional(),
    after: RatingsBody.nullable().optional(),
    mood: wholeNumber(...RANGES.moodEnergy)
      .nullable()
      .optional(),
    energy: wholeNumber(...RANGES.moodEnergy)
      .nullable()
      .optional(),
    notes: text().nullable().optional(),
  },
  "a logged session",
);

/**
 * PATCH /api/sessions/:id: a correction to a logged session. The routine it was done from
 * stays as it was given; each field sent replaces what was logged (`items`, or `skipped`
 * and `pressure`, for the routine's items; `added` for the techniques done beside it), null
 * clears a rating set, mood, energy or notes, and a field left out stays as logged.
 */
export const SessionEditBody = SessionBody.omit({ routine: true }).meta({
  description: "a correction to a logged session",
});

/** POST /api/run-comfort: how the next run felt (P7). */
export const RunComfortBody = object(
  {
    comfort: wholeNumber(...RANGES.score),
    runId: text(100).nullable().optional(),
    date: CalendarDay.optional(),
    notes: text().nullable().optional(),
  },
  "a next-run comfort rating",
);

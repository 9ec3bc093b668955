/**
 * The journal snapshot a routine is built from (src/core/journal/routine-context.ts), as the
 * server sends it with /api/today and the app caches it for offline routines.
 */
import { z } from "zod";
import type { JournalSnapshot as JournalSnapshotType } from "../journal/routine-context.js";
import type { PlannedToday as PlannedTodayType } from "../journal/planned-today.js";
import type { Prescription as PrescriptionType } from "../plan/prescription-types.js";
import { CalendarDay, ClockTime, StoredInstant, storedWholeNumber } from "./fields.js";
import { BodyCheck, PainFlag } from "./journal.js";
import { Equipment, Region, RuleId, RunType, SessionKind, Sport } from "./vocabulary.js";

const MovementIds = z.array(z.string().min(1).max(100)).max(200);

export const Prescription = z.object({
  coreMovementIds: MovementIds,
  trialMovementId: z.string().min(1).max(100).optional(),
  trialUntil: CalendarDay.optional(),
  trialSince: CalendarDay.optional(),
  trialDaysDone: storedWholeNumber(0, 100).optional(),
  maxMovements: storedWholeNumber(1, 50).optional(),
  maxMovementsRule: z.enum(["H2", "S10"]).optional(),
  avoidMovementIds: MovementIds,
  lowerDoseMovementIds: MovementIds,
  restingMovementIds: MovementIds.optional(),
  familiarMovementIds: MovementIds.optional(),
  notes: z.array(z.string().max(2000)).max(20),
}) satisfies z.ZodType<PrescriptionType>;

export const Lighten = z.object({
  reason: z.enum(["load-spike", "fatigue", "new-technique"]),
  rules: z.array(RuleId).max(20),
  message: z.string().max(2000),
});

export const PlannedToday = z.object({
  kind: SessionKind,
  time: ClockTime,
  minutes: storedWholeNumber(1, 600),
  reasons: z.array(RuleId).max(30),
  note: z.string().max(2000),
  pressureCap: z.enum(["light", "moderate"]).optional(),
}) satisfies z.ZodType<PlannedTodayType>;

export const JournalSnapshot = z
  .object({
    takenAt: StoredInstant,
    day: CalendarDay,
    timeZone: z.string().min(1).max(64),
    profile: z
      .object({ equipment: z.array(Equipment).max(10), newToSoftTissue: z.boolean().optional() })
      .nullable(),
    bodyChecks: z.array(BodyCheck).max(1000),
    lastBodyCheckDate: CalendarDay.optional(),
    painFlags: z.array(PainFlag).max(1000),
    todaysActivity: z
      .object({
        sport: Sport,
        type: RunType.optional(),
        minutes: z
          .number()
          .min(0)
          .max(14 * 1440)
          .optional(),
      })
      .optional(),
    lighten: Lighten.optional(),
    bigRun: z.object({ message: z.string().max(1000) }).optional(),
    recentMovementIds: MovementIds,
    recentSessions: storedWholeNumber(0, 100),
    persistentTenderness: z.array(Region).max(20),
    focusRegions: z.array(Region).max(20),
    prescription: Prescription.optional(),
    plannedToday: z.array(PlannedToday).max(20).optional(),
    loggedToday: z.array(SessionKind).max(100).optional(),
  })
  .meta({ id: "JournalSnapshot" }) satisfies z.ZodType<JournalSnapshotType>;

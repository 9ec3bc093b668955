/** The week plan (src/core/plan/types.ts) as sent by GET /api/week and `limber week --json`. */
import { z } from "zod";
import { Region, RomTestKind, RuleId, RunType, SessionKind, Side } from "./vocabulary.js";

const Rules = z.array(RuleId);

const PlanRun = z.object({
  id: z.string(),
  type: z.union([RunType, z.literal("cross")]),
  start: z.string(),
  minutes: z.number(),
  planned: z.boolean(),
  hard: z.boolean(),
});

const PlannedSession = z.object({
  id: z.string(),
  kind: SessionKind,
  time: z.string(),
  minutes: z.number(),
  focus: z.array(Region),
  reasons: Rules,
  note: z.string(),
  runId: z.string().optional(),
  pressureCap: z.enum(["light", "moderate"]).optional(),
  trialMovementId: z.string().optional(),
  done: z.boolean().optional(),
});

const PlanDay = z.object({
  date: z.string(),
  weekday: z.string(),
  runs: z.array(PlanRun),
  sessions: z.array(PlannedSession),
  flags: z.object({
    restDay: z.boolean(),
    lighterDay: z.boolean(),
    activeRecovery: z.boolean(),
    noRunPlanned: z.boolean(),
  }),
  notes: z.array(z.object({ rules: Rules, text: z.string() })),
});

const Trial = z.object({ movementId: z.string(), start: z.string(), end: z.string() });

export const WeekPlan = z
  .object({
    start: z.string(),
    end: z.string(),
    timeZone: z.string(),
    preferredTime: z.string(),
    budgetMinutes: z.number(),
    plannedMinutes: z.number(),
    sessionCount: z.number(),
    runningPlanned: z.boolean(),
    days: z.array(PlanDay),
    warnings: z.array(z.object({ code: RuleId, message: z.string(), date: z.string().optional() })),
    progression: z.object({
      stage: z.enum(["starter", "full"]),
      sessionsPerWeek: z.number().optional(),
      minutesPerSession: z.number().optional(),
      reasons: Rules,
      why: z.string(),
    }),
    emphasis: z.object({
      group: z.string(),
      regions: z.array(Region),
      blockStart: z.string(),
      nextChange: z.string(),
      reasons: Rules,
    }),
    stiffRegions: z.array(z.object({ region: Region, stiffness: z.number(), checks: z.number() })),
    trial: Trial.extend({
      status: z.enum(["active", "ended"]),
      reasons: Rules,
      note: z.string(),
    }).optional(),
    newTechniqueDay: z.object({ date: z.string(), note: z.string(), reasons: Rules }).optional(),
    scaleBack: z
      .object({ reasons: Rules, why: z.array(z.string()), factor: z.number() })
      .optional(),
    audit: z.object({
      date: z.string(),
      done: z.boolean(),
      lines: z.array(
        z.object({
          test: RomTestKind,
          side: Side.optional(),
          unit: z.string(),
          last: z.number().optional(),
          lastDate: z.string().optional(),
          target: z.number().optional(),
          targetSource: z.enum(["own", "professional"]).optional(),
          met: z.boolean().optional(),
        }),
      ),
      message: z.string(),
      reasons: Rules,
    }),
    reasons: Rules,
  })
  .meta({ id: "WeekPlan" });

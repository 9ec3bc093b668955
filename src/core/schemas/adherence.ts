/**
 * A professional's plan (C1) and the adherence summary of GET /api/adherence as zod
 * schemas: the plan a professional sets, the plan as stored and sent, and per week the
 * sessions set against those done, each ROM goal against its tests, and pain flags raised.
 */
import { z } from "zod";
import { CalendarDay } from "./fields.js";
import { PainFlag } from "./journal.js";
import { Region, RomTestKind, Side } from "./vocabulary.js";

export const PlanGoal = z.object({
  test: RomTestKind,
  side: Side.optional(),
  target: z.number().min(0).max(360),
  unit: z.enum(["cm", "deg", "pass"]),
});

/** What a professional with plan access sets for a runner. */
export const PlanBody = z.object({
  goals: z.array(PlanGoal).max(20),
  sessionsPerWeek: z.number().int().min(1).max(14),
  focusRegions: z.array(Region).max(15),
  transitionDate: CalendarDay,
});

export const StoredPlan = PlanBody.extend({
  professionalId: z.string(),
  professionalEmail: z.string().optional(),
  updatedAt: z.string(),
  active: z.boolean(),
  status: z.enum(["active", "ended", "access-revoked"]).optional(),
}).meta({ id: "ProfessionalPlan" });

const AdherenceWeek = z.object({
  start: z.string(),
  end: z.string(),
  /** Sessions the plan set for the week; null without an active plan then. */
  planned: z.number().nullable(),
  done: z.number(),
  minutes: z.number(),
});

const GoalProgress = PlanGoal.extend({
  first: z.number().optional(),
  firstDate: z.string().optional(),
  latest: z.number().optional(),
  latestDate: z.string().optional(),
  met: z.boolean().optional(),
});

export const AdherenceSummary = z
  .object({
    runner: z.object({ id: z.string(), email: z.string().optional(), name: z.string().optional() }),
    from: z.string(),
    to: z.string(),
    plan: StoredPlan.nullable(),
    weeks: z.array(AdherenceWeek),
    totals: z.object({
      planned: z.number().nullable(),
      done: z.number(),
      share: z.number().optional(),
    }),
    goals: z.array(GoalProgress),
    painFlags: z.array(
      PainFlag.pick({
        region: true,
        side: true,
        kind: true,
        openedAt: true,
        resolvedAt: true,
        notes: true,
      }),
    ),
    generatedAt: z.string(),
  })
  .meta({ id: "Adherence" });

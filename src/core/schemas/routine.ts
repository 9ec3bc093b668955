/**
 * The routine contract of DESIGN.md ("The routine contract") as zod schemas: the response of
 * `limber routine --json`, /api/routine and /api/today, and the routine stored with a session.
 */
import { z } from "zod";
import { RANGES } from "./ranges.js";
import { RegionRef } from "./fields.js";
import { Equipment, Phase, Pressure, RuleId, SessionKind } from "./vocabulary.js";

export const RoutineItem = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  phase: Phase,
  regions: z.array(RegionRef).max(40),
  equipment: z.array(Equipment).max(10),
  seconds: z
    .number()
    .min(0)
    .max(24 * 3600),
  sides: z.union([z.literal(1), z.literal(2)]),
  reps: z.number().min(0).max(1000).optional(),
  holdSeconds: z.number().min(0).max(3600).optional(),
  pressure: Pressure.optional(),
  cues: z.array(z.string().max(1000)).max(50),
  cautions: z.array(z.string().max(1000)).max(50).optional(),
  reasons: z.array(RuleId).max(50),
});

export const RoutineWarning = z.object({
  code: RuleId,
  region: RegionRef.optional(),
  message: z.string().max(2000),
});

export const FollowUp = z.object({
  session: SessionKind,
  minutes: z.number().min(0).max(240),
  why: z.string().max(2000),
});

export const Routine = z
  .object({
    totalSeconds: z
      .number()
      .min(0)
      .max(24 * 3600),
    items: z
      .array(RoutineItem)
      .max(RANGES.routineItems[1], {
        error: (iss) =>
          `must have at most ${RANGES.routineItems[1]} items, got ${(iss.input as unknown[]).length}`,
      }),
    warnings: z.array(RoutineWarning).max(100),
    followUp: FollowUp.optional(),
    notes: z.array(z.string().max(2000)).max(50).optional(),
    reasons: z.array(RuleId).max(100),
  })
  .meta({ id: "Routine" });

/** Query of /api/routine: the CLI's options without dashes, list values comma-separated. */
export const RoutineQuery = z.object({
  run: z.string().max(40).optional(),
  workout: z.string().max(40).optional(),
  emphasis: z.string().max(200).optional(),
  session: z.string().max(40).optional(),
  minutes: z.string().max(10).optional(),
  equipment: z.string().max(200).optional(),
  tight: z.string().max(1000).optional(),
  avoid: z.string().max(1000).optional(),
  pain: z.string().max(1000).optional(),
  newtorolling: z.string().max(10).optional(),
  seed: z.string().max(20).optional(),
});

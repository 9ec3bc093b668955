/** The routine contract of DESIGN.md as zod schemas (response of /api/routine and /api/today). */
import { z } from "zod";
import { Equipment, Phase, Pressure, RegionRef, RuleId, SessionKind } from "./common.js";

export const RoutineItem = z.object({
  id: z.string(),
  name: z.string(),
  phase: Phase,
  regions: z.array(RegionRef),
  equipment: z.array(Equipment),
  seconds: z.number(),
  sides: z.union([z.literal(1), z.literal(2)]),
  reps: z.number().optional(),
  holdSeconds: z.number().optional(),
  pressure: Pressure.optional(),
  cues: z.array(z.string()),
  reasons: z.array(RuleId),
});

export const Routine = z
  .object({
    totalSeconds: z.number(),
    items: z.array(RoutineItem),
    warnings: z.array(z.object({ code: RuleId, region: RegionRef.optional(), message: z.string() })),
    followUp: z.object({ session: SessionKind, minutes: z.number(), why: z.string() }).optional(),
    reasons: z.array(RuleId),
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

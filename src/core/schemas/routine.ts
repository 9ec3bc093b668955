/**
 * The routine contract of DESIGN.md ("The routine contract") as zod schemas: the response of
 * `limber routine --json`, /api/routine and /api/today, and the routine stored with a session.
 */
import { z } from "zod";
import { RANGES } from "./ranges.js";
import { RegionRef, show } from "./fields.js";
import { Equipment, Phase, Pressure, RuleId, SessionKind } from "./vocabulary.js";

const seconds = z
  .number({ error: "must be a number of seconds" })
  .min(0, { error: "must be a number of seconds" })
  .max(24 * 3600, { error: "must be at most a day in seconds" });
const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: (iss) => `must be a list, got ${show(iss.input)}` });

export const RoutineItem = z.object({
  id: z
    .string({ error: "must be a movement id" })
    .min(1, { error: "must be a movement id" })
    .max(100),
  name: z.string({ error: "must be text" }).max(200),
  phase: Phase,
  seconds,
  regions: list(RegionRef).max(40),
  equipment: list(Equipment).max(10),
  sides: z.union([z.literal(1), z.literal(2)], { error: "must be 1 or 2" }),
  reps: z.number().min(0).max(1000).optional(),
  holdSeconds: z.number().min(0).max(3600).optional(),
  pressure: Pressure.optional(),
  cues: list(z.string().max(1000)).max(50),
  cautions: list(z.string().max(1000)).max(50).optional(),
  reasons: list(RuleId).max(50),
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

/** A routine; at most RANGES.routineItems items (the engine gives far fewer; the stricter of two old limits). */
export const Routine = z
  .object({
    items: list(RoutineItem).max(RANGES.routineItems[1], {
      error: (iss) =>
        `must have at most ${RANGES.routineItems[1]} items, got ${(iss.input as unknown[]).length}`,
    }),
    totalSeconds: seconds,
    warnings: list(RoutineWarning).max(100),
    followUp: FollowUp.optional(),
    notes: list(z.string().max(2000)).max(50).optional(),
    reasons: list(RuleId).max(100),
  })
  .meta({ id: "Routine" });

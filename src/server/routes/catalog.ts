/** The movement library (public: it holds no personal data). */
import { z } from "zod";
import { filterMovements } from "../../core/catalog/index.js";
import { Equipment, Phase, Pressure, Region, RuleId, SessionKind } from "../schemas/common.js";
import { defineRoute } from "./define.js";

const Dose = z.union([
  z.object({
    kind: z.literal("time"),
    seconds: z.number(),
    min: z.number(),
    max: z.number(),
    perSide: z.boolean(),
  }),
  z.object({
    kind: z.literal("reps"),
    reps: z.number(),
    min: z.number(),
    max: z.number(),
    secondsPerRep: z.number(),
    perSide: z.boolean(),
  }),
  z.object({
    kind: z.literal("hold"),
    holdSeconds: z.number(),
    min: z.number(),
    max: z.number(),
    holds: z.number(),
    perSide: z.boolean(),
  }),
  z.object({
    kind: z.literal("rounds"),
    rounds: z.number(),
    min: z.number(),
    max: z.number(),
    secondsPerRound: z.number(),
  }),
]);

export const Movement = z
  .object({
    id: z.string(),
    name: z.string(),
    phase: Phase,
    regions: z.array(Region),
    equipment: z.array(Equipment),
    dose: Dose,
    pressure: z.object({ min: Pressure, max: Pressure }).optional(),
    posture: z.string(),
    sessions: z.array(SessionKind),
    dynamic: z.boolean(),
    intensity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    cues: z.array(z.string()),
    cautions: z.array(z.object({ rule: RuleId, text: z.string() })),
    sources: z.array(RuleId),
  })
  .meta({ id: "Movement" });

export const catalogRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/movements",
    access: "public",
    tag: "routine",
    summary: "the movement library, filtered by region, equipment (or none) and phase",
    query: z.object({
      region: Region.optional(),
      equipment: z.union([Equipment, z.literal("none")]).optional(),
      phase: Phase.optional(),
    }),
    response: z.array(Movement),
    handler: async ({ query }) => filterMovements(query),
  }),
];

/**
 * Routines: GET /api/routine takes the CLI's options as query parameters and returns the
 * same JSON as `limber routine --json` (one parser for both, so one contract); GET
 * /api/today builds it from the journal, with a professional plan's focus regions (C1)
 * until its transition date.
 */
import { z } from "zod";
import { MOVEMENTS } from "../../core/catalog/index.js";
import { buildRoutine, parseRoutineOptions } from "../../core/routine/index.js";
import { planFocusRegions } from "../../services/accounts/plans.js";
import { daySeed, todayContext } from "../../services/journal/index.js";
import { Region, SessionKind, queryInt } from "../schemas/common.js";
import { Routine, RoutineQuery } from "../schemas/routine.js";
import { defineRoute } from "./define.js";

const TodayRoutine = Routine.extend({
  context: z.object({
    day: z.string(),
    timeZone: z.string(),
    seed: z.number(),
    explanation: z.array(z.string()),
    focusRegions: z.array(Region).optional(),
  }),
}).meta({ id: "TodayRoutine" });

export const routineRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/routine",
    access: "public",
    tag: "routine",
    summary: "a routine from the CLI's options (same names without dashes, lists comma-separated)",
    query: RoutineQuery,
    response: Routine,
    async handler({ ctx, query }) {
      const { seed, ...context } = parseRoutineOptions(query);
      return buildRoutine(context, MOVEMENTS, seed ?? daySeed(ctx.now().toISOString().slice(0, 10)));
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/today",
    access: "owner",
    athleteReadable: true,
    tag: "routine",
    summary: "today's routine from the journal, with the facts that shaped it",
    query: z.object({
      minutes: queryInt(1, 120).optional(),
      session: SessionKind.optional(),
      seed: queryInt(0, 4_294_967_295).optional(),
    }),
    response: TodayRoutine,
    async handler({ ctx, userId, query }) {
      const today = await todayContext(ctx.database, userId, {
        now: ctx.now(),
        ...(query.minutes !== undefined ? { minutes: query.minutes } : {}),
        ...(query.session !== undefined ? { session: query.session } : {}),
      });
      const focus = await planFocusRegions(ctx.database, userId, today.day);
      const explanation = [...today.explanation];
      if (focus.length > 0 && !today.context.focusRegions?.length) {
        today.context.focusRegions = focus;
        explanation.push(`Your professional's plan emphasises ${focus.join(", ")} (C1).`);
      }
      const seed = query.seed ?? daySeed(today.day);
      const routine = buildRoutine(today.context, MOVEMENTS, seed);
      return {
        ...routine,
        context: {
          day: today.day,
          timeZone: today.timeZone,
          seed,
          explanation,
          ...(today.context.focusRegions?.length ? { focusRegions: today.context.focusRegions } : {}),
        },
      };
    },
  }),
];

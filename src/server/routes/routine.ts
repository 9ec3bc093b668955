/**
 * Routines: GET /api/routine takes the CLI's options as query parameters and returns the
 * same JSON as `limber routine --json` (one parser for both, so one contract); GET
 * /api/today builds it from the journal, with a professional plan's focus regions (C1)
 * until its transition date.
 */
import { z } from "zod";
import { MOVEMENTS } from "../../core/catalog/index.js";
import { buildRoutine, routineJson } from "../../core/routine/index.js";
import { todayRoutine } from "../../services/journal/index.js";
import { bodyCheckAsSent } from "../../services/journal/as-sent.js";
import { processTimeZone, userTimeZone } from "../../services/journal/context.js";
import { defaultSeed } from "../../core/time/index.js";
import { Routine, RoutineOptions, TodayOptions } from "../schemas/routine.js";
import { TodayRoutine } from "../../core/schemas/today.js";
import { todayFacts } from "../../core/journal/routine-context.js";
import { answerMemo, defineRoute, jsonText, type JsonText } from "./define.js";

type RoutineText = JsonText<z.input<typeof Routine>>;

/**
 * The engine is a pure function of (options, library, seed), so an equal request (same
 * query string, same day for the default seed) gets the JSON built the first time: kept from
 * its second request on, up to 500 answers (about 4 MB). A memo in each process: losing it
 * changes nothing but speed, so API nodes still share no state.
 */
const memoJson = answerMemo<RoutineText>(500, 2000);

export const routineRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/routine",
    access: "public",
    tag: "routine",
    summary: "a routine from the CLI's options (same names without dashes, lists comma-separated)",
    query: RoutineOptions,
    response: Routine,
    async handler({ ctx, userId, query, request, reply }) {
      // The default seed is the runner's calendar day (their profile's zone when signed in);
      // a request that names its seed needs neither the day nor the profile read for it.
      const { seed, ...context } = query;
      const used =
        seed ??
        defaultSeed(
          ctx.now(),
          userId ? await userTimeZone(ctx.database, userId) : processTimeZone(),
        );
      // The key names the day only when the day chose the seed.
      const at = request.url.indexOf("?");
      const key = `${seed === undefined ? used : ""}?${at < 0 ? "" : request.url.slice(at + 1)}`;
      const json = memoJson(key, () =>
        jsonText<z.input<typeof Routine>>(buildRoutine(context, MOVEMENTS, used), routineJson),
      );
      // Already JSON: Fastify sends a string as is.
      reply.type("application/json; charset=utf-8");
      return json;
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/today",
    access: "owner",
    athleteReadable: true,
    tag: "routine",
    summary: "today's routine from the journal, with the facts that shaped it",
    query: TodayOptions,
    response: TodayRoutine,
    async handler({ ctx, userId, query }) {
      // Kit, body checks, pain flags, today's run, load (L1, L8, L9) and a professional's
      // plan (C1): one journal snapshot, turned into a routine by the core function the CLI
      // and the offline app use too.
      const today = await todayRoutine(ctx.database, userId, {
        now: ctx.now(),
        ...(query.minutes !== undefined ? { minutes: query.minutes } : {}),
        ...(query.session !== undefined ? { session: query.session } : {}),
        ...(query.seed !== undefined ? { seed: query.seed } : {}),
      });
      return {
        ...today.routine,
        context: todayFacts(today),
        snapshot: { ...today.snapshot, bodyChecks: today.snapshot.bodyChecks.map(bodyCheckAsSent) },
      };
    },
  }),
];

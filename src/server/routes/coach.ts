/** The week plan (JSON and an iCalendar feed) and insights. */
import { z } from "zod";
import { insightsReport, parseWeekOptions, weekCalendar, weekPlan } from "../../services/coach/index.js";
import { defineRoute } from "./define.js";

const WeekQuery = z.object({ budget: z.string().max(10).optional(), weekStart: z.string().max(12).optional() });

function weekOptions(q: z.output<typeof WeekQuery>) {
  return parseWeekOptions({ ...(q.budget !== undefined ? { budget: q.budget } : {}), ...(q.weekStart !== undefined ? { weekStart: q.weekStart } : {}) });
}

export const coachRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/week",
    access: "owner",
    athleteReadable: true,
    tag: "coach",
    summary: "the 7-day plan (budget = minutes a week, weekStart = weekday)",
    query: WeekQuery,
    response: z.looseObject({ days: z.array(z.record(z.string(), z.unknown())) }).meta({ id: "WeekPlan" }),
    handler: async ({ ctx, userId, query }) => (await weekPlan(ctx.database, userId, ctx.now(), weekOptions(query))) as never,
  }),
  defineRoute({
    method: "GET",
    url: "/api/week.ics",
    access: "owner",
    tag: "coach",
    summary: "the week plan as an iCalendar feed; calendar apps pass a personal API token as ?token=",
    queryToken: true,
    query: WeekQuery.extend({ token: z.string().max(200).optional() }),
    response: z.string(),
    async handler({ ctx, userId, query, reply }) {
      reply.type("text/calendar; charset=utf-8");
      return weekCalendar(ctx.database, userId, ctx.now(), weekOptions(query));
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/insights",
    access: "owner",
    athleteReadable: true,
    tag: "coach",
    summary: "what works for this runner: techniques, adherence, ROM trends",
    response: z.record(z.string(), z.unknown()).meta({ id: "Insights" }),
    handler: async ({ ctx, userId }) => (await insightsReport(ctx.database, userId, ctx.now())) as never,
  }),
];

/**
 * Planned training (issue: training context): planned runs for later days (the runner, or
 * a professional with plan access), iCalendar import and feed subscriptions, the runner's
 * own RPE on any run, and the big-run signal (L12). Handlers only call the services.
 */
import { z } from "zod";
import { importCalendar } from "../../services/planned/calendar-import.js";
import {
  listFeeds,
  refreshFeeds,
  subscribeFeed,
  unsubscribeFeed,
} from "../../services/planned/feeds.js";
import {
  addPlannedRun,
  deletePlannedRun,
  listPlannedRuns,
} from "../../services/planned/planned-runs.js";
import { bigRuns, dayTrainingContext, setRunRpe } from "../../services/imports/load.js";
import { PlannedRunBody } from "../../core/schemas/planned.js";
import { BigRunSignal, DayTrainingContext } from "../../core/schemas/training.js";
import { AthleteParams } from "../schemas/accounts.js";
import { IdParams, Ok } from "../schemas/common.js";
import { defineRoute } from "./define.js";

const RunType = z.enum(["easy", "recovery", "tempo", "intervals", "long", "hills", "race"]);
const PlannedRunLine = z
  .object({
    id: z.string(),
    date: z.string(),
    type: RunType.optional(),
    minutes: z.number(),
    km: z.number().optional(),
    name: z.string().optional(),
    source: z.string(),
    doneRunId: z.string().optional(),
  })
  .meta({ id: "PlannedRun" });
const PlannedQuery = z.object({
  from: z.string().max(10).optional(),
  days: z.string().max(4).optional(),
});
const ImportResult = z
  .object({
    calendar: z.string(),
    events: z.number(),
    added: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    removed: z.number(),
    restDays: z.array(z.string()),
    unknown: z.array(z.object({ date: z.string(), title: z.string(), why: z.string() })),
    past: z.number(),
  })
  .meta({ id: "CalendarImport" });
const Feed = z.object({
  id: z.string(),
  url: z.string(),
  name: z.string().optional(),
  createdAt: z.string(),
  lastSyncedAt: z.string().optional(),
  lastError: z.string().optional(),
});
const FeedOutcome = z.object({
  feed: Feed,
  result: ImportResult.optional(),
  error: z.string().optional(),
});

const plannedOf = (
  ctx: Parameters<Parameters<typeof defineRoute>[0]["handler"]>[0]["ctx"],
  userId: string,
  body: z.output<typeof PlannedRunBody>,
) => addPlannedRun(ctx.database, userId, body, { now: ctx.now() });

export const plannedRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/planned-runs",
    access: "owner",
    athleteReadable: true,
    tag: "planned",
    summary:
      "planned runs from a day (default today) for some days (default 28), with the run that fulfilled each",
    query: PlannedQuery,
    response: z.array(PlannedRunLine),
    handler: ({ ctx, userId, query }) =>
      listPlannedRuns(ctx.database, userId, { from: query.from, days: query.days, now: ctx.now() }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/planned-runs",
    access: "owner",
    tag: "planned",
    summary: "plan a run for today or a later day (at most a year ahead)",
    status: 201,
    body: PlannedRunBody,
    response: z.object({ id: z.string() }),
    handler: async ({ ctx, userId, body }) => ({ id: (await plannedOf(ctx, userId, body)).run.id }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/athletes/:athleteId/planned-runs",
    access: "plan",
    tag: "planned",
    summary: "(plan access) plan a run for the runner",
    serverOnly: true,
    status: 201,
    params: AthleteParams,
    body: PlannedRunBody,
    response: z.object({ id: z.string() }),
    handler: async ({ ctx, userId, body }) => ({ id: (await plannedOf(ctx, userId, body)).run.id }),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/planned-runs/:id",
    access: "owner",
    tag: "planned",
    summary: "delete a planned run",
    params: IdParams,
    response: Ok,
    async handler({ ctx, userId, params }) {
      await deletePlannedRun(ctx.database, userId, params.id);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/calendar/import",
    access: "owner",
    tag: "planned",
    summary:
      "import a training plan's .ics text; importing the same calendar name again updates it",
    body: z.object({ ics: z.string().min(1).max(5_000_000), name: z.string().min(1).max(200) }),
    bodyLimit: 6 * 1024 * 1024,
    response: ImportResult,
    handler: ({ ctx, userId, body }) =>
      importCalendar(ctx.database, userId, body.ics, {
        calendar: `file:${body.name}`,
        label: body.name,
        now: ctx.now(),
      }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/calendar/feeds",
    access: "owner",
    tag: "planned",
    summary: "calendar feeds Limber reads your plan from",
    response: z.array(Feed),
    handler: ({ ctx, userId }) => listFeeds(ctx.database, userId),
  }),
  defineRoute({
    method: "POST",
    url: "/api/calendar/feeds",
    access: "owner",
    tag: "planned",
    summary: "subscribe to a plan's iCalendar feed (https:// or webcal://) and read it once",
    status: 201,
    body: z.object({ url: z.string().min(1).max(2000), name: z.string().max(200).optional() }),
    response: FeedOutcome,
    handler: ({ ctx, userId, body }) =>
      subscribeFeed(ctx.database, userId, body, { now: ctx.now() }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/calendar/feeds/refresh",
    access: "owner",
    tag: "planned",
    summary: "read every subscribed feed again",
    response: z.array(FeedOutcome),
    handler: ({ ctx, userId }) => refreshFeeds(ctx.database, userId, { now: ctx.now() }),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/calendar/feeds/:id",
    access: "owner",
    tag: "planned",
    summary: "end a subscription; its planned runs go too",
    params: IdParams,
    response: Ok,
    async handler({ ctx, userId, params }) {
      await unsubscribeFeed(ctx.database, userId, params.id);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "PUT",
    url: "/api/runs/:id/rpe",
    access: "owner",
    tag: "runs",
    summary:
      "set your own RPE (1-10) on any run, or null to let it be estimated again; the load follows",
    params: IdParams,
    body: z.object({ rpe: z.number().int().min(1).max(10).nullable() }),
    response: z.object({
      id: z.string(),
      rpe: z.number().optional(),
      rpeEstimated: z.boolean().optional(),
    }),
    handler: async ({ ctx, userId, params, body }) => {
      const r = await setRunRpe(ctx.database, userId, params.id, body.rpe);
      return {
        id: r.id,
        ...(r.rpe !== undefined ? { rpe: r.rpe } : {}),
        ...(r.rpeEstimated !== undefined ? { rpeEstimated: r.rpeEstimated } : {}),
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/big-runs",
    access: "owner",
    athleteReadable: true,
    tag: "runs",
    summary:
      "L12: runs (done or planned) more than 10% longer than the longest of the previous 30 days, with figures and source",
    query: z.object({ from: z.string().max(10).optional(), days: z.string().max(3).optional() }),
    response: z.array(BigRunSignal),
    handler: ({ ctx, userId, query }) =>
      bigRuns(ctx.database, userId, {
        from: query.from,
        days: query.days,
        now: ctx.now(),
      }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/training-context",
    access: "owner",
    athleteReadable: true,
    tag: "runs",
    summary: "today's big-run flag (L12) and how the load shapes today's care",
    response: DayTrainingContext,
    handler: ({ ctx, userId }) => dayTrainingContext(ctx.database, userId, ctx.now()),
  }),
];

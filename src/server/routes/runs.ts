/**
 * Runs: list, manual entry, the runner's own type, and deleting one logged or imported by
 * mistake. (Import and load join when the importer is wired.)
 */
import { z } from "zod";
import { addManualRun, dayBounds, setRunType } from "../../services/journal/index.js";
import { userTimeZone } from "../../services/journal/context.js";
import { deleteRun } from "../../services/journal/runs.js";
import { runsPage } from "../../services/journal/runs-page.js";
import { Day, IdParams, Ok, queryInt } from "../schemas/common.js";
import { ManualRunBody, RunRecord, RunTypeBody } from "../schemas/journal.js";
import { defineRoute } from "./define.js";

export const runRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/runs",
    access: "owner",
    athleteReadable: true,
    tag: "runs",
    summary:
      "runs and other activities, newest first; from/to are calendar days (inclusive); sport=run or cross (everything else); limit and offset page the list, x-total-count holds the number of matches",
    query: z.object({
      from: Day.optional(),
      to: Day.optional(),
      sport: z.enum(["run", "cross"]).optional(),
      limit: queryInt(1, 1000).optional(),
      offset: queryInt(0, 10_000_000).optional(),
    }),
    response: z.array(RunRecord),
    async handler({ ctx, userId, query, reply }) {
      const tz = query.from || query.to ? await userTimeZone(ctx.database, userId) : "UTC";
      const page = await runsPage(ctx.database, userId, {
        ...(query.from ? { from: dayBounds(query.from, tz).from } : {}),
        ...(query.to ? { to: dayBounds(query.to, tz).to } : {}),
        ...(query.sport ? { sport: query.sport } : {}),
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
        ...(query.offset !== undefined ? { offset: query.offset } : {}),
      });
      reply.header("x-total-count", String(page.total));
      return page.runs;
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/runs",
    access: "owner",
    tag: "runs",
    summary: "record a run by hand (date or startTime, type, minutes, km?, rpe?)",
    status: 201,
    body: ManualRunBody,
    response: RunRecord,
    async handler({ ctx, userId, body }) {
      return (await addManualRun(ctx.database, userId, body, { now: ctx.now() })).run;
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/runs/:id",
    access: "owner",
    tag: "runs",
    summary: "set (or with null clear) your own type for a run",
    params: IdParams,
    body: RunTypeBody,
    response: RunRecord,
    handler: ({ ctx, userId, params, body }) =>
      setRunType(ctx.database, userId, params.id, body.typeOverride),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/runs/:id",
    access: "owner",
    tag: "runs",
    summary:
      "delete a done run logged or imported by mistake; its load leaves the training load (planned runs: DELETE /api/planned-runs/:id)",
    params: IdParams,
    response: Ok,
    async handler({ ctx, userId, params }) {
      await deleteRun(ctx.database, userId, params.id, { now: ctx.now() });
      return { ok: true as const };
    },
  }),
];

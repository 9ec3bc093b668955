/**
 * The professional's plan from the runner's side (delete it) and adherence for the
 * professional: JSON, and a printable one-page HTML summary (C1).
 */
import { z } from "zod";
import { adherenceSummary, renderAdherenceHtml } from "../../services/accounts/adherence.js";
import { deletePlan } from "../../services/accounts/plans.js";
import { NotFoundError } from "../../core/errors.js";
import { AdherenceSummary } from "../../core/schemas/adherence.js";
import { Ok } from "../schemas/common.js";
import { defineRoute } from "./define.js";

const WeeksQuery = z.object({ weeks: z.string().max(3).optional() });

export const adherenceRoutes = [
  defineRoute({
    method: "DELETE",
    url: "/api/plan",
    access: "owner",
    tag: "sharing",
    summary: "delete your professional plan; its effect ends at once",
    serverOnly: true,
    response: Ok,
    async handler({ ctx, userId }) {
      if (!(await deletePlan(ctx.database, userId))) throw new NotFoundError("plan");
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/adherence",
    access: "owner",
    athleteReadable: true,
    tag: "sharing",
    summary:
      "sessions planned vs done per week, ROM tests against the plan's goals, pain flags raised",
    query: WeeksQuery,
    response: AdherenceSummary,
    handler: ({ ctx, userId, query }) =>
      adherenceSummary(ctx.database, userId, { now: ctx.now(), weeks: query.weeks }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/adherence.html",
    access: "owner",
    athleteReadable: true,
    tag: "sharing",
    summary: "the adherence summary as a printable one-page HTML document",
    query: WeeksQuery,
    response: z.string(),
    async handler({ ctx, userId, query, reply }) {
      reply.type("text/html; charset=utf-8");
      return renderAdherenceHtml(
        await adherenceSummary(ctx.database, userId, { now: ctx.now(), weeks: query.weeks }),
      );
    },
  }),
];

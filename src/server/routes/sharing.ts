/** Personal API tokens, grants to professionals, a professional's athletes, and plans (C1). */
import { z } from "zod";
import {
  listAthletes,
  listGrants,
  grantAccess,
  revokeGrant,
} from "../../services/accounts/grants.js";
import { getPlan, setPlan } from "../../services/accounts/plans.js";
import { createApiToken, listTokens, revokeToken } from "../../services/accounts/tokens.js";
import { IdParams, Ok } from "../schemas/common.js";
import {
  ApiToken,
  Athlete,
  AthleteParams,
  Grant,
  GrantBody,
  NewApiToken,
  PlanBody,
  StoredPlan,
  TokenBody,
} from "../schemas/accounts.js";
import { runnerToday } from "../today-date.js";
import { defineRoute } from "./define.js";

export const sharingRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/tokens",
    access: "self",
    tag: "tokens",
    summary: "your personal API tokens (without their secrets)",
    serverOnly: true,
    response: z.array(ApiToken),
    handler: ({ ctx, userId }) => listTokens(ctx.database, userId),
  }),
  defineRoute({
    method: "POST",
    url: "/api/tokens",
    access: "self",
    tag: "tokens",
    summary:
      "create a token for scripts (scopes read, write) or the calendar (scopes [feed]); shown only in this answer; needs a signed-in session",
    serverOnly: true,
    sessionOnly: true,
    status: 201,
    body: TokenBody,
    response: NewApiToken,
    handler: ({ ctx, userId, body }) =>
      createApiToken(ctx.database, userId, body.name, ctx.now(), body.scopes),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/tokens/:id",
    access: "self",
    tag: "tokens",
    summary: "revoke a token",
    serverOnly: true,
    params: IdParams,
    response: Ok,
    async handler({ ctx, userId, params }) {
      await revokeToken(ctx.database, userId, params.id);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/grants",
    access: "self",
    tag: "sharing",
    summary: "professionals you share your journal with",
    serverOnly: true,
    response: z.array(Grant),
    handler: ({ ctx, userId }) => listGrants(ctx.database, userId),
  }),
  defineRoute({
    method: "POST",
    url: "/api/grants",
    access: "self",
    tag: "sharing",
    summary: "give a professional (by email) read or plan access; again to change the level",
    serverOnly: true,
    status: 201,
    body: GrantBody,
    response: Grant,
    handler: ({ ctx, userId, body }) => grantAccess(ctx.database, userId, body, ctx.now()),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/grants/:id",
    access: "self",
    tag: "sharing",
    summary: "revoke a grant at once",
    serverOnly: true,
    params: IdParams,
    response: Ok,
    async handler({ ctx, userId, params }) {
      await revokeGrant(ctx.database, userId, params.id, ctx.now());
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/athletes",
    access: "self",
    tag: "sharing",
    summary: "(professionals) runners who share their journal with you",
    serverOnly: true,
    response: z.array(Athlete),
    handler: ({ ctx, userId }) => listAthletes(ctx.database, userId),
  }),
  defineRoute({
    method: "GET",
    url: "/api/plan",
    access: "owner",
    athleteReadable: true,
    tag: "sharing",
    summary: "the runner's professional plan, if any",
    response: StoredPlan.nullable(),
    async handler({ ctx, userId }) {
      return getPlan(ctx.database, userId, await runnerToday(ctx, userId));
    },
  }),
  defineRoute({
    method: "PUT",
    url: "/api/athletes/:athleteId/plan",
    access: "plan",
    tag: "sharing",
    summary:
      "(plan access) set the runner's plan: goals, sessions a week, focus regions, transition date",
    serverOnly: true,
    params: AthleteParams,
    body: PlanBody,
    response: StoredPlan,
    handler: async ({ ctx, actor, userId, body }) =>
      setPlan(ctx.database, actor.kind === "user" ? actor.userId : "", userId, body, ctx.now(), {
        today: await runnerToday(ctx, userId),
      }),
  }),
];

/** Health, readiness and the OpenAPI document. */
import { sql } from "kysely";
import { z } from "zod";
import { ApiError } from "../errors.js";
import { defineRoute } from "./define.js";

export const systemRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/health",
    access: "public",
    tag: "system",
    summary: "200 when the server can reach its database",
    response: z.object({ status: z.literal("ok") }),
    async handler({ ctx }) {
      try {
        await sql`select 1`.execute(ctx.database.db);
      } catch {
        throw new ApiError(503, "database_unreachable", "The database does not answer.");
      }
      return { status: "ok" as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/ready",
    access: "public",
    tag: "system",
    summary: "200 when migrations are done and the server is not shutting down",
    response: z.object({ status: z.literal("ready") }),
    async handler({ ctx }) {
      if (ctx.closing) throw new ApiError(503, "shutting_down", "The server is shutting down.");
      return { status: "ready" as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/openapi.json",
    access: "public",
    tag: "system",
    summary: "the OpenAPI 3 document of this API",
    response: z.record(z.string(), z.unknown()),
    async handler({ request }) {
      return request.server.swagger() as unknown as Record<string, unknown>;
    },
  }),
];

/**
 * Turns the route table into Fastify routes. Each route gets, in order: authentication and
 * the access decision (onRequest, before any body is read), the cross-site write checks,
 * then schema validation, the idempotency step, and the thin handler.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { authorize, decide, needsGrant, type Decision } from "../services/accounts/access.js";
import type { Actor } from "../services/accounts/types.js";
import {
  actorWithoutLookup,
  checkTokenScope,
  checkWriteOrigin,
  isWrite,
  resolveActor,
} from "./auth.js";
import type { ServerContext } from "./context.js";
import { ApiError } from "./errors.js";
import { applyIdempotency, runIdempotent } from "./idempotency.js";
import { ErrorBody } from "./schemas/common.js";
import { AthleteParams } from "./schemas/accounts.js";
import type { TableEntry } from "./routes/table.js";

type HookDone = (err?: Error) => void;

/** Path of the first string holding a NUL character (PostgreSQL text cannot store one), if any. */
export function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (depth > 20 || value === null || typeof value !== "object") return null;
  for (const [k, v] of Object.entries(value)) {
    const found = nulPath(v, path ? `${path}.${k}` : k, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** The athlete copy of a route takes `:athleteId` besides the route's own parameters (e.g. `:id`). */
function athleteParams(own: z.ZodType | undefined): z.ZodType {
  return own instanceof z.ZodObject ? own.extend(AthleteParams.shape) : AthleteParams;
}

function targetOf(request: FastifyRequest): string | null {
  const athleteId = (request.params as { athleteId?: unknown } | undefined)?.athleteId;
  if (typeof athleteId === "string") return athleteId;
  return request.actor.kind === "user" ? request.actor.userId : null;
}

/** Registers one table entry. */
export function registerEntry(app: FastifyInstance, ctx: ServerContext, entry: TableEntry): void {
  const { def } = entry;
  const status = def.status ?? 200;
  const params = entry.athleteVariant ? athleteParams(def.params) : def.params;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: entry.url,
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
    schema: {
      summary: def.summary,
      tags: [entry.athleteVariant ? "athletes" : def.tag],
      ...(def.query ? { querystring: def.query } : {}),
      ...(params ? { params } : {}),
      ...(def.body ? { body: def.body } : {}),
      ...(def.multipart ? { consumes: ["multipart/form-data"] } : {}),
      response: { [status]: def.response, "4xx": ErrorBody },
    },
    // Synchronous hooks: a local or credential-free request (every public GET without a
    // cookie) is decided without a promise; only a token or session lookup waits on one.
    onRequest: (request: FastifyRequest, _reply: FastifyReply, done: HookDone) => {
      const admit = (actor: Actor): Promise<void> | undefined => {
        request.actor = actor;
        if (def.serverOnly && ctx.mode === "local") {
          throw new ApiError(
            409,
            "accounts_off",
            "This needs accounts (server mode); the local journal has none.",
          );
        }
        checkTokenScope(actor, def.method, def);
        const target = targetOf(request);
        if (!needsGrant(actor, entry.access, target)) {
          settle(decide(actor, entry.access, target, null));
          return undefined;
        }
        return authorize(ctx.database, actor, entry.access, target).then(settle);
      };
      const settle = (decision: Decision): void => {
        if (!decision.allow) throw new ApiError(decision.status, decision.code, decision.reason);
        checkWriteOrigin(ctx, request, def.anonymousWrite === true);
      };
      const known = actorWithoutLookup(ctx, request, def.queryToken === true);
      if (known) {
        let pending: Promise<void> | undefined;
        try {
          pending = admit(known);
        } catch (e) {
          done(e as Error);
          return;
        }
        if (pending) pending.then(() => done(), done);
        else done();
        return;
      }
      resolveActor(ctx, request, def.queryToken === true)
        .then(admit)
        .then(() => done(), done);
    },
    // Hooks only where they do something, and synchronous: each async hook costs a promise
    // and a turn of the microtask queue on every request.
    preValidation: (request: FastifyRequest, _reply: FastifyReply, done: HookDone) => {
      // Fastify skips body validation for an empty or `null` body; a route with a body schema needs one.
      if (def.body && (request.body === null || request.body === undefined)) {
        done(
          new ApiError(400, "invalid_input", "body: must be a JSON object", {
            body: "must be a JSON object",
          }),
        );
        return;
      }
      // Refused for every engine alike, so SQLite and PostgreSQL journals accept the same input.
      for (const value of [request.body, request.query, request.params]) {
        const at = nulPath(value, "");
        if (at !== null) {
          const field = at || "body";
          done(
            new ApiError(400, "invalid_input", `${field}: must not contain NUL characters`, {
              [field]: "must not contain NUL characters",
            }),
          );
          return;
        }
      }
      done();
    },
    ...(isWrite(def.method)
      ? {
          preHandler: async (request: FastifyRequest) => {
            if (def.anonymousWrite || request.actor.kind !== "user") return;
            applyIdempotency(request, request.actor.userId);
          },
        }
      : {}),
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const actor = request.actor;
      const userId = targetOf(request) ?? "";
      reply.code(status);
      // With an Idempotency-Key the handler runs in one transaction with the key and its answer.
      return runIdempotent(ctx, request, reply, status, (database) =>
        def.handler({
          query: request.query,
          params: request.params,
          body: request.body,
          actor,
          userId,
          ctx: database === ctx.database ? ctx : { ...ctx, database },
          request,
          reply,
        }),
      );
    },
  });
}

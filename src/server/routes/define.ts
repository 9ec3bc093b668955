/**
 * How a route is declared: method, path, access requirement (access.ts), zod schemas and a
 * thin handler. Every route of the API is one of these, listed in routes/table.ts, from
 * which both the registration and the access-matrix test are generated.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { RouteAccess } from "../../services/accounts/access.js";
import type { Actor } from "../../services/accounts/types.js";
import type { ServerContext } from "../context.js";

declare const holds: unique symbol;

/**
 * JSON text already serialised from a value of type T, for a route that keeps its answers
 * as text (a memo): Fastify sends a string as is, and the type still says what it holds.
 */
export type JsonText<T> = string & { readonly [holds]: T };

/**
 * Serialises a value as the JSON text of a route's answer, with JSON.stringify or a faster
 * function that gives the same bytes (routineJson).
 *
 * @example
 * const text = jsonText<z.input<typeof Routine>>(routine); // sent as is by the route
 * const same = jsonText(routine, routineJson); // the same text, from kept per-movement parts
 */
export function jsonText<T>(
  value: T,
  stringify: (value: T) => string = JSON.stringify,
): JsonText<T> {
  return stringify(value) as JsonText<T>;
}

/**
 * A bounded memo of answers for a route whose answer is a pure function of its key. Least
 * recently used answers go first. An answer is kept only when its key comes back: a stream
 * of keys that never repeat (a new seed each time) would otherwise push every answer
 * through the memo, where each outlives a young-generation collection and is copied and
 * promoted to the old generation for nothing. A key seen once costs far less than an answer.
 *
 * @example
 * const memo = answerMemo<string>(500, 2000);
 * memo("?seed=1", () => build()); // built, not kept yet
 * memo("?seed=1", () => build()); // built again, now kept
 * memo("?seed=1", () => build()); // the kept answer, not built
 */
export function answerMemo<A>(size: number, seenSize: number): (key: string, make: () => A) => A {
  const kept = new Map<string, A>();
  const seen = new Set<string>();
  return (key, make) => {
    const hit = kept.get(key);
    if (hit !== undefined) {
      kept.delete(key);
      kept.set(key, hit);
      return hit;
    }
    const answer = make();
    if (seen.delete(key)) {
      kept.set(key, answer);
      if (kept.size > size) kept.delete(kept.keys().next().value as string);
    } else {
      if (seen.size >= seenSize) seen.clear();
      seen.add(key);
    }
    return answer;
  };
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface HandlerInput<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  actor: Actor;
  /** The user whose data the route touches: the caller, or `:athleteId` on athlete routes. */
  userId: string;
  ctx: ServerContext;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteDef<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  url: string;
  access: RouteAccess;
  summary: string;
  tag: string;
  /** Also served read-only to professionals at /api/athletes/:athleteId + url (access `read`). */
  athleteReadable?: boolean;
  /** Success status (default 200). */
  status?: 200 | 201 | 204;
  query?: Q;
  params?: P;
  body?: B;
  response: R;
  /** multipart/form-data upload: the body is read by the handler, not the schema. */
  multipart?: boolean;
  /** Body limit in bytes when larger than the 1 MB default (restore). */
  bodyLimit?: number;
  /** Sign-in and sign-up: no CSRF token exists yet; no idempotency record (no user yet). */
  anonymousWrite?: boolean;
  /** A personal API token may come as `?token=` (calendar apps cannot send headers). */
  queryToken?: boolean;
  /** Needs a signed-in session (or the local runner): an API token is refused (minting tokens). */
  sessionOnly?: boolean;
  /** The route needs accounts (server mode); local mode answers 409 accounts_off. */
  serverOnly?: boolean;
  /** The answer, or its JSON text (with the reply's type set to JSON) when prebuilt. */
  handler(
    input: HandlerInput<z.output<Q>, z.output<P>, z.output<B>>,
  ): Promise<z.input<R> | JsonText<z.input<R>>>;
}

/** Declares a route with its types inferred from the schemas. */
export function defineRoute<
  Q extends z.ZodType,
  P extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(def: RouteDef<Q, P, B, R>): RouteDef {
  return def as unknown as RouteDef;
}

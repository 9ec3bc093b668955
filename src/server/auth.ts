/**
 * Who is calling. Local mode: everyone on loopback is the single local runner. Server mode:
 * a signed session cookie (id looked up by hash in the database) or a personal API token
 * (`Authorization: Bearer lmb_...`). Also the CSRF rule for cookie-authenticated writes and
 * the Origin check that keeps other web sites from writing through a browser.
 */
import { accountsRepository } from "../store/index.js";
import type { FastifyReply, FastifyRequest } from "fastify";
import { LOCAL_USER_ID } from "../store/users.js";
import { resolveSession } from "../services/accounts/sessions.js";
import { resolveToken } from "../services/accounts/tokens.js";
import { hmac, sameSecret } from "../services/accounts/secrets.js";
import type { Actor, Role, TokenScope } from "../services/accounts/types.js";
import { ApiError } from "./errors.js";
import type { ServerContext } from "./context.js";

export const SESSION_COOKIE = "limber_session";
export const CSRF_COOKIE = "limber_csrf";
export const CSRF_HEADER = "x-csrf-token";

const ANONYMOUS: Actor = { kind: "anonymous" };
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** True for methods that change something. */
export function isWrite(method: string): boolean {
  return WRITE_METHODS.has(method);
}

/** The CSRF token of a session: derived from the session, so nothing more is stored. */
export function csrfTokenFor(ctx: ServerContext, sessionHash: string): string {
  return hmac(ctx.secret, `csrf:${sessionHash}`);
}

async function userActor(
  ctx: ServerContext,
  userId: string,
  via: "session" | "token",
  extra: { sessionHash?: string; scopes?: readonly TokenScope[] } = {},
): Promise<Actor> {
  const row = await accountsRepository(ctx.database).findAccountById(userId);
  if (!row) return ANONYMOUS;
  // A professional who signed up is a runner until an administrator approves them.
  const role: Role =
    row.role === "professional" && row.status === "active" ? "professional" : "runner";
  return { kind: "user", userId, role, via, ...extra };
}

const LOCAL_ACTOR: Actor = Object.freeze({
  kind: "user",
  userId: LOCAL_USER_ID,
  role: "runner",
  via: "local",
});

/**
 * The caller when no credential needs looking up: the local runner in local mode, or
 * anonymous when the request carries no token and no session cookie; undefined otherwise.
 * Lets the route hooks decide a public or local request without waiting on a promise.
 *
 * @example
 * actorWithoutLookup(ctx, request, false); // { kind: "anonymous" } for a bare GET
 */
export function actorWithoutLookup(
  ctx: ServerContext,
  request: FastifyRequest,
  queryToken: boolean,
): Actor | undefined {
  if (ctx.mode === "local") return LOCAL_ACTOR;
  if (queryToken && (request.query as { token?: unknown } | undefined)?.token) return undefined;
  if (request.headers.authorization) return undefined;
  return request.cookies[SESSION_COOKIE] ? undefined : ANONYMOUS;
}

/** Resolves the caller of a request. A bad or expired credential is simply anonymous. */
export async function resolveActor(
  ctx: ServerContext,
  request: FastifyRequest,
  queryToken = false,
): Promise<Actor> {
  if (ctx.mode === "local") return LOCAL_ACTOR;
  const fromQuery = queryToken
    ? (request.query as { token?: unknown } | undefined)?.token
    : undefined;
  if (typeof fromQuery === "string" && fromQuery) {
    // A URL is kept in calendar apps and logs in plain sight: only a feed-only token goes there.
    const found = await resolveToken(ctx.database, fromQuery, ctx.now());
    if (!found || found.scopes.join() !== "feed") {
      throw new ApiError(
        401,
        "bad_token",
        'The calendar URL takes a feed token (POST /api/tokens with scopes ["feed"]).',
        {
          token: found ? "must be a feed-only token" : "unknown token",
        },
      );
    }
    return userActor(ctx, found.userId, "token", { scopes: found.scopes });
  }
  const auth = request.headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m?.[1])
      throw new ApiError(401, "bad_token", "Authorization must be `Bearer <token>`", {
        authorization: "must be Bearer <token>",
      });
    const found = await resolveToken(ctx.database, m[1], ctx.now());
    if (!found)
      throw new ApiError(401, "bad_token", "This API token is not valid (revoked or mistyped).", {
        authorization: "unknown token",
      });
    return userActor(ctx, found.userId, "token", { scopes: found.scopes });
  }
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return ANONYMOUS;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return ANONYMOUS;
  const session = await resolveSession(ctx.database, unsigned.value, ctx.now());
  return session
    ? userActor(ctx, session.userId, "session", { sessionHash: session.idHash })
    : ANONYMOUS;
}

/**
 * What an API token may reach: a feed token only the calendar; reads need `read`, writes
 * `write`; minting tokens needs a signed-in session (a leaked token cannot breed more).
 */
export function checkTokenScope(
  actor: Actor,
  method: string,
  route: { queryToken?: boolean; sessionOnly?: boolean },
): void {
  if (actor.kind !== "user" || actor.via !== "token") return;
  if (route.sessionOnly) {
    throw new ApiError(403, "session_required", "Sign in to do this; an API token cannot.", {
      authorization: "needs a signed-in session",
    });
  }
  const scopes = actor.scopes ?? [];
  const needed =
    route.queryToken && scopes.includes("feed") ? "feed" : isWrite(method) ? "write" : "read";
  if (!scopes.includes(needed)) {
    throw new ApiError(
      403,
      "token_scope",
      `This API token cannot ${needed === "write" ? "write" : "read"} here; it has: ${scopes.join(", ") || "no scopes"}.`,
      {
        authorization: `needs the ${needed} scope`,
      },
    );
  }
}

/**
 * Refuses cross-site writes: a write whose Origin names another host is refused in every
 * mode, and a cookie-authenticated write must carry the session's CSRF token.
 */
export function checkWriteOrigin(
  ctx: ServerContext,
  request: FastifyRequest,
  csrfExempt: boolean,
): void {
  if (!isWrite(request.method)) return;
  const origin = request.headers.origin;
  if (origin && origin !== "null") {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== request.headers.host && !ctx.allowedOrigins.includes(origin)) {
      throw new ApiError(403, "cross_origin", "Writes from another site are refused.", {
        origin: "must be this server",
      });
    }
  } else if (origin === "null") {
    throw new ApiError(403, "cross_origin", "Writes from another site are refused.", {
      origin: "must be this server",
    });
  }
  const actor = request.actor;
  if (csrfExempt || actor.kind !== "user" || actor.via !== "session" || !actor.sessionHash) return;
  const sent = request.headers[CSRF_HEADER];
  const expected = csrfTokenFor(ctx, actor.sessionHash);
  if (typeof sent !== "string" || !sameSecret(sent, expected)) {
    throw new ApiError(
      403,
      "csrf",
      `Cookie-authenticated writes need the ${CSRF_HEADER} header (GET /api/auth/csrf).`,
      {
        [CSRF_HEADER]: "missing or wrong",
      },
    );
  }
}

/** Sets the session and CSRF cookies after sign-in. */
export function setSessionCookies(
  ctx: ServerContext,
  reply: FastifyReply,
  rawId: string,
  csrf: string,
  expiresAt: string,
): void {
  const expires = new Date(expiresAt);
  reply.setCookie(SESSION_COOKIE, rawId, {
    signed: true,
    httpOnly: true,
    secure: ctx.secureCookies,
    sameSite: "lax",
    path: "/",
    expires,
  });
  // Readable by the page, so the web app can echo it in the header (double submit).
  reply.setCookie(CSRF_COOKIE, csrf, {
    httpOnly: false,
    secure: ctx.secureCookies,
    sameSite: "strict",
    path: "/",
    expires,
  });
}

/** Clears both cookies (sign-out). */
export function clearSessionCookies(ctx: ServerContext, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: "/",
    secure: ctx.secureCookies,
    httpOnly: true,
    sameSite: "lax",
  });
  reply.clearCookie(CSRF_COOKIE, { path: "/", secure: ctx.secureCookies, sameSite: "strict" });
}

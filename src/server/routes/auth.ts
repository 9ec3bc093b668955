/** Sign-up, sign-in, sign-out, who am I, and the CSRF token (server mode). */
import { z } from "zod";
import {
  checkCredentials,
  createAccount,
  emailRateKey,
  getAccount,
} from "../../services/accounts/accounts.js";
import {
  clearFailedSignIns,
  noteFailedSignIn,
  signInWait,
} from "../../services/accounts/backoff.js";
import { consumeRate, type RateRule } from "../../services/accounts/rate-limit.js";
import { hmac, sameSecret } from "../../services/accounts/secrets.js";
import { endAllSessions, endSession, startSession } from "../../services/accounts/sessions.js";
import { revokeAllTokens } from "../../services/accounts/tokens.js";
import type { Account } from "../../services/accounts/types.js";
import { clearSessionCookies, csrfTokenFor, setSessionCookies } from "../auth.js";
import type { ServerContext } from "../context.js";
import { ApiError } from "../errors.js";
import { Ok } from "../schemas/common.js";
import { Me, SignedIn, SignInBody, SignUpBody } from "../schemas/accounts.js";
import { defineRoute } from "./define.js";
import type { FastifyReply } from "fastify";

/** Cookie marking a device the account signed in from before (exempt from the sign-in backoff). */
export const DEVICE_COOKIE = "limber_device";

/** The device mark of an account: an HMAC only this server can make, tied to the account's email. */
function deviceMark(ctx: ServerContext, emailKey: string): string {
  return hmac(ctx.secret, `device:${emailKey}`);
}

async function limit(ctx: ServerContext, key: string, rule: RateRule): Promise<void> {
  const r = await consumeRate(ctx.database, key, rule, ctx.now());
  if (!r.allowed) {
    throw new ApiError(
      429,
      "rate_limited",
      `Too many attempts; try again in ${r.retryAfterSeconds} s.`,
      undefined,
      {
        "retry-after": String(r.retryAfterSeconds),
      },
    );
  }
}

async function signIn(ctx: ServerContext, reply: FastifyReply, user: Account) {
  const session = await startSession(ctx.database, user.id, ctx.now());
  const csrfToken = csrfTokenFor(ctx, session.idHash);
  setSessionCookies(ctx, reply, session.id, csrfToken, session.expiresAt);
  return { user, csrfToken };
}

export const authRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/auth/signup",
    access: "public",
    tag: "auth",
    summary: "create an account (runner by default) and sign in",
    serverOnly: true,
    anonymousWrite: true,
    status: 201,
    body: SignUpBody,
    response: SignedIn,
    async handler({ ctx, body, request, reply }) {
      if (!ctx.openSignup)
        throw new ApiError(
          403,
          "signup_closed",
          "Sign-up is closed on this server; ask its administrator for an account.",
        );
      await limit(ctx, `signup:ip:${request.ip}`, ctx.rateLimits.signUpPerAddress);
      const user = await createAccount(ctx.database, { ...body, selfSignup: true }, ctx.now());
      return signIn(ctx, reply, user);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/signin",
    access: "public",
    tag: "auth",
    summary: "sign in with email and password; sets the session cookie",
    serverOnly: true,
    anonymousWrite: true,
    body: SignInBody,
    response: SignedIn,
    async handler({ ctx, body, request, reply }) {
      const emailKey = emailRateKey(body.email);
      await limit(ctx, `signin:ip:${request.ip}`, ctx.rateLimits.signInPerAddress);
      const device = deviceMark(ctx, emailKey);
      const knownDevice = sameSecret(request.cookies[DEVICE_COOKIE] ?? "", device);
      if (!knownDevice) {
        const wait = await signInWait(
          ctx.database,
          emailKey,
          ctx.rateLimits.signInPerEmail,
          ctx.now(),
        );
        if (wait > 0) {
          throw new ApiError(
            429,
            "rate_limited",
            `Too many wrong passwords for this account; try again in ${wait} s.`,
            undefined,
            { "retry-after": String(wait) },
          );
        }
      }
      const user = await checkCredentials(ctx.database, body.email, body.password);
      if (!user) {
        await noteFailedSignIn(ctx.database, emailKey, ctx.now());
        throw new ApiError(401, "bad_credentials", "Email or password is wrong.", {
          password: "does not match this email",
        });
      }
      await clearFailedSignIns(ctx.database, emailKey);
      // Marks this device as the owner's: later wrong guesses by others do not slow it down.
      reply.setCookie(DEVICE_COOKIE, device, {
        httpOnly: true,
        secure: ctx.secureCookies,
        sameSite: "strict",
        path: "/api/auth",
        maxAge: 365 * 86_400,
      });
      return signIn(ctx, reply, user);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/signout",
    access: "self",
    tag: "auth",
    summary: "end this session",
    serverOnly: true,
    response: Ok,
    async handler({ ctx, actor, reply }) {
      if (actor.kind === "user" && actor.sessionHash)
        await endSession(ctx.database, actor.sessionHash);
      clearSessionCookies(ctx, reply);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/signout-everywhere",
    access: "self",
    tag: "auth",
    summary: "end every session of the account and revoke every API token",
    serverOnly: true,
    sessionOnly: true,
    response: Ok,
    async handler({ ctx, actor, reply }) {
      if (actor.kind === "user") {
        await endAllSessions(ctx.database, actor.userId);
        await revokeAllTokens(ctx.database, actor.userId);
      }
      clearSessionCookies(ctx, reply);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/auth/me",
    access: "self",
    tag: "auth",
    summary: "the caller",
    response: Me,
    async handler({ ctx, actor }) {
      if (actor.kind !== "user") throw new ApiError(401, "sign_in_required", "sign in first");
      if (actor.via === "local")
        return {
          mode: "local" as const,
          user: { id: actor.userId, role: actor.role },
          via: "local" as const,
        };
      const account = await getAccount(ctx.database, actor.userId);
      return {
        mode: ctx.mode,
        user: {
          id: account.id,
          email: account.email,
          ...(account.name ? { name: account.name } : {}),
          role: account.role,
        },
        via: actor.via,
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/auth/csrf",
    access: "self",
    tag: "auth",
    summary: "the CSRF token to send as x-csrf-token with cookie-authenticated writes",
    response: z.object({ csrfToken: z.string() }),
    async handler({ ctx, actor }) {
      return {
        csrfToken:
          actor.kind === "user" && actor.sessionHash ? csrfTokenFor(ctx, actor.sessionHash) : "",
      };
    },
  }),
];

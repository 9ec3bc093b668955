/** What every route and hook of one server shares: the database, the mode and the clock. */
import type { Database } from "../store/db.js";
import type { Actor } from "../services/accounts/types.js";
import type { RateRule } from "../services/accounts/rate-limit.js";

export type ServerMode = "local" | "server";

export interface RateLimits {
  /** Sign-in backoff per account: `max` wrong passwords are free, `windowSeconds` caps the wait. */
  signInPerEmail: RateRule;
  signInPerAddress: RateRule;
  signUpPerAddress: RateRule;
}

export interface ServerContext {
  database: Database;
  mode: ServerMode;
  now(): Date;
  /** Secret for cookie signatures and CSRF tokens, shared by every node (database or env). */
  secret: string;
  /** Cookies carry `Secure` (on by default; off only for plain-HTTP development). */
  secureCookies: boolean;
  rateLimits: RateLimits;
  /** Other origins whose pages may write (e.g. the web app's dev server), as `scheme://host:port`. */
  allowedOrigins: readonly string[];
  /** Server mode: anyone may sign up (default), or only `limber admin create-user` makes accounts. */
  openSignup: boolean;
  /** True once shutdown began (readiness answers 503). */
  closing: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Who is calling; set by the authentication hook. */
    actor: Actor;
  }
}

/**
 * The whole environment Limber reads, parsed and checked once at start-up. This is the
 * only module that reads `process.env` (lint enforces it): every other part receives the
 * typed `Config`, or the options it needs from it, as arguments. A bad value stops the
 * start with one line naming the variable and what it allows.
 *
 * @example
 * const config = configFrom({ PORT: "8080", LIMBER_DATA_DIR: "/srv/limber" });
 * config.port; // 8080
 * configFrom({ PORT: "eighty" }); // throws InputError "PORT: must be a whole number from 0 to 65535, got eighty"
 */
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { InputError } from "../../core/errors.js";

/** The raw environment: variable name to text, as the process received it. */
export type Environment = Readonly<Record<string, string | undefined>>;

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** HOST: address `limber serve` listens on. */
  host: string;
  /** PORT: port `limber serve` listens on (0 picks a free one). */
  port: number;
  /** DATABASE_URL: PostgreSQL connection string; absent means the embedded SQLite journal. */
  databaseUrl?: string;
  /** LIMBER_DATA_DIR, else $XDG_DATA_HOME/limber, else $HOME/.local/share/limber. */
  dataDir: string;
  /** LOG_LEVEL: the server's log level. */
  logLevel: LogLevel;
  /** LIMBER_COOKIE_SECRET: cookie and CSRF secret; absent means one kept in the database. */
  cookieSecret?: string;
  /** TRUST_PROXY: true ("1"/"true"), or the proxy addresses/hop count Fastify accepts. */
  trustProxy?: boolean | string;
  /** LIMBER_SIGNUP: "open" (default) or "closed" (accounts only through `limber admin`). */
  openSignup: boolean;
  /** LIMBER_ALLOWED_ORIGINS: extra origins allowed to write, comma-separated. */
  allowedOrigins: string[];
  /** LIMBER_INSECURE_COOKIES=1: cookies without Secure (plain-HTTP testing only). */
  insecureCookies: boolean;
  /** LIMBER_VALIDATE_RESPONSES=1: check every response against its schema. */
  validateResponses: boolean;
  /** LIMBER_DEBUG=1: print stack traces of unexpected errors. */
  debug: boolean;
  /** LIMBER_CHROMIUM: the browser the browser tests and benchmarks drive. */
  chromium: string;
}

// Empty means unset, as it always has for these variables (`FOO= limber ...`).
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const flag = () =>
  optional(
    z.enum(["0", "1", "true", "false"], {
      error: (i) => `must be 1 or 0 (true or false), got ${String(i.input)}`,
    }),
  ).transform((v) => v === "1" || v === "true");

const origin = /^https?:\/\/[^/\s]+$/;

const ENV_SCHEMA = z.object({
  HOST: optional(
    z.string().regex(/^[^\s/]+$/, {
      error: "must be a host name or IP address, without spaces or slashes",
    }),
  ),
  PORT: optional(
    z
      .string()
      .regex(/^\d{1,5}$/, {
        error: (i) => `must be a whole number from 0 to 65535, got ${String(i.input)}`,
      })
      .transform(Number)
      .refine((n) => n <= 65535, {
        error: (i) => `must be a whole number from 0 to 65535, got ${String(i.input)}`,
      }),
  ),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/\S+$/, {
      error: "must be a PostgreSQL connection string, postgres://user:password@host/db",
    }),
  ),
  LIMBER_DATA_DIR: optional(z.string()),
  XDG_DATA_HOME: optional(z.string()),
  HOME: optional(z.string()),
  LOG_LEVEL: optional(
    z.enum(LOG_LEVELS, {
      error: (i) => `must be one of ${LOG_LEVELS.join(", ")}, got ${String(i.input)}`,
    }),
  ),
  LIMBER_COOKIE_SECRET: optional(
    z.string().min(16, { error: "must be at least 16 characters (a long random string)" }),
  ),
  TRUST_PROXY: optional(z.string()),
  LIMBER_SIGNUP: optional(
    z.enum(["open", "closed"], { error: (i) => `must be open or closed, got ${String(i.input)}` }),
  ),
  LIMBER_ALLOWED_ORIGINS: optional(
    z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .refine((list) => list.every((o) => origin.test(o)), {
        error:
          "must be origins separated by commas, such as http://localhost:5173 (scheme, host and port, no path)",
      }),
  ),
  LIMBER_INSECURE_COOKIES: flag(),
  LIMBER_VALIDATE_RESPONSES: flag(),
  LIMBER_DEBUG: flag(),
  LIMBER_CHROMIUM: optional(z.string()),
});

/** The variables Limber reads, for documentation and the lint rule's message. */
export const CONFIG_VARIABLES = Object.keys(ENV_SCHEMA.shape) as readonly string[];

function trustProxyOf(raw: string | undefined): boolean | string | undefined {
  if (raw === undefined) return undefined;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  return raw;
}

/**
 * Parses an environment into a `Config`. Throws one InputError naming every bad variable.
 *
 * @example
 * parseConfig({ LIMBER_SIGNUP: "closed" }).openSignup; // false
 */
export function parseConfig(env: Environment): Config {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "environment");
      fields[name] ??= issue.message;
    }
    throw InputError.many(fields, "invalid_environment");
  }
  const e = parsed.data;
  const dataHome = e.XDG_DATA_HOME ?? join(e.HOME ?? homedir(), ".local", "share");
  const config: Config = {
    host: e.HOST ?? "127.0.0.1",
    port: e.PORT ?? 8787,
    dataDir: e.LIMBER_DATA_DIR ?? join(dataHome, "limber"),
    logLevel: e.LOG_LEVEL ?? "info",
    openSignup: e.LIMBER_SIGNUP !== "closed",
    allowedOrigins: e.LIMBER_ALLOWED_ORIGINS ?? [],
    insecureCookies: e.LIMBER_INSECURE_COOKIES ?? false,
    validateResponses: e.LIMBER_VALIDATE_RESPONSES ?? false,
    debug: e.LIMBER_DEBUG ?? false,
    chromium: e.LIMBER_CHROMIUM ?? "/usr/bin/chromium",
  };
  if (e.DATABASE_URL !== undefined) config.databaseUrl = e.DATABASE_URL;
  if (e.LIMBER_COOKIE_SECRET !== undefined) config.cookieSecret = e.LIMBER_COOKIE_SECRET;
  const trustProxy = trustProxyOf(e.TRUST_PROXY);
  if (trustProxy !== undefined) config.trustProxy = trustProxy;
  return config;
}

// One parse per environment object: the CLI validates at start-up, and the command it runs
// asks again for the same object without parsing twice.
const parsedOnce = new WeakMap<Environment, Config>();

/**
 * The configuration of an environment, parsed on first use and remembered.
 *
 * @example
 * const { dataDir, databaseUrl } = configFrom(io.env);
 */
export function configFrom(env: Environment): Config {
  let config = parsedOnce.get(env);
  if (!config) {
    config = parseConfig(env);
    parsedOnce.set(env, config);
  }
  return config;
}

/**
 * The process's own environment: the one read of `process.env` in the program.
 *
 * @example
 * const config = configFrom(processEnvironment());
 */
export function processEnvironment(): Environment {
  return process.env;
}

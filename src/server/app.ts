/**
 * The HTTP server: Fastify 5 with zod-validated routes (fastify-type-provider-zod), the
 * OpenAPI document generated from them, security headers, body limits, one error body,
 * redacted logs, and the built web app. Every route comes from the route table.
 *
 * @example
 * const database = await openDatabase({ dataDir: configFrom(processEnvironment()).dataDir });
 * const app = await buildServer({ database, mode: "local" });
 * await app.listen({ host: "127.0.0.1", port: 8787 });
 */
import { serverSecretsRepository } from "../store/index.js";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
} from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Logger } from "pino";
import type { Database } from "../store/db.js";
import { ensureUser, LOCAL_USER_ID } from "../store/users.js";
import { randomSecret } from "../services/accounts/secrets.js";
import type { RateLimits, ServerContext, ServerMode } from "./context.js";
import { registerCompression } from "./compression.js";
import { registerDocs } from "./docs.js";
import { errorBody, handleError } from "./errors.js";
import { createLogger, type LogOptions } from "./logging.js";
import { startFeedRefresh, type FeedRefreshOptions } from "../services/planned/index.js";
import { registerEntry } from "./register.js";
import { routeTable, ROUTES } from "./routes/table.js";
import type { RouteDef } from "./routes/define.js";
import { registerLocalHostCheck, registerSecurityHeaders } from "./security.js";
import { defaultWebRoot, registerWeb } from "./web.js";

export const JSON_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_FILE_LIMIT = 64 * 1024 * 1024;
export const UPLOAD_MAX_FILES = 50;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  // Per account: 5 wrong passwords are free, then each try waits 1 s, 2 s, 4 s, ... at most 15 min.
  signInPerEmail: { max: 5, windowSeconds: 900 },
  signInPerAddress: { max: 100, windowSeconds: 900 },
  signUpPerAddress: { max: 20, windowSeconds: 3600 },
};

export interface ServerOptions {
  database: Database;
  mode: ServerMode;
  /** false: no logs; default: info to stdout. A pino logger may be passed as is. */
  logger?: false | LogOptions | Logger;
  /** Clock (tests pin it). */
  now?: () => Date;
  /** Cookie/CSRF secret (LIMBER_COOKIE_SECRET through the config module); default one kept in the database. */
  secret?: string;
  /** Default true. Plain-HTTP development over a non-loopback name needs false. */
  secureCookies?: boolean;
  rateLimits?: Partial<RateLimits>;
  /** Origins besides this server's own whose pages may write (web app dev server). */
  allowedOrigins?: readonly string[];
  /** Server mode: open sign-up (default true); false leaves account creation to the admin command. */
  openSignup?: boolean;
  /** Folder of the built web app; default dist/web; null for none. */
  webRoot?: string | null;
  /** Addresses of the proxies in front whose X-Forwarded-For is believed (comma-separated, CIDR allowed); true: a proxy on this machine. */
  trustProxy?: boolean | string;
  /**
   * Check every response against its schema before sending (default true; tests keep it on
   * so a schema that drifts from the services fails there). `limber serve` turns it off:
   * the check costs about as much as building a routine, and the services' types already
   * fix the shapes. Request validation is always on.
   */
  validateResponses?: boolean;
  /** Routes to serve; default every route of the table (tests may add some). */
  routes?: readonly RouteDef[];
  /**
   * Server mode reads subscribed calendar feeds in the background (every three hours,
   * jittered; services/planned/feed-schedule.ts); false turns it off. A local server does
   * not: the runner refreshes on demand.
   */
  feedRefresh?: false | Omit<FeedRefreshOptions, "database" | "now" | "log">;
}

export type LimberServer = FastifyInstance & { limber: ServerContext };

/**
 * The proxies whose X-Forwarded-For is believed. Only listed addresses (or CIDR ranges) are
 * trusted, and the client address is the first hop, from the right, that no trusted proxy
 * added; `true` (TRUST_PROXY=1) means a proxy on this machine. Believing every hop would let
 * any client name its own address and pass the per-address rate limits.
 *
 * @example
 * trustedProxies(true); // "loopback"
 * trustedProxies("10.0.0.0/8, 10.1.2.3"); // ["10.0.0.0/8", "10.1.2.3"]
 */
export function trustedProxies(option: boolean | string | undefined): false | string | string[] {
  if (option === undefined || option === false) return false;
  if (option === true) return "loopback";
  const list = option
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0 || list.every((s) => /^(1|true|yes)$/i.test(s))) return "loopback";
  return list;
}

function loggerOf(opt: ServerOptions["logger"]): Logger | undefined {
  if (opt === false) return undefined;
  if (opt && typeof (opt as Logger).child === "function") return opt as Logger;
  return createLogger(opt as LogOptions | undefined);
}

/** Builds (does not start) the server. Migrations are already applied by `openDatabase`. */
export async function buildServer(opts: ServerOptions): Promise<LimberServer> {
  const { database, mode } = opts;
  const logger = loggerOf(opts.logger);
  const app: FastifyInstance = Fastify({
    ...(logger ? { loggerInstance: logger as FastifyBaseLogger } : { logger: false }),
    // One line per request is written by the onResponse hook below, with redacted fields only.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: trustedProxies(opts.trustProxy),
    return503OnClosing: true,
    forceCloseConnections: "idle",
    routerOptions: { maxParamLength: 200 },
    // A URL Fastify cannot decode (`/api/sessions/%zz`) gets the one error body too.
    frameworkErrors: (err, _request, reply) => {
      const bad = err.code === "FST_ERR_BAD_URL";
      const message = bad
        ? "The address holds a broken %-escape."
        : "The request could not be read.";
      void (reply as FastifyReply)
        .code(400)
        .send(
          errorBody(bad ? "bad_url" : "bad_request", message, { url: "is not a valid address" }),
        );
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    opts.validateResponses === false ? () => (data) => JSON.stringify(data) : serializerCompiler,
  );
  app.setErrorHandler(handleError);
  // Only JSON (and multipart uploads): a text/plain form post from another site finds no parser.
  app.removeContentTypeParser("text/plain");

  if (mode === "local") await ensureUser(database, LOCAL_USER_ID);
  const secret =
    opts.secret ||
    (await serverSecretsRepository(database).ensureServerSecret("cookie", randomSecret()));
  const ctx: ServerContext = {
    database,
    mode,
    now: opts.now ?? (() => new Date()),
    secret,
    secureCookies: opts.secureCookies ?? true,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...opts.rateLimits },
    allowedOrigins: opts.allowedOrigins ?? [],
    openSignup: opts.openSignup ?? true,
    closing: false,
  };
  app.decorate("limber", ctx);
  app.decorateRequest("actor", null as never);
  app.decorateRequest("idempotency", undefined);

  if (mode === "local") registerLocalHostCheck(app);
  await registerSecurityHeaders(app, mode);
  // Before any route: compression applies to the routes registered after it.
  await registerCompression(app);
  await app.register(cookie, { secret });
  await app.register(multipart, {
    limits: {
      fileSize: UPLOAD_FILE_LIMIT,
      files: UPLOAD_MAX_FILES,
      fields: 20,
      parts: UPLOAD_MAX_FILES + 20,
    },
  });
  await registerDocs(app);

  app.addHook("onResponse", (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? "(none)",
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      "request",
    );
    done();
  });
  app.addHook("preClose", async () => {
    ctx.closing = true;
  });
  // While shutting down, every answer closes its connection: a keep-alive socket would
  // otherwise hold the close open until its idle timeout.
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (ctx.closing) reply.header("connection", "close");
    done(null, payload);
  });

  for (const entry of routeTable(opts.routes ?? ROUTES)) registerEntry(app, ctx, entry);
  await registerWeb(app, opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot);
  if (mode === "server" && opts.feedRefresh !== false) {
    const refresher = startFeedRefresh({
      database,
      now: ctx.now,
      log: (message, fields) => app.log.info(fields, message),
      ...opts.feedRefresh,
    });
    app.addHook("onClose", () => refresher.stop());
  }
  await app.ready();
  return app as unknown as LimberServer;
}

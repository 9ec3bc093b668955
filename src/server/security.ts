/**
 * Security headers (helmet) with a Content-Security-Policy the built React app and the API
 * reference work under, and the Host check of local mode (a page on another site that
 * rebinds its DNS name to 127.0.0.1 must not reach the journal).
 */
import helmet from "@fastify/helmet";
import Fastify, { type FastifyInstance } from "fastify";
import { ApiError } from "./errors.js";
import type { ServerMode } from "./context.js";

/** Helmet's options. HSTS and upgrade-insecure-requests only in server mode (HTTPS behind a proxy). */
function helmetOptions(mode: ServerMode) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and the charts set style attributes; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        mediaSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(mode === "server" ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: mode === "server" ? { maxAge: 15_552_000, includeSubDomains: true } : (false as const),
    crossOriginEmbedderPolicy: false,
  };
}

const NOT_SECURITY = new Set([
  "content-type",
  "content-length",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
]);

/**
 * The headers helmet sets. They are the same on every response (no nonces), so they are
 * worked out once on a throw-away instance and then set in one step per request: helmet
 * itself rebuilds them on every request, which cost a fifth of the routine endpoint's rate.
 */
export async function securityHeaders(mode: ServerMode): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, helmetOptions(mode));
  probe.get("/", async () => "");
  const res = await probe.inject("/");
  await probe.close();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers))
    if (!NOT_SECURITY.has(k) && typeof v === "string") out[k] = v;
  return out;
}

/** Sets the security headers on every response. */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  mode: ServerMode,
): Promise<void> {
  const headers = await securityHeaders(mode);
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

const LOOPBACK_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/** Local mode answers only requests addressed to a loopback name. */
export function registerLocalHostCheck(app: FastifyInstance): void {
  // Synchronous: an async hook costs a promise on every request.
  app.addHook("onRequest", (request, _reply, done) => {
    const host = request.headers.host ?? "";
    if (!LOOPBACK_HOST.test(host)) {
      done(
        new ApiError(
          421,
          "wrong_host",
          "This local journal answers only on 127.0.0.1 or localhost.",
          { host: "must be a loopback address" },
        ),
      );
      return;
    }
    done();
  });
}

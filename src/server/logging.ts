/**
 * Structured logs (pino) that never contain health data or secrets: request bodies, query
 * strings, cookies and authorization headers are never logged. One line per request with
 * method, route pattern (not the concrete URL, which may carry an athlete id or routine
 * options), status and duration.
 */
import { pino, type Logger } from "pino";

export interface LogOptions {
  level?: string;
  /** Where lines go (default stdout). */
  stream?: NodeJS.WritableStream;
}

const REDACT = [
  "req.headers.authorization",
  "req.headers.cookie",
  "req.headers['x-csrf-token']",
  "res.headers['set-cookie']",
  "headers.authorization",
  "headers.cookie",
  "body",
  "req.body",
  "query",
  "req.query",
  "password",
  "token",
];

/** The server's logger. */
export function createLogger(opts: LogOptions = {}): Logger {
  return pino(
    {
      level: opts.level ?? "info",
      redact: { paths: REDACT, censor: "[redacted]" },
      serializers: {
        // Never the full URL (query strings hold routine options and pain flags).
        req: (req: { method?: string; routeOptions?: { url?: string }; id?: string }) => ({
          method: req.method,
          route: req.routeOptions?.url,
          id: req.id,
        }),
        res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
      },
    },
    (opts.stream as pino.DestinationStream | undefined) ?? pino.destination(1),
  );
}

/**
 * `limber serve`: the HTTP API and the web app. Local mode (default): the SQLite journal on
 * 127.0.0.1, no login; it refuses any non-loopback address. Server mode (DATABASE_URL set,
 * or --accounts): accounts, sessions and tokens. SIGTERM/SIGINT stop accepting, finish the
 * requests in flight, then close the database.
 */
import { isIP } from "node:net";
import { configFrom } from "../../services/config/index.js";
import { openDatabase } from "../../store/db.js";
import { buildServer } from "../../server/app.js";
import { pruneExpired } from "../../services/accounts/maintenance.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  return isIP(h) === 4 && h.startsWith("127.");
}

/**
 * The address to listen on: `[::1]`, as written in URLs, is the IPv6 address `::1`.
 *
 * @example
 * listenAddress("[::1]"); // "::1"
 */
export function listenAddress(host: string): string {
  return /^\[.*\]$/.test(host) ? host.slice(1, -1) : host;
}

function portOf(raw: string): number | null {
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : null;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("serve", "Serve the API and the web app")
    .option("--host <address>", "address to listen on (default $HOST or 127.0.0.1)")
    .option("--port <n>", "port (default $PORT or 8787; 0 picks a free one)")
    .option("--accounts", "server mode: accounts and sign-in (implied by DATABASE_URL)")
    .option("--data-dir <dir>", "SQLite data folder (default $LIMBER_DATA_DIR)");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ host?: string; port?: string; accounts?: boolean; dataDir?: string }>();
  const config = configFrom(io.env);
  const host = o.host ?? config.host;
  const port = o.port === undefined ? config.port : portOf(o.port);
  if (port === null) {
    io.err(`limber serve: --port must be a whole number from 0 to 65535, got ${o.port}`);
    return 2;
  }
  const url = config.databaseUrl;
  const mode = url || o.accounts ? "server" : "local";
  if (mode === "local" && !isLoopback(host)) {
    io.err(
      `limber serve: refusing to listen on ${host} without accounts; use 127.0.0.1, or turn accounts on (--accounts or DATABASE_URL)`,
    );
    return 2;
  }

  const database = await openDatabase({ url, dataDir: o.dataDir ?? config.dataDir });
  let app;
  try {
    app = await buildServer({
      database,
      mode,
      logger: { level: config.logLevel },
      secureCookies: !config.insecureCookies,
      validateResponses: config.validateResponses,
      openSignup: config.openSignup,
      allowedOrigins: config.allowedOrigins,
      ...(config.cookieSecret ? { secret: config.cookieSecret } : {}),
      ...(config.trustProxy !== undefined ? { trustProxy: config.trustProxy } : {}),
    });
    await app.listen({ host: listenAddress(host), port });
  } catch (e) {
    await app?.close().catch(() => undefined);
    await database.close();
    // The port taken by another program (or another Limber) is said as a choice to make.
    if ((e as { code?: unknown }).code === "EADDRINUSE") {
      io.err(
        `limber serve: PORT: ${host}:${port} is already in use (another Limber, or another program); stop it, or choose a free one with PORT or --port`,
      );
      return 1;
    }
    throw e;
  }
  // Housekeeping at start and hourly; any node may do it, so no coordination is needed.
  const prune = () =>
    void pruneExpired(database, new Date()).catch((e: unknown) =>
      app?.log.warn({ err: String(e) }, "pruning failed"),
    );
  prune();
  const pruning = setInterval(prune, 3600_000);
  pruning.unref();
  const address = app.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  const shown = listenAddress(host);
  io.err(
    `Limber (${mode} mode, ${database.dialect}) listening on http://${shown.includes(":") ? `[${shown}]` : shown}:${bound}`,
  );

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      clearInterval(pruning);
      io.err(`limber serve: ${signal}: finishing requests in flight, then stopping`);
      // Requests in flight get this long to finish before their connections are cut.
      const grace = setTimeout(() => app.server.closeAllConnections(), 30_000);
      grace.unref();
      void (async () => {
        try {
          await app.close();
          io.err("limber serve: requests finished; closing the database");
        } finally {
          await database.close();
          io.err("limber serve: stopped");
        }
        process.off("SIGTERM", onTerm);
        process.off("SIGINT", onInt);
        resolve(0);
      })();
    };
    const onTerm = () => stop("SIGTERM");
    const onInt = () => stop("SIGINT");
    process.on("SIGTERM", onTerm);
    process.on("SIGINT", onInt);
  });
}

export const command: CliCommand = {
  summary:
    "serve the API and the web app (local: 127.0.0.1, no login; --accounts for a club server)",
  run,
};

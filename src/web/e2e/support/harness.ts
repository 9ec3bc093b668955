/**
 * What the end-to-end tests need: the built app, the real server on a free port with a
 * fresh journal, and Debian's Chromium driven by playwright-core. Nothing is downloaded:
 * the browser is the one the project's setup installs (/usr/bin/chromium, or
 * $LIMBER_CHROMIUM), and tests skip themselves when it is missing.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const REPO = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../..");
export const CHROMIUM = process.env.LIMBER_CHROMIUM ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Builds the web app into dist/web when it is not there yet (`npm run build` normally
 * does it); the server must be compiled already (dist/cli).
 */
export function ensureBuilt(): void {
  if (!existsSync(join(REPO, "dist/cli/main.js"))) {
    throw new Error("dist/cli/main.js is missing: run `npm run build` before the e2e tests");
  }
  if (!existsSync(join(REPO, "dist/web/index.html"))) {
    const r = spawnSync(process.execPath, [join(REPO, "node_modules/vite/bin/vite.js"), "build"], {
      cwd: REPO,
      stdio: "pipe",
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => res(port));
    });
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  /** JSON from the API as the test's own client (not through the browser). */
  get<T>(path: string): Promise<T>;
  send<T>(method: string, path: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts `node bin/limber serve` on a free port with a fresh LIMBER_DATA_DIR; with
 * `accounts`, in server mode (sign-in, tokens) over plain http, so cookies are not Secure.
 */
export async function startServer(opts: { accounts?: boolean } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "limber-e2e-data-"));
  const url = `http://127.0.0.1:${port}`;
  // LIMBER_SERVER_ENTRY may name another Node entry that serves the same app (debugging).
  const entry = process.env.LIMBER_SERVER_ENTRY
    ? [process.env.LIMBER_SERVER_ENTRY]
    : [join(REPO, "bin/limber"), "serve", ...(opts.accounts ? ["--accounts"] : [])];
  const child: ChildProcess = spawn(process.execPath, entry, {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LIMBER_DATA_DIR: dataDir,
      DATABASE_URL: "",
      NODE_ENV: "production",
      ...(opts.accounts ? { LIMBER_INSECURE_COOKIES: "1", LIMBER_SIGNUP: "open" } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/api/ready`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`server not ready after 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await fetch(url + path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path} -> ${r.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
  return {
    url,
    dataDir,
    get: (path) => send("GET", path),
    send,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh Chromium profile with a phone-sized viewport. */
export async function launchBrowser(
  opts: { colorScheme?: "light" | "dark" } = {},
): Promise<Browser> {
  const profileDir = mkdtempSync(join(tmpdir(), "limber-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: false,
    hasTouch: true,
    colorScheme: opts.colorScheme ?? "light",
    env: { ...process.env, TMPDIR: tmpdir() },
  });
  // A generous bound for each wait: CI runs every suite at once on two cores, and a slow start
  // is not a failure (no test asserts how long anything takes).
  context.setDefaultTimeout(60_000);
  const page = context.pages()[0] ?? (await context.newPage());
  // Browser-side errors go to the test output, where a failing scenario can be read.
  page.on("pageerror", (e) => process.stderr.write(`[page error] ${e.message}\n`));
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Speeds up the player's clock for every page of the context (before any script runs). */
export async function speedUpClock(context: BrowserContext, speed: number): Promise<void> {
  await context.addInitScript((s) => {
    (window as unknown as { __limberClock: { speed: number } }).__limberClock = { speed: s };
  }, speed);
}

/** Today's calendar day on this machine (the server's local-mode day for the runner). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

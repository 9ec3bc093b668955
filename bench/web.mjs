#!/usr/bin/env node
/* global fetch */
// Web app benchmarks (issue 6):
// 1. initial JavaScript of the Today screen, gzipped (and, apart, the lazily loaded chunk
//    that draws the movement illustrations): the entry chunk, the app chunk the
//    entry loads right after the first paint, and all their static imports, read from
//    Vite's build manifest (target <= 150 KB). Baseline in the same run:
//    all JavaScript of the app, as if nothing were lazy-loaded.
// 2. bytes as sent: the first HTML and the main script (the app chunk Today waits for) as the
//    server actually sends them to a browser that accepts brotli and gzip, beside the same
//    files for gzip only and for no compression (the baseline: the files themselves).
// 3. Lighthouse 12 on Today with Debian's Chromium (target: performance >= 90,
//    accessibility 100): one uncounted warm-up run, then five, reported as the median with
//    the spread and the machine's load average (a shared machine scores lower when busy);
//    side by side with the heaviest screen (Progress, with charts).
// Runs alone (`node bench/web.mjs`) or from bench/run.mjs, which calls run().
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(repo, "dist", "web");
const chromePath = process.env.LIMBER_CHROMIUM ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const kb = (n) => Math.round((n / 1024) * 10) / 10;
const gz = (file) => gzipSync(readFileSync(join(web, file)), { level: 9 }).length;

function ensureWebBuild() {
  if (existsSync(join(web, ".vite", "manifest.json"))) return;
  const r = spawnSync(process.execPath, [join(repo, "node_modules/vite/bin/vite.js"), "build"], {
    cwd: repo,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`vite build failed: ${r.stderr || r.stdout}`);
}

/** Gzipped bytes of the entry chunk and everything it imports statically. */
export function initialJs() {
  const manifest = JSON.parse(readFileSync(join(web, ".vite", "manifest.json"), "utf8"));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error("no entry in the build manifest");
  const seen = new Set();
  const walk = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key].imports ?? []) walk(i);
  };
  walk(entryKey);
  // The entry is a tiny loader that imports the app right after the first paint: that
  // chunk (and everything it imports statically) is part of the initial download too.
  for (const d of manifest[entryKey].dynamicImports ?? []) walk(d);
  const files = [...seen].map((k) => manifest[k].file);
  const initial = files.reduce((s, f) => s + gz(f), 0);
  const css = [...seen].flatMap((k) => manifest[k].css ?? []).reduce((s, f) => s + gz(f), 0);
  const allJs = readdirSync(join(web, "assets"))
    .filter((f) => f.endsWith(".js"))
    .reduce((s, f) => s + gz(join("assets", f)), 0);
  // The movement drawings (figure renderer and every pose) load on first use, apart from
  // the first screen: their chunk and what it imports beyond the initial files.
  const drawKey = Object.keys(manifest).find((k) => k.endsWith("illustration/draw.ts"));
  const drawFiles = drawKey
    ? [drawKey, ...(manifest[drawKey].imports ?? [])]
        .filter((k) => !seen.has(k))
        .map((k) => manifest[k].file)
    : [];
  return {
    initialJsGzipKB: kb(initial),
    illustrationsLazyJsGzipKB: kb(drawFiles.reduce((s, f) => s + gz(f), 0)),
    illustrationsInInitial: drawKey ? seen.has(drawKey) : false,
    initialCssGzipKB: kb(css),
    targetKB: 150,
    pass: kb(initial) <= 150,
    baselineAllJsGzipKB: kb(allJs),
    initialFiles: files,
  };
}

/** Status, headers and the byte count of the body exactly as the server sent it. */
function rawGet(url, acceptEncoding) {
  return new Promise((res, rej) => {
    const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
    const req = request(url, { headers }, (r) => {
      let bytes = 0;
      r.on("data", (c) => (bytes += c.length));
      r.on("end", () => res({ status: r.statusCode, headers: r.headers, bytes }));
      r.on("error", rej);
    });
    req.on("error", rej);
    req.end();
  });
}

/** The first HTML and the main script, as sent for each Accept-Encoding, in KB. */
export async function bytesAsSent(url) {
  const manifest = JSON.parse(readFileSync(join(web, ".vite", "manifest.json"), "utf8"));
  const entry = Object.values(manifest).find((m) => m.isEntry);
  const mainKey = entry?.dynamicImports?.[0];
  const main = mainKey ? manifest[mainKey].file : entry.file;
  const out = {};
  for (const [name, path] of [
    ["firstHtml", "/"],
    ["mainJs", `/${main}`],
  ]) {
    const row = { path };
    for (const [label, ae] of [
      ["brGzip", "br, gzip"],
      ["gzip", "gzip"],
      ["uncompressed", undefined],
    ]) {
      const r = await rawGet(url + path, ae);
      if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
      row[label] = { KB: kb(r.bytes), encoding: r.headers["content-encoding"] ?? "identity" };
    }
    row.cacheControl = (await rawGet(url + path, "br, gzip")).headers["cache-control"];
    out[name] = row;
  }
  return out;
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "limber-bench-web-"));
  // LIMBER_SERVER_ENTRY may name another Node entry that serves the same app (debugging).
  const entry = process.env.LIMBER_SERVER_ENTRY
    ? [process.env.LIMBER_SERVER_ENTRY]
    : [join(repo, "bin/limber"), "serve"];
  const child = spawn(process.execPath, entry, {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LIMBER_DATA_DIR: dataDir,
      DATABASE_URL: "",
    },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/ready`)).ok) break;
    } catch {
      /* starting */
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error("server did not start");
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const send = (method, path, body) =>
    fetch(url + path, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  // A runner with a profile and a run, so Today shows a routine rather than onboarding.
  const day = new Date().toISOString().slice(0, 10);
  await send("PUT", "/api/profile", {
    name: "Bench",
    units: "metric",
    timeZone: "UTC",
    equipment: ["foam-roller", "massage-ball", "band"],
    previousInjuries: [],
    goals: [],
  });
  await send("POST", "/api/runs", { date: day, type: "long", minutes: 100, km: 18, rpe: 6 });
  await send("POST", "/api/sessions", {
    kind: "post-run",
    routine: { totalSeconds: 60, items: [], warnings: [], reasons: [] },
    items: [],
    after: { stiffness: 3, soreness: 2, pain: 0 },
  });
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function lighthouseScores(url, port) {
  const { default: lighthouse } = await import("lighthouse");
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
  });
  const lhr = result.lhr;
  const audit = (id) => lhr.audits[id]?.numericValue;
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    fcpMs: Math.round(audit("first-contentful-paint") ?? 0),
    lcpMs: Math.round(audit("largest-contentful-paint") ?? 0),
    tbtMs: Math.round(audit("total-blocking-time") ?? 0),
    lcpElement:
      lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node
        ?.snippet,
    // Lighthouse's own CPU speed score for this machine at the time (higher is faster);
    // simulated mobile timings scale with it, so a busy machine scores lower.
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    cls: Math.round((audit("cumulative-layout-shift") ?? 0) * 1000) / 1000,
    failedA11y: Object.values(lhr.audits)
      .filter(
        (a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id),
      )
      .map((a) => a.id),
  };
}

/** Runs both measurements and returns the figures. */
export async function run() {
  ensureWebBuild();
  const bundle = initialJs();
  const server = await startServer();
  let sent;
  try {
    sent = await bytesAsSent(server.url);
  } catch (e) {
    await server.stop();
    throw e;
  }
  if (!existsSync(chromePath)) {
    await server.stop();
    return { bundle, bytesAsSent: sent, lighthouse: { skipped: `no Chromium at ${chromePath}` } };
  }
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    userDataDir: mkdtempSync(join(tmpdir(), "limber-bench-chrome-")),
  });
  try {
    // A warm-up run (first compilation, caches) is not counted; then five runs of Today,
    // reporting the median by performance score with the spread: single runs vary.
    await lighthouseScores(`${server.url}/#/today`, chrome.port).catch(() => undefined);
    const loadBefore = loadavg()[0];
    const runs = [];
    for (let i = 0; i < 5; i++)
      runs.push(await lighthouseScores(`${server.url}/#/today`, chrome.port));
    const loadAfter = loadavg()[0];
    runs.sort((a, b) => a.performance - b.performance);
    const today = {
      ...runs[2],
      performanceRuns: runs.map((r) => r.performance),
      accessibilityRuns: runs.map((r) => r.accessibility),
      loadAverage1m: { before: loadBefore, after: loadAfter },
    };
    const progress = await lighthouseScores(`${server.url}/#/progress`, chrome.port);
    return {
      bundle,
      bytesAsSent: sent,
      lighthouse: {
        today: { ...today, pass: today.performance >= 90 && today.accessibility === 100 },
        baselineProgressScreen: progress,
        targets: { performance: 90, accessibility: 100 },
      },
    };
  } finally {
    await chrome.kill();
    await server.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await run(), null, 2));
}

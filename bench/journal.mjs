#!/usr/bin/env node
// The journal after five years of daily use (about 2,000 sessions, 20,000 item rows, 250
// body checks, 1,300 runs): load time (restore of the whole document in one transaction),
// `limber history` and `limber today` times on SQLite and, when DATABASE_URL is set, on
// PostgreSQL; then `limber today` cold start and peak memory against `node -e ""` in the
// same run (targets: at most 4x bare Node, under 100 MB). Run alone: node bench/journal.mjs
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = (p) => pathToFileURL(join(root, "dist", p)).href;
const limber = join(root, "bin", "limber");
const YEARS = 5;
const DAY = 86_400_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Number(x.toFixed(1));

/** A deterministic five-year journal document. */
async function fiveYears(now) {
  const { MOVEMENTS } = await import(dist("core/catalog/index.js"));
  const { buildRoutine } = await import(dist("core/routine/index.js"));
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const iso = (t) => new Date(t).toISOString();
  const day = (t) => iso(t).slice(0, 10);
  const start = now.getTime() - YEARS * 365 * DAY;
  const runTypes = ["easy", "easy", "easy", "long", "tempo", "intervals", "recovery"];
  const sessions = [];
  const runs = [];
  const bodyChecks = [];
  const romTests = [];
  const painFlags = [];
  const runComfort = [];
  let n = 0;
  for (let t = start; t < now.getTime() - DAY; t += DAY) {
    const d = Math.round((t - start) / DAY);
    const ranToday = d % 7 !== 0 && rand() < 0.85;
    let runId;
    if (ranToday) {
      const type = runTypes[Math.floor(rand() * runTypes.length)];
      const minutes = type === "long" ? 90 + Math.floor(rand() * 40) : 30 + Math.floor(rand() * 30);
      runId = `run-${d}`;
      runs.push({
        id: runId,
        activity: {
          sport: "run",
          startTime: iso(t + 6.5 * 3600_000),
          timeZone: "UTC",
          elapsedSeconds: minutes * 60,
          distanceMeters: Math.round(minutes * 180),
          avgPaceSecondsPerKm: 333,
          avgHeartRate: 140 + Math.floor(rand() * 20),
          laps: [
            {
              startOffsetSeconds: 0,
              elapsedSeconds: minutes * 60,
              distanceMeters: Math.round(minutes * 180),
            },
          ],
          source: { kind: "fit", fileName: `run-${d}.fit`, fileHash: `h${d}`, index: 0 },
        },
        classification: { type, reasons: ["from heart rate"], rules: ["L3"] },
        rpe: 4,
        rpeEstimated: true,
        createdAt: iso(t + 8 * 3600_000),
      });
      if (d % 3 === 0)
        runComfort.push({
          id: `comfort-${d}`,
          date: day(t),
          runId,
          comfort: 5 + Math.floor(rand() * 5),
          createdAt: iso(t + 9 * 3600_000),
        });
    }
    // About 1.1 sessions a day, each about 10 items.
    const count = rand() < 0.1 ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const routine = buildRoutine(
        ranToday
          ? {
              run: runs.at(-1).classification.type,
              minutes: 12,
              equipment: ["foam-roller", "band"],
            }
          : { session: "mini", minutes: 12, equipment: ["foam-roller"] },
        MOVEMENTS,
        n + 1,
      );
      const startedAt = iso(t + (k === 0 ? 7.5 : 19) * 3600_000);
      sessions.push({
        id: `session-${n++}`,
        startedAt,
        kind: ranToday && k === 0 ? "post-run" : "mini",
        routine,
        items: routine.items.map((it, i) => ({
          id: it.id,
          status: i === 3 && rand() < 0.3 ? "skipped" : "done",
          ...(it.pressure ? { pressure: it.pressure } : {}),
        })),
        before: { stiffness: 5, soreness: 3 },
        after: { stiffness: 3, soreness: 2, pain: 0 },
        mood: 4,
        energy: 3,
        createdAt: startedAt,
      });
    }
    if (d % 7 === 1) {
      bodyChecks.push({
        id: `check-${d}`,
        date: day(t),
        entries: ["calves", "hamstrings", "quads", "glutes"].map((region, i) => ({
          region,
          side: i % 2 ? "left" : "right",
          stiffness: Math.floor(rand() * 8),
          tenderness: Math.floor(rand() * 5),
          rebound: false,
        })),
        createdAt: iso(t + 7 * 3600_000),
      });
    }
    if (d % 30 === 2)
      romTests.push({
        id: `rom-${d}`,
        date: day(t),
        test: "knee-to-wall",
        left: 8 + rand() * 4,
        right: 8 + rand() * 4,
        createdAt: iso(t + 7 * 3600_000),
      });
    if (d % 90 === 5)
      painFlags.push({
        id: `pain-${d}`,
        region: "calves",
        side: "left",
        kind: "niggle",
        openedAt: iso(t),
        resolvedAt: iso(t + 5 * DAY),
      });
  }
  return {
    format: "limber-journal",
    version: 1,
    exportedAt: iso(now),
    profile: {
      name: "Bench",
      units: "metric",
      timeZone: "UTC",
      equipment: ["foam-roller", "band"],
      previousInjuries: [],
      goals: [],
    },
    bodyChecks: bodyChecks.slice(-250),
    romTests,
    sessions: sessions.slice(-2000),
    painFlags,
    runs,
    runComfort,
  };
}

function timeCli(env, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [limber, ...args], {
      env: { ...process.env, ...env },
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`limber ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  return round(median(times));
}

async function engineFigures(name, doc) {
  const { openDatabase, ensureUser, LOCAL_USER_ID } = await import(dist("store/index.js"));
  const { restoreJournal } = await import(dist("services/journal/export.js"));
  const { journalHistory } = await import(dist("services/journal/history.js"));
  const { todayRoutine } = await import(dist("services/journal/today.js"));
  let env;
  let cleanup;
  let open;
  if (name === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "limber-bench-"));
    env = { LIMBER_DATA_DIR: dir, DATABASE_URL: "" };
    open = () => openDatabase({ dataDir: dir });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const pg = (await import("pg")).default;
    const schema = `bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    const url = new URL(process.env.DATABASE_URL);
    url.searchParams.set("options", `-c search_path=${schema}`);
    env = { DATABASE_URL: url.toString() };
    open = () => openDatabase({ url: process.env.DATABASE_URL, schema });
    cleanup = async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    };
  }
  try {
    const database = await open();
    await ensureUser(database, LOCAL_USER_ID);
    const t0 = performance.now();
    await restoreJournal(database, LOCAL_USER_ID, doc);
    const loadMs = performance.now() - t0;
    const items = doc.sessions.reduce((s, x) => s + x.items.length, 0);
    const inProcess = { historyMs: [], todayMs: [] };
    for (let i = 0; i < 7; i++) {
      let t = performance.now();
      await journalHistory(database, LOCAL_USER_ID, { limit: 20 });
      inProcess.historyMs.push(performance.now() - t);
      t = performance.now();
      await todayRoutine(database, LOCAL_USER_ID, { minutes: 15 });
      inProcess.todayMs.push(performance.now() - t);
    }
    await database.close();
    return {
      rows: {
        sessions: doc.sessions.length,
        sessionItems: items,
        bodyChecks: doc.bodyChecks.length,
        runs: doc.runs.length,
      },
      loadMs: round(loadMs),
      serviceHistoryMedianMs: round(median(inProcess.historyMs)),
      serviceTodayMedianMs: round(median(inProcess.todayMs)),
      cliHistoryMedianMs: timeCli(env, ["history"], 7),
      cliTodayMedianMs: timeCli(env, ["today", "--json"], 7),
      env,
      cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** Peak resident memory of one run, in MB, from GNU time (null where it is missing). */
function peakMb(args, env) {
  if (!existsSync("/usr/bin/time")) return null;
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const kb = Number(r.stderr.trim().split("\n").at(-1));
  return Number.isFinite(kb) ? round(kb / 1024) : null;
}

export async function run() {
  if (!existsSync(join(root, "dist", "cli", "main.js")))
    throw new Error("run `npm run build` first");
  const doc = await fiveYears(new Date());
  const out = { engines: {} };
  const engines = ["sqlite", ...(process.env.DATABASE_URL ? ["postgres"] : [])];
  let sqliteEnv;
  const cleanups = [];
  try {
    for (const name of engines) {
      const { env, cleanup, ...figures } = await engineFigures(name, doc);
      cleanups.push(cleanup);
      out.engines[name] = figures;
      if (name === "sqlite") sqliteEnv = env;
    }
    // Cold start on the five-year SQLite journal, alternating with bare Node so load hits both.
    const RUNS = 15;
    const bare = [];
    const today = [];
    const args = [limber, "today", "--json"];
    spawnSync(process.execPath, ["-e", ""]);
    spawnSync(process.execPath, args, { env: { ...process.env, ...sqliteEnv } });
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      spawnSync(process.execPath, ["-e", ""]);
      bare.push(performance.now() - t);
      t = performance.now();
      const r = spawnSync(process.execPath, args, {
        env: { ...process.env, ...sqliteEnv },
        encoding: "utf8",
      });
      today.push(performance.now() - t);
      if (r.status !== 0) throw new Error(`limber today exited ${r.status}: ${r.stderr}`);
    }
    const bareMs = median(bare);
    const todayMs = median(today);
    const peak = peakMb(args, sqliteEnv);
    out.coldStart = {
      runs: RUNS,
      bareNodeMedianMs: round(bareMs),
      limberTodayMedianMs: round(todayMs),
      ratio: Number((todayMs / bareMs).toFixed(2)),
      targetRatio: 4,
      meetsRatio: todayMs / bareMs <= 4,
      peakMemoryMb: peak,
      bareNodePeakMemoryMb: peakMb(["-e", ""], {}),
      targetMemoryMb: 100,
      meetsMemory: peak === null ? null : peak < 100,
    };
  } finally {
    for (const c of cleanups) await c();
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 2));
}

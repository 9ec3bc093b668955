#!/usr/bin/env node
// `today` and the other history reads at 1, 5 and 20 years of daily use, side by side in the
// same run: the 1-year journal is the baseline (target: `today` at 20 years within 1.3x of 1
// year in process), bare `node -e ""` the baseline of the command (target: `limber today` at
// most 4x and under 100 MB at 20 years). Also `limber load`, `limber runs` and `limber export`
// (target: export under 300 MB at 20 years), and `limber routine` beside the same bare Node.
// Rounds interleave the journals so machine load hits each alike. Run alone:
// node bench/today.mjs (after `npm run build`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = (p) => pathToFileURL(join(root, "dist", p)).href;
const limber = join(root, "bin", "limber");
const DAY = 86_400_000;
const YEARS = [1, 5, 20];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Number(x.toFixed(1));
const load1 = () => Number(loadavg()[0].toFixed(2));

/** A deterministic journal of `years` years: runs on most days, a session or two a day. */
export async function journal(years, now) {
  const { MOVEMENTS } = await import(dist("core/catalog/index.js"));
  const { buildRoutine } = await import(dist("core/routine/index.js"));
  let seed = 11 + years;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const iso = (t) => new Date(t).toISOString();
  const start = now.getTime() - years * 365 * DAY;
  const runTypes = ["easy", "easy", "easy", "long", "tempo", "intervals", "recovery"];
  const runs = [];
  const sessions = [];
  const bodyChecks = [];
  // routines are built once per kind of day and reused: the bench is about reading them
  const routines = new Map();
  const routineFor = (run) => {
    const key = run ?? "mini";
    if (!routines.has(key))
      routines.set(
        key,
        buildRoutine(
          run
            ? { run, minutes: 12, equipment: ["foam-roller", "band"] }
            : { session: "mini", minutes: 12, equipment: ["foam-roller"] },
          MOVEMENTS,
          routines.size + 1,
        ),
      );
    return routines.get(key);
  };
  for (let t = start; t < now.getTime() - DAY; t += DAY) {
    const d = Math.round((t - start) / DAY);
    const ran = d % 7 !== 0 && rand() < 0.85;
    let type;
    if (ran) {
      type = runTypes[Math.floor(rand() * runTypes.length)];
      const minutes = type === "long" ? 90 + Math.floor(rand() * 40) : 30 + Math.floor(rand() * 30);
      runs.push({
        id: `run-${d}`,
        activity: {
          sport: "run",
          startTime: iso(t + 6.5 * 3600_000),
          timeZone: "UTC",
          elapsedSeconds: minutes * 60,
          distanceMeters: Math.round(minutes * 180),
          avgPaceSecondsPerKm: 333,
          avgHeartRate: 140 + Math.floor(rand() * 20),
          laps: [{ startOffsetSeconds: 0, elapsedSeconds: minutes * 60 }],
          source: { kind: "fit", fileName: `run-${d}.fit`, fileHash: `h${d}`, index: 0 },
        },
        classification: { type, reasons: ["from heart rate"], rules: ["L3"] },
        rpe: 4,
        rpeEstimated: true,
        createdAt: iso(t + 8 * 3600_000),
      });
    }
    const routine = routineFor(type);
    const startedAt = iso(t + 7.5 * 3600_000);
    sessions.push({
      id: `session-${d}`,
      startedAt,
      kind: ran ? "post-run" : "mini",
      routine,
      items: routine.items.map((it) => ({ id: it.id, status: "done" })),
      before: { stiffness: 5, soreness: 3 },
      after: { stiffness: 3, soreness: 2, pain: 0 },
      createdAt: startedAt,
    });
    if (d % 7 === 1)
      bodyChecks.push({
        id: `check-${d}`,
        date: iso(t).slice(0, 10),
        entries: [
          { region: "calves", side: "left", stiffness: Math.floor(rand() * 8), tenderness: 2 },
        ],
        createdAt: iso(t + 7 * 3600_000),
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
    bodyChecks,
    romTests: [],
    sessions,
    painFlags: [],
    runs,
    runComfort: [],
  };
}

/** Wall time (ms) and peak resident memory (MB, GNU time) of one CLI run. */
function cli(args, env) {
  const time = existsSync("/usr/bin/time");
  const t = performance.now();
  const r = time
    ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], {
        env: { ...process.env, ...env },
        encoding: "utf8",
        maxBuffer: 1 << 30,
      })
    : spawnSync(process.execPath, args, {
        env: { ...process.env, ...env },
        encoding: "utf8",
        maxBuffer: 1 << 30,
      });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const kb = time ? Number(r.stderr.trim().split("\n").at(-1)) : NaN;
  return { ms, mb: Number.isFinite(kb) ? kb / 1024 : null, bytes: r.stdout.length };
}

export async function run() {
  if (!existsSync(join(root, "dist", "cli", "main.js")))
    throw new Error("run `npm run build` first");
  const { openDatabase, ensureUser, LOCAL_USER_ID } = await import(dist("store/index.js"));
  const { restoreJournal } = await import(dist("services/journal/export.js"));
  const { todayRoutine } = await import(dist("services/journal/today.js"));
  const { loadReport, listRunsWithLoad } = await import(dist("services/imports/load.js"));
  const now = new Date();
  const loadBefore = load1();
  const journals = [];
  const dirs = [];
  try {
    for (const years of YEARS) {
      const doc = await journal(years, now);
      const dir = mkdtempSync(join(tmpdir(), `limber-today-${years}y-`));
      dirs.push(dir);
      const database = await openDatabase({ dataDir: dir });
      await ensureUser(database, LOCAL_USER_ID);
      let t = performance.now();
      await restoreJournal(database, LOCAL_USER_ID, doc);
      const restoreMs = performance.now() - t;
      // planner statistics, as the store refreshes them after a bulk load (issue 13, point 6):
      // without them SQLite scans every session item for the newest sessions
      const { sql } = await import("kysely");
      await sql`ANALYZE`.execute(database.db);
      // the first read stores the load baselines; later reads use them
      t = performance.now();
      await todayRoutine(database, LOCAL_USER_ID, { now, minutes: 15 });
      const firstTodayMs = performance.now() - t;
      journals.push({
        years,
        database,
        env: { LIMBER_DATA_DIR: dir, DATABASE_URL: "" },
        rows: {
          runs: doc.runs.length,
          sessions: doc.sessions.length,
          items: doc.sessions.reduce((s, x) => s + x.items.length, 0),
        },
        restoreMs,
        firstTodayMs,
        today: [],
        load: [],
        runs: [],
      });
    }
    // In process: rounds over the journals in turn.
    const ROUNDS = 25;
    for (let i = 0; i < ROUNDS; i++) {
      for (const j of journals) {
        let t = performance.now();
        await todayRoutine(j.database, LOCAL_USER_ID, { now, minutes: 15 });
        j.today.push(performance.now() - t);
        t = performance.now();
        await loadReport(j.database, LOCAL_USER_ID, { weeks: 12, now });
        j.load.push(performance.now() - t);
        t = performance.now();
        await listRunsWithLoad(j.database, LOCAL_USER_ID, { newest: 50 });
        j.runs.push(performance.now() - t);
      }
    }
    // The command, cold, alternating with bare Node and with `limber routine` (no journal),
    // whose start-up shares the same bundle.
    const CLI_ROUNDS = 15;
    const bare = [];
    const routine = [];
    for (const j of journals) {
      j.cliToday = [];
      j.cliMb = [];
    }
    cli(["-e", ""], {});
    const loadCli = load1();
    for (let i = 0; i < CLI_ROUNDS; i++) {
      bare.push(cli(["-e", ""], {}));
      for (const j of journals) {
        const r = cli([limber, "today", "--json"], j.env);
        j.cliToday.push(r.ms);
        j.cliMb.push(r.mb);
      }
      routine.push(cli([limber, "routine", "--json", "--minutes", "12"], journals[0].env));
    }
    const loadCliAfter = load1();
    // Export of the whole journal, as a command (stdout to a pipe).
    for (const j of journals) {
      const rs = [0, 1, 2].map(() => cli([limber, "export", "--compact"], j.env));
      j.exportMs = median(rs.map((r) => r.ms));
      j.exportMb = Math.max(...rs.map((r) => r.mb ?? 0));
      j.exportBytes = rs[0].bytes;
    }
    const bareMs = median(bare.map((b) => b.ms));
    const bareMb = Math.max(...bare.map((b) => b.mb ?? 0));
    const base = journals[0];
    const todayBase = median(base.today);
    const routineMs = median(routine.map((r) => r.ms));
    const out = {
      loadAverage: {
        before: loadBefore,
        commandsBefore: loadCli,
        commandsAfter: loadCliAfter,
        after: load1(),
      },
      bareNode: { medianMs: round(bareMs), peakMb: round(bareMb) },
      routineCommand: {
        medianMs: round(routineMs),
        vsBareNode: Number((routineMs / bareMs).toFixed(2)),
        peakMb: round(Math.max(...routine.map((r) => r.mb ?? 0))),
      },
      journals: {},
    };
    for (const j of journals) {
      const todayMs = median(j.today);
      const cliMs = median(j.cliToday);
      const peak = Math.max(...j.cliMb.map((m) => m ?? 0));
      out.journals[`${j.years}y`] = {
        rows: j.rows,
        restoreMs: round(j.restoreMs),
        firstTodayMs: round(j.firstTodayMs),
        todayInProcess: {
          medianMs: round(todayMs),
          p90Ms: round([...j.today].sort((a, b) => a - b)[Math.floor(j.today.length * 0.9)]),
          vsOneYear: Number((todayMs / todayBase).toFixed(2)),
        },
        load12WeeksMedianMs: round(median(j.load)),
        runsNewest50MedianMs: round(median(j.runs)),
        todayCommand: {
          medianMs: round(cliMs),
          vsBareNode: Number((cliMs / bareMs).toFixed(2)),
          peakMb: round(peak),
        },
        exportCommand: {
          medianMs: round(j.exportMs),
          peakMb: round(j.exportMb),
          mb: round(j.exportBytes / 1e6),
        },
      };
    }
    const y20 = out.journals["20y"];
    out.targets = {
      todayWithin1_3xOfOneYear: y20.todayInProcess.vsOneYear <= 1.3,
      todayCommandAtMost4xBareNode: y20.todayCommand.vsBareNode <= 4,
      todayCommandUnder100Mb: y20.todayCommand.peakMb < 100,
      exportUnder300Mb: y20.exportCommand.peakMb < 300,
    };
    return out;
  } finally {
    for (const j of journals) await j.database.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 2));
}

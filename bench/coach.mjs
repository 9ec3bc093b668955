#!/usr/bin/env node
// Coach benchmark: plan a week and compute insights over five years of one runner's journal
// (about 1,800 sessions, 1,000 runs and run-comfort ratings, 260 ROM tests), written into a
// temporary SQLite journal through the store's repositories (and PostgreSQL too when
// DATABASE_URL is set). Baseline in the same run: the same planning and insights on
// in-memory arrays (no database), so the cost of reading the journal shows separately.
// Target: week plan + insights together under 200 ms on SQLite.
// Usage: node bench/coach.mjs (after `npm run build`), or via `npm run bench coach`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dist = new URL("../dist/", import.meta.url);
const load = (p) => import(new URL(p, dist).href);

const WEEKS = 260;
const START = "2021-11-29";
const ITERATIONS = 15;

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { medianMs: round(q(0.5)), p90Ms: round(q(0.9)), minMs: round(s[0]) };
}
const round = (x) => Math.round(x * 10) / 10;

async function time(fn) {
  await fn(); // warm-up
  const samples = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

async function journal() {
  const { simulateRunner } = await load("core/insights/simulated-runner.js");
  const effects = {};
  for (let i = 0; i < 12; i++) effects[`technique-${i}`] = i === 0 ? -1 : 0;
  return simulateRunner({
    seed: 2026,
    start: START,
    weeks: WEEKS,
    effects,
    staples: ["hip-circles", "cat-cow"],
    sessionChance: 0.98,
  });
}

async function benchEngine(engine, j) {
  const store = await load("store/index.js");
  const { weekPlan, insightsReport, weekCalendar } = await load("services/coach/index.js");
  const { addDays } = await load("core/time/calendar.js");
  const { profileOf } = await load("core/plan/fixtures.js");
  const dir = engine === "sqlite" ? mkdtempSync(join(tmpdir(), "limber-bench-coach-")) : undefined;
  const schema = engine === "postgres" ? `bench_coach_${process.pid}` : undefined;
  if (schema) {
    const { default: pg } = await import("pg");
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
  }
  const database = await store.openDatabase(
    engine === "sqlite" ? { dataDir: dir } : { url: process.env.DATABASE_URL, schema },
  );
  const user = store.LOCAL_USER_ID;
  try {
    const t0 = performance.now();
    await store.ensureUser(database, user);
    await store.withTransaction(database, async (tx) => {
      await store
        .profileRepository(tx)
        .saveProfile(user, profileOf({ timeZone: "UTC", preferredSessionTime: "07:30" }));
      for (const r of j.runs)
        await store.runsRepository(tx).insertRun(user, r, { checkDuplicates: false });
      for (const s of j.sessions) await store.sessionsRepository(tx).insertSession(user, s);
      for (const t of j.romTests) await store.romTestsRepository(tx).insertRomTest(user, t);
      for (const c of j.runComfort) await store.runComfortRepository(tx).insertRunComfort(user, c);
    });
    const seedMs = performance.now() - t0;
    const now = new Date(`${addDays(START, WEEKS * 7 - 1)}T12:00:00Z`);
    const plan = await weekPlan(database, user, now);
    const report = await insightsReport(database, user, now);
    return {
      rows: {
        sessions: j.sessions.length,
        runs: j.runs.length,
        romTests: j.romTests.length,
        runComfort: j.runComfort.length,
      },
      seedSeconds: round(seedMs / 1000),
      weekPlan: await time(() => weekPlan(database, user, now)),
      insights: await time(() => insightsReport(database, user, now)),
      together: await time(async () => {
        await weekPlan(database, user, now);
        await insightsReport(database, user, now);
      }),
      calendar: await time(() => weekCalendar(database, user, now)),
      check: {
        sessionsPlanned: plan.sessionCount,
        techniques: report.techniques.length,
        helps: report.techniques.filter((t) => t.verdict === "helps").map((t) => t.movementId),
      },
    };
  } finally {
    await database.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (schema) {
      const { default: pg } = await import("pg");
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    }
  }
}

/** Figures for BENCHMARKS.md: SQLite (and PostgreSQL with DATABASE_URL) against the in-memory baseline. */
export async function run() {
  const j = await journal();
  const { planWeek } = await load("core/plan/plan-week.js");
  const { computeInsights } = await load("core/insights/insights.js");
  const { addDays } = await load("core/time/calendar.js");
  const { profileOf } = await load("core/plan/fixtures.js");
  const today = addDays(START, WEEKS * 7 - 1);
  // The same windows the services read: 130 days for the plan, a year for the insights.
  const since = (days) => (x) =>
    (x.startedAt ?? x.activity?.startTime ?? x.date).slice(0, 10) >= addDays(today, -days);
  const plan = { runs: j.runs.filter(since(130)), sessions: j.sessions.filter(since(130)) };
  const year = {
    runs: j.runs.filter(since(366)),
    sessions: j.sessions.filter(since(366)),
    runComfort: j.runComfort.filter(since(366)),
  };
  const baseline = await time(() => {
    planWeek({
      today,
      timeZone: "UTC",
      profile: profileOf(),
      ...plan,
      romTests: j.romTests,
      bodyChecks: [],
      trials: [],
    });
    computeInsights({ today, timeZone: "UTC", ...year, romTests: j.romTests, bodyChecks: [] });
  });
  const out = { targetMs: 200, baselineInMemory: baseline, sqlite: await benchEngine("sqlite", j) };
  if (process.env.DATABASE_URL) out.postgres = await benchEngine("postgres", j);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await run(), null, 2));
}

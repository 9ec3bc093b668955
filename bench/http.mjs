#!/usr/bin/env node
/* global fetch, clearTimeout */
// HTTP benchmarks (issue: serve it). Every server runs in its own process on a loopback port
// and autocannon loads it from another process:
//  1. a bare Fastify hello-world route (baseline) vs GET /api/routine vs GET /api/today, on
//     SQLite and, when DATABASE_URL is set, on PostgreSQL: requests/s and p99 latency,
//     measured in alternating rounds (medians); target: routine on SQLite >= 40% of the
//     hello-world rate;
//  2. reads that writes never block: GET /api/routine alone, then while 20 runners log
//     sessions back to back (BENCH_MIXED_SECONDS, default 15), on SQLite and PostgreSQL;
//     target: p99 of the routine under writes <= 50 ms;
//  3. 200 simulated runners logging sessions for BENCH_SESSIONS_SECONDS (default 60) with
//     idempotency keys: zero errors, and sessions stored == sessions acknowledged; target:
//     p99 < 1 s on SQLite.
// The load average (1 min) is recorded before and after each phase: the machine is shared.
// Bounded in time: BENCH_HTTP_SECONDS per endpoint (default 10). Runnable alone:
//   node bench/http.mjs            (needs `npm run build` first)
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const dist = (p) => pathToFileURL(join(root, "dist", p)).href;

function startProcess(args, env, pattern = /listening on (http:\/\/\S+)/) {
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise((res) => proc.on("exit", res));
  const url = new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`did not start: ${out}`)), 60_000);
    const onData = (d) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        proc.stdout.removeAllListeners("data");
        proc.stdout.resume(); // request logs go nowhere, but are still written
        res(m[1]);
      }
    };
    proc.stdout.on("data", onData);
    proc.stderr.on("data", onData);
    void exited.then((code) => rej(new Error(`exited ${code}: ${out}`)));
  });
  return {
    url,
    async stop() {
      proc.kill("SIGTERM");
      return exited;
    },
  };
}

function runNode(args) {
  return new Promise((res, rej) => {
    const p = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("exit", (code) =>
      code === 0 ? res(out) : rej(new Error(`${args.join(" ")}: exit ${code}: ${err.slice(-500)}`)),
    );
  });
}

/** autocannon in its own process; returns requests/s, p99 and error counts. */
async function cannon(url, { seconds, connections = 50, headers = {} }) {
  const h = Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}=${v}`]);
  const ac = join(root, "node_modules", "autocannon", "autocannon.js");
  await runNode([ac, "-c", "10", "-d", "2", ...h, url]); // warm-up (JIT, caches)
  const r = JSON.parse(
    await runNode([ac, "--json", "-c", String(connections), "-d", String(seconds), ...h, url]),
  );
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

async function withPostgresSchema(fn) {
  const { default: pg } = await import("pg");
  const schema = `bench_${Date.now().toString(36)}`;
  const admin = async (q) => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  const url = new URL(process.env.DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  try {
    return await fn({ DATABASE_URL: url.toString() }, { url: process.env.DATABASE_URL, schema });
  } finally {
    await admin(`DROP SCHEMA ${schema} CASCADE`);
  }
}

/** Accounts with API tokens, made straight in the database (argon2 hashing runs in parallel). */
async function makeRunners(openOpts, n) {
  const { openDatabase } = await import(dist("store/db.js"));
  const { createAccount } = await import(dist("services/accounts/accounts.js"));
  const { createApiToken } = await import(dist("services/accounts/tokens.js"));
  const database = await openDatabase(openOpts);
  try {
    const tokens = [];
    const ids = [];
    for (let i = 0; i < n; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(20, n - i) }, async (_, k) => {
          const a = await createAccount(
            database,
            { email: `runner${i + k}@bench.example`, password: "bench password 123" },
            new Date(),
          );
          const { token } = await createApiToken(database, a.id, "bench", new Date());
          return { id: a.id, token };
        }),
      );
      for (const b of batch) {
        tokens.push(b.token);
        ids.push(b.id);
      }
    }
    return { tokens, ids };
  } finally {
    await database.close();
  }
}

async function countSessions(openOpts, ids) {
  const { openDatabase } = await import(dist("store/db.js"));
  const database = await openDatabase(openOpts);
  try {
    const rows = await database.db
      .selectFrom("sessions")
      .select(["user_id"])
      .where("user_id", "in", ids)
      .execute();
    return rows.length;
  } finally {
    await database.close();
  }
}

const loadAverage = () => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);

/**
 * GET /api/routine with 10 connections, first alone, then while `writers` runners log
 * sessions back to back: how much the writes hold up the reads.
 */
async function routineUnderWrites(base, routineUrl, tokens, opts) {
  const tokensFile = join(opts.tmp, `writers-${Date.now()}.json`);
  writeFileSync(tokensFile, JSON.stringify(tokens.slice(0, opts.writers)));
  const loadBefore = loadAverage();
  const alone = await cannon(routineUrl, { seconds: opts.mixedSeconds, connections: 10 });
  // The writers start first and outlast the reads (autocannon warms up for 2 s first).
  const writing = runNode([
    join(here, "_runners.mjs"),
    base,
    String(opts.mixedSeconds + 4),
    tokensFile,
  ]);
  const underWrites = await cannon(routineUrl, { seconds: opts.mixedSeconds, connections: 10 });
  const writes = JSON.parse(await writing);
  return {
    writers: opts.writers,
    seconds: opts.mixedSeconds,
    routineAlone: alone,
    routineUnderWrites: underWrites,
    writes: {
      perSecond: writes.perSecond,
      errors: writes.errors,
      p50: writes.p50,
      p99: writes.p99,
    },
    targetMet: underWrites.p99Ms <= 50,
    loadAverage: [loadBefore, loadAverage()],
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Hello-world, routine and today measured in alternation, round after round, so a busy
 * machine slows all three alike; figures are the medians over the rounds.
 */
async function sideBySide(targets, opts) {
  const rounds = Array.from({ length: opts.rounds }, () => ({}));
  for (const round of rounds) {
    for (const [name, t] of Object.entries(targets))
      round[name] = await cannon(t.url, {
        ...opts,
        seconds: opts.seconds / opts.rounds,
        headers: t.headers ?? {},
      });
  }
  const out = {};
  for (const name of Object.keys(targets)) {
    const runs = rounds.map((r) => r[name]);
    out[name] = {
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      p99Ms: median(runs.map((r) => r.p99Ms)),
      errors: runs.reduce((a, r) => a + r.errors, 0),
      non2xx: runs.reduce((a, r) => a + r.non2xx, 0),
      rounds: runs.map((r) => r.requestsPerSecond),
    };
  }
  out.routineVsHelloWorld = median(
    rounds.map(
      (r) => Math.round((r.routine.requestsPerSecond / r.helloWorld.requestsPerSecond) * 100) / 100,
    ),
  );
  return out;
}

async function engineBench(engine, env, openOpts, opts) {
  const out = {};
  const runners = await makeRunners(openOpts, opts.runners);
  const server = startProcess(["bin/limber", "serve", "--port", "0", "--accounts"], env);
  try {
    const base = await server.url;
    const auth = { authorization: `Bearer ${runners.tokens[0]}` };
    // A little journal for today's routine to read: a profile and a body check.
    await fetch(`${base}/api/profile`, {
      method: "PUT",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ equipment: ["foam-roller"] }),
    });
    await fetch(`${base}/api/body-checks`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ entries: [{ region: "calves", stiffness: 7, tenderness: 3 }] }),
    });
    const routineUrl = `${base}/api/routine?run=long&minutes=20&equipment=foam-roller,massage-ball&tight=calves=7,glutes=5`;
    if (!opts.only || opts.only === "sideBySide")
      Object.assign(
        out,
        await sideBySide(
          {
            helloWorld: { url: opts.helloUrl },
            routine: { url: routineUrl },
            today: { url: `${base}/api/today`, headers: auth },
          },
          opts,
        ),
      );
    if (!opts.only || opts.only === "mixed")
      out.readsUnderWrites = await routineUnderWrites(base, routineUrl, runners.tokens, opts);
    if (opts.only && opts.only !== "sessions") return out;

    const tokensFile = join(opts.tmp, `${engine}-tokens.json`);
    writeFileSync(tokensFile, JSON.stringify(runners.tokens));
    // The reads-under-writes phase stored sessions for some of these runners already.
    const storedBefore = await countSessions(openOpts, runners.ids);
    const loadBefore = loadAverage();
    const load = JSON.parse(
      await runNode([join(here, "_runners.mjs"), base, String(opts.sessionSeconds), tokensFile]),
    );
    const loadAfter = loadAverage();
    const stored = (await countSessions(openOpts, runners.ids)) - storedBefore;
    out.sessions = {
      runners: opts.runners,
      seconds: opts.sessionSeconds,
      ...load,
      stored,
      storedEqualsAcknowledged: stored === load.acknowledged,
      p99TargetMet: load.p99 < 1000,
      loadAverage: [loadBefore, loadAfter],
    };
  } finally {
    await server.stop();
  }
  return out;
}

/** Runs every HTTP benchmark; returns the figures. */
export async function run(options = {}) {
  const opts = {
    seconds: Number(options.seconds ?? process.env.BENCH_HTTP_SECONDS ?? 10),
    sessionSeconds: Number(options.sessionSeconds ?? process.env.BENCH_SESSIONS_SECONDS ?? 60),
    runners: Number(options.runners ?? 200),
    writers: Number(options.writers ?? 20),
    mixedSeconds: Number(options.mixedSeconds ?? process.env.BENCH_MIXED_SECONDS ?? 15),
    // BENCH_HTTP_ONLY=sideBySide|mixed|sessions runs one phase (for quick comparisons).
    only: options.only ?? process.env.BENCH_HTTP_ONLY,
    rounds: Number(options.rounds ?? 3),
    connections: 50,
    tmp: mkdtempSync(join(tmpdir(), "limber-bench-http-")),
  };
  const results = {
    settings: {
      secondsPerEndpoint: opts.seconds,
      rounds: opts.rounds,
      connections: opts.connections,
      sessionSeconds: opts.sessionSeconds,
      runners: opts.runners,
      writers: opts.writers,
      mixedSeconds: opts.mixedSeconds,
    },
  };
  const hello = startProcess([join(here, "_hello.mjs")], {});
  try {
    opts.helloUrl = `${await hello.url}/hello`;
    const dataDir = join(opts.tmp, "sqlite");
    results.sqlite = await engineBench("sqlite", { LIMBER_DATA_DIR: dataDir }, { dataDir }, opts);
    if (results.sqlite.routineVsHelloWorld !== undefined)
      results.sqlite.routineTargetMet = results.sqlite.routineVsHelloWorld >= 0.4;
    if (process.env.DATABASE_URL) {
      results.postgres = await withPostgresSchema((env, openOpts) =>
        engineBench("postgres", env, openOpts, opts),
      );
    }
  } finally {
    await hello.stop();
    rmSync(opts.tmp, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await run(), null, 2));
}

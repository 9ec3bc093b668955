#!/usr/bin/env node
/* global fetch */
// GET /api/routine throughput with a different query on every request (no cache can
// answer), against a bare Fastify hello-world in the same run (issue 13, point 4: at least
// 40 % of hello-world). Both servers run in their own process (`limber serve` on an embedded
// SQLite journal, as `npm start` does) and autocannon loads them from a third, in alternating
// rounds; the figures are the medians of the rounds. Each query varies minutes, run type,
// session kind, kit, tight regions and seed (bench/_routine-load.mjs), so the route's memo
// never answers (memoHits is 0 by construction: no query repeats).
//
// A third target in the same rounds, `sameBytes`, is the bare Fastify process sending one
// routine answer as Limber sent it (same headers, same 7 KB body) and doing nothing else: the
// most any server could reach with answers of this size, which tells the cost of the bytes
// apart from the cost of building them. A fourth, `routineSameUrlMemo`, asks for one routine
// URL every time, so the route's memo answers: Limber's cost around an answer it already has.
// A fifth, `routineAsABrowserAsks`, is the new-query stream again with a browser's
// Accept-Encoding, so every answer is compressed on the spot: the plain stream is its baseline.
// Beside the rates, the Limber process's own CPU time per routine request (/proc, Linux), which
// moves less with the machine's load than the rate does.
// Run alone: node bench/routine.mjs
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const SECONDS = Number(process.env.BENCH_ROUTINE_SECONDS ?? 8);
const ROUNDS = 3;
const CONNECTIONS = 20;
/** What a browser sends. */
const BROWSER_ENCODINGS = "gzip, deflate, br";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function start(args, env) {
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise((res) => proc.on("exit", res));
  const url = new Promise((res, rej) => {
    const onData = (d) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        proc.stdout.removeAllListeners("data");
        proc.stdout.resume();
        res(m[1].replace(/\/$/, ""));
      }
    };
    proc.stdout.on("data", onData);
    proc.stderr.on("data", onData);
    void exited.then((code) => rej(new Error(`exited ${code}: ${out}`)));
  });
  return { url, pid: proc.pid, stop: () => (proc.kill("SIGTERM"), exited) };
}

/** CPU seconds a process has used (user and system, its helper threads included); Linux only. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** A load of the routine server, with the server's CPU time per request beside the rate. */
async function loadCounted(url, vary, pid, acceptEncoding) {
  const before = cpuSeconds(pid);
  const r = await load(url, vary, acceptEncoding);
  const used = cpuSeconds(pid) - before;
  const requests = r.requestsPerSecond * SECONDS;
  return { ...r, cpuUsPerRequest: Number(((used * 1e6) / Math.max(1, requests)).toFixed(1)) };
}

function load(url, vary, acceptEncoding) {
  return new Promise((res, rej) => {
    const args = [join(here, "_routine-load.mjs"), url, String(SECONDS), String(CONNECTIONS)];
    if (vary) args.push("--vary");
    if (acceptEncoding) args.push(`--accept-encoding=${acceptEncoding}`);
    const p = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("exit", (code) => (code === 0 ? res(JSON.parse(out)) : rej(new Error(err))));
  });
}

/** One routine answer as Limber sends it (headers besides the transport's, and the body). */
async function sampleAnswer(routineUrl) {
  const res = await fetch(`${routineUrl}?minutes=20&run=long&seed=5`);
  const headers = {};
  for (const [k, v] of res.headers)
    if (!["date", "connection", "keep-alive", "content-length", "transfer-encoding"].includes(k))
      headers[k] = v;
  return { headers, body: await res.text() };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), "limber-routine-"));
  const limber = start(["bin/limber", "serve", "--port", "0"], {
    LIMBER_DATA_DIR: dir,
    LOG_LEVEL: "warn",
  });
  let hello;
  try {
    const routineUrl = `${await limber.url}/api/routine`;
    const sample = join(dir, "same-bytes.json");
    writeFileSync(sample, JSON.stringify(await sampleAnswer(routineUrl)));
    hello = start([join(here, "_hello.mjs")], { SAME_BYTES_FILE: sample });
    const helloBase = await hello.url;
    const helloUrl = `${helloBase}/hello`;
    const sameBytesUrl = `${helloBase}/same-bytes`;
    // The same URL every time: after the first request the route's memo answers.
    const sameUrl = `${routineUrl}?minutes=20&run=long&seed=5`;
    const loadBefore = loadavg()[0];
    // warm-up: JIT of both servers
    await load(helloUrl, false);
    await load(sameBytesUrl, false);
    await load(routineUrl, true);
    await load(sameUrl, false);
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) {
      const h = await load(helloUrl, false);
      const b = await load(sameBytesUrl, false);
      const r = await loadCounted(routineUrl, true, limber.pid);
      const z = await loadCounted(routineUrl, true, limber.pid, BROWSER_ENCODINGS);
      const m = await load(sameUrl, false);
      rounds.push({
        memo: m,
        compressed: z,
        hello: h,
        sameBytes: b,
        routine: r,
        ratio: Number((r.requestsPerSecond / h.requestsPerSecond).toFixed(3)),
      });
    }
    const helloRps = median(rounds.map((r) => r.hello.requestsPerSecond));
    const sameRps = median(rounds.map((r) => r.sameBytes.requestsPerSecond));
    const routineRps = median(rounds.map((r) => r.routine.requestsPerSecond));
    const perRequestUs = (rps) => Number((1e6 / rps).toFixed(1));
    return {
      loadAverage: {
        before: Number(loadBefore.toFixed(2)),
        after: Number(loadavg()[0].toFixed(2)),
      },
      secondsPerRound: SECONDS,
      connections: CONNECTIONS,
      helloWorld: {
        requestsPerSecond: helloRps,
        p99Ms: median(rounds.map((r) => r.hello.p99Ms)),
        usPerRequest: perRequestUs(helloRps),
      },
      sameBytes: {
        requestsPerSecond: sameRps,
        p99Ms: median(rounds.map((r) => r.sameBytes.p99Ms)),
        bytesPerResponse: median(rounds.map((r) => r.sameBytes.bytesPerResponse)),
        usPerRequest: perRequestUs(sameRps),
        vsHelloWorld: Number((sameRps / helloRps).toFixed(3)),
      },
      routineNewQueryEachTime: {
        requestsPerSecond: routineRps,
        p99Ms: median(rounds.map((r) => r.routine.p99Ms)),
        bytesPerResponse: median(rounds.map((r) => r.routine.bytesPerResponse)),
        usPerRequest: perRequestUs(routineRps),
        // The server's own CPU time per request (its collector threads too): on a shared
        // machine a steadier measure of the route's cost than the rate.
        serverCpuUsPerRequest: median(rounds.map((r) => r.routine.cpuUsPerRequest)),
        non2xx: rounds.reduce((n, r) => n + r.routine.non2xx, 0),
        memoHits: 0,
      },
      // The same stream of new queries, asked as a browser asks (Accept-Encoding: gzip,
      // deflate, br): every answer is compressed on the spot, for that client alone. The
      // plain stream above, in the same rounds, is its baseline.
      routineAsABrowserAsks: {
        requestsPerSecond: median(rounds.map((r) => r.compressed.requestsPerSecond)),
        p99Ms: median(rounds.map((r) => r.compressed.p99Ms)),
        bytesPerResponse: median(rounds.map((r) => r.compressed.bytesPerResponse)),
        serverCpuUsPerRequest: median(rounds.map((r) => r.compressed.cpuUsPerRequest)),
        vsHelloWorld: Number(
          (median(rounds.map((r) => r.compressed.requestsPerSecond)) / helloRps).toFixed(3),
        ),
        non2xx: rounds.reduce((n, r) => n + r.compressed.non2xx, 0),
      },
      routineSameUrlMemo: {
        requestsPerSecond: median(rounds.map((r) => r.memo.requestsPerSecond)),
        p99Ms: median(rounds.map((r) => r.memo.p99Ms)),
        vsHelloWorld: Number(
          (median(rounds.map((r) => r.memo.requestsPerSecond)) / helloRps).toFixed(3),
        ),
      },
      ratio: Number((routineRps / helloRps).toFixed(3)),
      ratiosPerRound: rounds.map((r) => r.ratio),
      routineVsSameBytes: Number((routineRps / sameRps).toFixed(3)),
      target: 0.4,
      meetsTarget: routineRps / helloRps >= 0.4,
    };
  } finally {
    await hello?.stop();
    await limber.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 2));
}

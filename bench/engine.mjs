#!/usr/bin/env node
// Routine engine throughput and latency: builds routines over varied contexts (run types,
// sessions, budgets, kit, tight regions, pain flags) from the compiled engine in dist/ and
// reports routines per second and p50/p99 per routine (target: p99 under 1 ms). Raw
// wall-clock figures on a shared machine include time the process was not scheduled, so
// CPU time and a best-of-three timing per routine are reported beside them, with the load
// average at the time. It also reports how many bytes one routine allocates and how many garbage
// collections landed inside the timed loop, since those set the p99, and what the answer's
// text of fresh routines costs by JSON.stringify and by routineJson (the route's). Run alone:
// node bench/engine.mjs
import { Buffer } from "node:buffer";
import os from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";

const ROUTINES = 6000;
const WARMUP = 1500;
const BEST_OF_ROUTINES = 2000;

/** Varied, valid contexts, the same list every run. */
function contexts() {
  const runs = [undefined, "easy", "recovery", "tempo", "intervals", "long", "hills", "race"];
  const sessions = [undefined, "post-run", "evening", "mini", "rest-day", "pre-run"];
  const kits = [
    [],
    ["foam-roller"],
    ["foam-roller", "massage-ball"],
    ["band"],
    ["foam-roller", "massage-ball", "band"],
  ];
  const tights = [
    undefined,
    { calves: 8 },
    { glutes: 8, calves: 7, hamstrings: 2 },
    { "hamstrings-left": 6, thoracic: 5 },
  ];
  const pains = [
    undefined,
    [{ region: "calves", kind: "sharp" }],
    [{ region: "hips-left", kind: "niggle" }],
  ];
  const out = [];
  let i = 0;
  for (const run of runs)
    for (const session of sessions) {
      const ctx = {};
      if (run) ctx.run = run;
      if (session) ctx.session = session;
      ctx.equipment = kits[i % kits.length];
      const tight = tights[i % tights.length];
      if (tight) ctx.tight = tight;
      const pain = pains[i % pains.length];
      if (pain) ctx.pain = pain;
      if (i % 3 === 0) ctx.minutes = [6, 10, 15, 20, 30][i % 5];
      if (i % 7 === 0) ctx.newToRolling = true;
      out.push(ctx);
      i++;
    }
  return out;
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * The answer's text for routines as a server meets them, each new (one sample again and again
 * stays hot in the caches): JSON.stringify against routineJson (the route's, from kept
 * per-movement text), each followed by the UTF-8 byte count, which flattens the text as the
 * socket write does. Best of three passes over the same 2,000 routines.
 */
function serialiseFresh(buildRoutine, routineJson, movements, ctxs) {
  const routines = [];
  for (let i = 0; i < 2000; i++)
    routines.push(buildRoutine(ctxs[i % ctxs.length], movements, 9000 + i));
  let sameBytes = true;
  for (const r of routines) if (routineJson(r) !== JSON.stringify(r)) sameBytes = false;
  const pass = (stringify) => {
    const t = performance.now();
    let bytes = 0;
    for (const r of routines) bytes += Buffer.byteLength(stringify(r));
    return bytes > 0 ? (performance.now() - t) / routines.length : NaN;
  };
  let stringifyMs = Infinity;
  let routineJsonMs = Infinity;
  for (let k = 0; k < 3; k++) {
    stringifyMs = Math.min(
      stringifyMs,
      pass((r) => JSON.stringify(r)),
    );
    routineJsonMs = Math.min(routineJsonMs, pass(routineJson));
  }
  return {
    stringifyMs: Number(stringifyMs.toFixed(4)),
    routineJsonMs: Number(routineJsonMs.toFixed(4)),
    sameBytes,
  };
}

export async function run() {
  const { buildRoutine } = await import(
    new URL("../dist/core/routine/build.js", import.meta.url).href
  );
  const { MOVEMENTS } = await import(
    new URL("../dist/core/catalog/index.js", import.meta.url).href
  );
  const { routineJson } = await import(
    new URL("../dist/core/routine/json.js", import.meta.url).href
  );
  const ctxs = contexts();
  for (let i = 0; i < WARMUP; i++) buildRoutine(ctxs[i % ctxs.length], MOVEMENTS, i);

  // Baseline in the same run: serialising the result, which every caller does anyway.
  const sample = buildRoutine(ctxs[0], MOVEMENTS, 1);
  const times = new Float64Array(ROUTINES);
  const cpuTimes = new Float64Array(ROUTINES);
  let serialise = 0;
  const gcs = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration });
  });
  observer.observe({ entryTypes: ["gc"] });
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < ROUTINES; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    buildRoutine(ctxs[i % ctxs.length], MOVEMENTS, 1000 + i);
    times[i] = performance.now() - t;
    const d = process.cpuUsage(c);
    cpuTimes[i] = (d.user + d.system) / 1000;
  }
  const wallEnd = performance.now();
  const wall = wallEnd - wall0;
  const cpu = process.cpuUsage(cpu0);
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  const loopGcs = gcs.filter((g) => g.start >= wall0 && g.start <= wallEnd);
  // Bytes one routine allocates: growth of the young generation across a call, skipping calls
  // during which a collection emptied it.
  const newSpace = () =>
    v8.getHeapSpaceStatistics().find((x) => x.space_name === "new_space").space_used_size;
  let allocated = 0;
  let counted = 0;
  for (let i = 0; i < 2000; i++) {
    const before = newSpace();
    buildRoutine(ctxs[i % ctxs.length], MOVEMENTS, 5000 + i);
    const after = newSpace();
    if (after > before) {
      allocated += after - before;
      counted++;
    }
  }
  // Best of three per routine: the same call timed three times, keeping the fastest, so a
  // moment the process was descheduled on a busy machine does not count as engine time.
  const best = new Float64Array(BEST_OF_ROUTINES);
  for (let i = 0; i < BEST_OF_ROUTINES; i++) {
    let min = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      buildRoutine(ctxs[i % ctxs.length], MOVEMENTS, 1000 + i);
      min = Math.min(min, performance.now() - t);
    }
    best[i] = min;
  }
  const bestSorted = Array.from(best).sort((a, b) => a - b);
  const s0 = performance.now();
  for (let i = 0; i < ROUTINES; i++) JSON.stringify(sample);
  serialise = (performance.now() - s0) / ROUTINES;
  const json = serialiseFresh(buildRoutine, routineJson, MOVEMENTS, ctxs);

  const sorted = Array.from(times).sort((a, b) => a - b);
  const cpuSorted = Array.from(cpuTimes).sort((a, b) => a - b);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return {
    loadAverage1m: Number(os.loadavg()[0].toFixed(1)),
    cpus: os.cpus().length,
    contexts: ctxs.length,
    routines: ROUTINES,
    routinesPerSecond: Math.round(ROUTINES / (wall / 1000)),
    routinesPerCpuSecond: Math.round(ROUTINES / (cpuMs / 1000)),
    p50Ms: Number(percentile(sorted, 50).toFixed(3)),
    p90Ms: Number(percentile(sorted, 90).toFixed(3)),
    p99Ms: Number(percentile(sorted, 99).toFixed(3)),
    maxMs: Number(sorted[sorted.length - 1].toFixed(3)),
    bestOf3P50Ms: Number(percentile(bestSorted, 50).toFixed(3)),
    bestOf3P99Ms: Number(percentile(bestSorted, 99).toFixed(3)),
    meanCpuMs: Number((cpuMs / ROUTINES).toFixed(3)),
    cpuP50Ms: Number(percentile(cpuSorted, 50).toFixed(3)),
    cpuP99Ms: Number(percentile(cpuSorted, 99).toFixed(3)),
    baselineJsonStringifyMs: Number(serialise.toFixed(4)),
    freshRoutineJsonStringifyMs: json.stringifyMs,
    freshRoutineJsonMs: json.routineJsonMs,
    routineJsonSameBytes: json.sameBytes,
    allocatedKbPerRoutine: Number((allocated / Math.max(1, counted) / 1024).toFixed(1)),
    collectionsInTimedLoop: loopGcs.length,
    meanCollectionMs: Number(
      (loopGcs.reduce((a, g) => a + g.ms, 0) / Math.max(1, loopGcs.length)).toFixed(2),
    ),
    targetP99Ms: 1,
    meetsTarget: percentile(sorted, 99) < 1,
    meetsTargetOnCpuTime: percentile(cpuSorted, 99) < 1,
    meetsTargetBestOf3: percentile(bestSorted, 99) < 1,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 2));
}

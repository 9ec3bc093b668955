#!/usr/bin/env node
/* global fetch */
// Load generator for bench/http.mjs: N simulated runners, each logging sessions in a loop
// for D seconds with its own API token and a fresh Idempotency-Key per session (a lost
// response is retried with the same key, as a real client would). Prints one JSON line:
// acknowledged ids per runner, errors, and latency percentiles.
//
// Usage: node bench/_runners.mjs <baseUrl> <seconds> <tokensFile>
import { readFileSync } from "node:fs";

const [base, secondsArg, tokensFile] = process.argv.slice(2);
const tokens = JSON.parse(readFileSync(tokensFile, "utf8"));
const seconds = Number(secondsArg);
const routine = await (await fetch(`${base}/api/routine?run=easy&minutes=6&seed=7`)).json();
const body = (i) =>
  JSON.stringify({
    kind: "post-run",
    routine,
    skipped: i % 3 === 0 ? [routine.items[0].id] : [],
    after: { stiffness: i % 10, soreness: 2 },
    notes: `session ${i}`,
  });

// Keys are kept for a day, and one bench run starts this script more than once with the same
// runners (the reads-under-writes phase, then the 200 runners): each start gets its own keys,
// or a later phase's first sessions would be answered as replays of an earlier phase's.
const run = `${process.pid}-${Date.now()}`;
let errors = 0;
const errorSamples = [];
const latencies = [];
let acknowledged = 0;
const deadline = performance.now() + seconds * 1000;

async function post(token, key, payload) {
  // Retry a lost response with the same key: the server replays instead of storing twice.
  for (let attempt = 0; attempt < 5; attempt++) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${base}/api/sessions`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${token}`,
          "idempotency-key": key,
        },
        body: payload,
      });
      const text = await res.text();
      latencies.push(performance.now() - t0);
      if (res.status === 201) return true;
      if (res.status === 409) continue; // the first try is still running
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`${res.status} ${text.slice(0, 200)}`);
      return false;
    } catch (e) {
      if (attempt === 4) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(String(e));
        return false;
      }
    }
  }
  return false;
}

await Promise.all(
  tokens.map(async (token, r) => {
    for (let i = 0; performance.now() < deadline; i++) {
      if (await post(token, `${run}-r${r}-s${i}`, body(i))) acknowledged++;
    }
  }),
);
latencies.sort((a, b) => a - b);
const pct = (p) =>
  Math.round(
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0,
  );
process.stdout.write(
  JSON.stringify({
    acknowledged,
    errors,
    errorSamples,
    perSecond: Math.round(acknowledged / seconds),
    p50: pct(50),
    p99: pct(99),
  }) + "\n",
);

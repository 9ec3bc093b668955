#!/usr/bin/env node
// Load generator for bench/routine.mjs, in its own process: autocannon against one URL.
// With `--vary` every request carries a different routine query, as a real mixed stream
// would: minutes, run type, session kind, kit, tight regions and seed are each drawn by a
// seeded generator (about 100,000 combinations before the seed, and the seed never repeats),
// so no answer can come from the route's memo and the engine's per-day caches see a
// realistic spread of kinds of day. Prints autocannon's figures as JSON, with the bytes of
// an average answer.
// With `--accept-encoding=VALUE` every request carries that Accept-Encoding header, as a
// browser's do ("gzip, deflate, br"): the answers then come compressed, and the bytes
// reported are the compressed ones.
// Usage: node bench/_routine-load.mjs URL SECONDS CONNECTIONS [--vary] [--accept-encoding=VALUE]
import autocannon from "autocannon";

const [url, seconds, connections, ...flags] = process.argv.slice(2);
const vary = flags.includes("--vary");
const acceptEncoding = flags.find((f) => f.startsWith("--accept-encoding="))?.split("=")[1];
const RUNS = ["", "easy", "recovery", "tempo", "intervals", "long", "hills", "race"];
const SESSIONS = ["", "post-run", "pre-run", "evening", "mini", "rest-day"];
const KITS = [
  "",
  "foam-roller",
  "foam-roller,massage-ball",
  "band",
  "foam-roller,massage-ball,band",
];
const TIGHT = [
  "",
  "calves=8",
  "glutes=8,calves=7,hamstrings=2",
  "hamstrings-left=6,thoracic=5",
  "hips=7",
  "quads=6,feet=4",
  "lower-back=5,calves-right=8",
];
let n = 0;
let state = 0x9e3779b9;
/** A small seeded generator (xorshift), so every run sends the same stream. */
const next = (k) => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % k;
};

/** The next query: each option drawn apart, left out when its draw is empty. */
function query() {
  n++;
  const parts = [`minutes=${5 + next(60)}`];
  const pick = (name, values) => {
    const v = values[next(values.length)];
    if (v) parts.push(`${name}=${v}`);
  };
  pick("run", RUNS);
  pick("session", SESSIONS);
  pick("equipment", KITS);
  pick("tight", TIGHT);
  parts.push(`seed=${n}`);
  return parts.join("&");
}

const opts = {
  url,
  duration: Number(seconds),
  connections: Number(connections),
};
if (acceptEncoding) opts.headers = { "accept-encoding": acceptEncoding };
if (vary) {
  const path = new URL(url).pathname;
  opts.requests = [{ setupRequest: (req) => ({ ...req, path: `${path}?${query()}` }) }];
}
const r = await autocannon(opts);
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    requests: n,
    bytesPerResponse: Math.round(r.throughput.average / Math.max(1, r.requests.average)),
  }),
);

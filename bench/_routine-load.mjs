#!/usr/bin/env node
// Load generator for bench/routine.mjs, in its own process: autocannon against one URL,
// with `--vary` a different routine query on every request (minutes, run type and seed
// change), so no response can come from a cache. Prints autocannon's result as JSON.
// Usage: node bench/_routine-load.mjs URL SECONDS CONNECTIONS [--vary]
import autocannon from "autocannon";

const [url, seconds, connections, vary] = process.argv.slice(2);
const runs = ["easy", "long", "tempo", "intervals", "recovery", "race"];
let n = 0;
const opts = {
  url,
  duration: Number(seconds),
  connections: Number(connections),
};
if (vary === "--vary") {
  const path = new URL(url).pathname;
  opts.requests = [
    {
      setupRequest: (req) => {
        n++;
        const q = `minutes=${5 + (n % 40)}&run=${runs[n % runs.length]}&seed=${n}`;
        return { ...req, path: `${path}?${q}` };
      },
    },
  ];
}
const r = await autocannon(opts);
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    requests: n,
  }),
);

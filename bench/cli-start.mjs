#!/usr/bin/env node
// Cold start of `bin/limber routine --json` against a bare `node -e ""` in the same run,
// alternating the two so machine load hits both alike; medians of 20 runs each and their
// ratio (target: at most 3x bare Node). Run alone: node bench/cli-start.mjs
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const RUNS = 20;

function timeOnce(cmd, args) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function run() {
  const limber = fileURLToPath(new URL("../bin/limber", import.meta.url));
  const args = [
    "routine",
    "--run",
    "long",
    "--minutes",
    "20",
    "--equipment",
    "foam-roller",
    "--seed",
    "1",
    "--json",
  ];
  // One untimed run of each so the file cache is warm for both.
  timeOnce(process.execPath, ["-e", ""]);
  timeOnce(process.execPath, [limber, ...args]);
  const bare = [];
  const cli = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(timeOnce(process.execPath, ["-e", ""]));
    cli.push(timeOnce(process.execPath, [limber, ...args]));
  }
  const bareMs = median(bare);
  const cliMs = median(cli);
  return {
    runs: RUNS,
    bareNodeMedianMs: Number(bareMs.toFixed(1)),
    limberRoutineJsonMedianMs: Number(cliMs.toFixed(1)),
    ratio: Number((cliMs / bareMs).toFixed(2)),
    targetRatio: 3,
    meetsTarget: cliMs / bareMs <= 3,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 2));
}

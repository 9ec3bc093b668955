#!/usr/bin/env node
// Runs every benchmark module in bench/ (each exports `run()` returning its figures, measured
// side by side with its own baseline in the same run) and writes the figures to
// bench/out/results.json. Usage: npm run bench [-- name ...] to run only some.
import { readdirSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import os from "node:os";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".mjs") && f !== "run.mjs" && !f.startsWith("_"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const results = {
  machine: { cpus: os.cpus().length, node: process.version, at: new Date().toISOString() },
  benches: {},
};
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  if (typeof mod.run !== "function") continue;
  process.stderr.write(`bench ${f} ...\n`);
  const started = performance.now();
  try {
    results.benches[f] = await mod.run();
  } catch (e) {
    results.benches[f] = { error: e instanceof Error ? e.message : String(e) };
  }
  process.stderr.write(
    `bench ${f} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  console.log(JSON.stringify({ [f]: results.benches[f] }, null, 2));
}
mkdirSync(join(here, "out"), { recursive: true });
writeFileSync(join(here, "out", "results.json"), JSON.stringify(results, null, 2));

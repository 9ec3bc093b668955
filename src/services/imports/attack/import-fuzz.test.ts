/**
 * The import pipeline under damaged files (defects 1, 2 and 15): mutants of the seed files
 * (bit flips, cuts, inserted bytes, year-1 and far-future timestamps, huge numbers, UTF-16,
 * broken tags) go through the whole upload path, decoding and storing, in batches. No batch
 * may throw, every file gets its own result naming it, every reason is a plain sentence
 * (no parser internals), and no file hangs. CI runs 5,000 mutants; `npm run fuzz` sets
 * LIMBER_FUZZ_SCALE for more. Seeded: a failure names its seed and reproduces.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureUser } from "../../../store/index.js";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../../store/test-support/databases.js";
import { exportJournal, restoreJournal } from "../../journal/export.js";
import { importBuffers } from "../import.js";
import { mutate } from "./mutate.js";
import { seedFiles } from "./seeds.js";

const SCALE = Math.max(1, Number(process.env.LIMBER_FUZZ_SCALE ?? "1") || 1);
const MUTANTS = 5_000 * SCALE;
const BATCH = 250;
/** Words that only a parser or a runtime says: a runner must never read them. */
const INTERNAL =
  /readTagExp|undefined|Cannot read prop|is not a function|Invalid time value|\bNaN\b|RangeError|TypeError|Maximum call stack/;

describe.each(ENGINES)(`${MUTANTS} damaged files through the upload path on %s`, (engine) => {
  let t: TestDatabase;
  const seeds = seedFiles();
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, "fuzz");
  });
  afterAll(() => t.dispose());

  it(
    "every file gets its own plainly worded result, no batch throws, no file hangs",
    { timeout: 600_000 * SCALE },
    async () => {
      const problems: string[] = [];
      let failed = 0;
      for (let start = 0; start < MUTANTS && problems.length < 20; start += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, MUTANTS - start) }, (_, i) => {
          const n = start + i;
          const m = mutate(seeds[n % seeds.length]!, n);
          return { ...m, name: `m${n}-${m.name.replace(/[\\/]/g, "_")}` };
        });
        const began = Date.now();
        let summary;
        try {
          summary = await importBuffers(t.database, "fuzz", batch, {
            now: new Date("2026-11-01T00:00:00Z"),
          });
        } catch (e) {
          problems.push(`batch ${start}-${start + batch.length - 1} threw: ${String(e)}`);
          continue;
        }
        // A batch that takes longer than 10 s a file has a hang in it.
        if (Date.now() - began > 10_000 * batch.length)
          problems.push(`batch ${start}: slower than 10 s a file`);
        for (const f of batch) {
          const mine = summary.files.filter(
            (r) => r.file === f.name || r.file.startsWith(`${f.name}/`),
          );
          if (mine.length === 0) problems.push(`${f.name} (${f.how}): no result names the file`);
          for (const r of mine) {
            if (r.status === "failed" || r.status === "skipped") {
              if (r.status === "failed") failed++;
              if (!r.reason) problems.push(`${r.file} (${f.how}): ${r.status} without a reason`);
              else if (INTERNAL.test(r.reason))
                problems.push(`${r.file} (${f.how}): reason in parser words: ${r.reason}`);
            }
          }
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
      expect(failed).toBeGreaterThan(0);
    },
  );

  it("the journal those files made exports and restores", async () => {
    const doc = JSON.parse(JSON.stringify(await exportJournal(t.database, "fuzz")));
    const other = await createTestDatabase(engine);
    try {
      await ensureUser(other.database, "fuzz");
      const result = await restoreJournal(other.database, "fuzz", doc);
      expect(result.runs + result.skipped.length).toBe(doc.runs.length);
    } finally {
      await other.dispose();
    }
  });
});

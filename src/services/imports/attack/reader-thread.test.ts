/**
 * The reader thread gives the same results as reading in the calling thread. Tests run the
 * TypeScript sources, where the reader reads in-thread; this test names the compiled worker
 * (dist/, built by `npm test` first) so the thread itself is exercised, on every
 * shipped sample and a zip of them, and its results are compared file by file.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type FileResult } from "../../../import/index.js";
import { FIXTURES, REQUIRE_ALL } from "../../../import/test-support/samples.js";
import { readJob, type ReadJob } from "../read.js";
import { readInputsWith } from "../reader.js";
import { BUILT_WORKER } from "./built.js";

function samples(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const kind of ["gpx", "tcx", "fit", "bad"]) {
    const dir = path.join(FIXTURES, kind);
    for (const f of readdirSync(dir).sort())
      out.push({ name: `${kind}/${f}`, bytes: new Uint8Array(readFileSync(path.join(dir, f))) });
  }
  return out;
}

async function inThread(job: ReadJob): Promise<FileResult[]> {
  const results: FileResult[] = [];
  await readJob(job, DEFAULT_LIMITS, {
    result: (r) => results.push(r),
    inputDone() {},
    found() {},
    done() {},
  });
  return results;
}

describe.skipIf(!BUILT_WORKER && !REQUIRE_ALL)("the compiled reader thread", () => {
  it("reads every sample and a zip of them exactly as the calling thread does", async () => {
    const files = samples();
    const zip = zipSync({
      ...Object.fromEntries(files.map((f) => [f.name, f.bytes])),
      "notes.txt": strToU8("not an activity"),
    });
    const job: ReadJob = { kind: "buffers", files: [...files, { name: "all.zip", bytes: zip }] };
    const seen: number[] = [];
    const threaded = await readInputsWith(BUILT_WORKER, job, DEFAULT_LIMITS, (p) =>
      seen.push(p.done),
    );
    const local = await inThread(job);
    expect(threaded).toHaveLength(files.length * 2);
    expect(JSON.parse(JSON.stringify(threaded))).toEqual(JSON.parse(JSON.stringify(local)));
    expect(seen.at(-1)).toBe(files.length * 2);
    // the thread is kept: a second import on it reads the same again
    expect(
      JSON.parse(JSON.stringify(await readInputsWith(BUILT_WORKER, job, DEFAULT_LIMITS))),
    ).toEqual(JSON.parse(JSON.stringify(local)));
  });
});

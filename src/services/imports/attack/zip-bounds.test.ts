/**
 * Defect 3: a small zip could stall the server. A 3.8 MB zip of 60 entries of 63 MiB took
 * 4 GB of memory; entries that under-declare their size bypassed the per-entry cap; a zip
 * of 65,000 empty entries was rescanned by every batch. Now the archive is read once, the
 * real inflated bytes are counted against a per-entry cap and one budget per archive (a
 * total and a ratio to its size), and each refusal names the upload.
 */
import { deflateRawSync } from "node:zlib";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "../../../import/limits.js";
import { openZip } from "../../../import/zip.js";
import { gpxOf, syntheticRun } from "../../../import/test-support/generate.js";
import { ensureUser } from "../../../store/index.js";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../../store/test-support/databases.js";
import { importBuffers } from "../import.js";
import { rawZip } from "./raw-zip.js";

const MiB = 1024 * 1024;
/** 63 MiB of zeros deflated once (about 64 KB), reused for every entry of a bomb. */
const ZEROS_63 = deflateRawSync(new Uint8Array(63 * MiB), { level: 9 });
const GOOD = new TextEncoder().encode(
  gpxOf(syntheticRun({ start: "2026-10-01T07:00:00Z", km: 5, minutes: 25, heartRate: true })),
);

describe("a zip's entries are bounded by the bytes they really inflate to", () => {
  it("stops an entry that declares 100 bytes and inflates to 100 MiB at the per-file cap", () => {
    const zip = openZip(
      rawZip([
        {
          name: "liar.gpx",
          data: deflateRawSync(new Uint8Array(100 * MiB)),
          method: 8,
          declaredSize: 100,
        },
      ]),
    );
    expect(zip.read("liar.gpx")).toEqual({ error: "larger than 64 MB (size limit per file)" });
  });

  it("stops the archive once it has inflated 100 times its own size", () => {
    // 60 entries of 63 MiB in about 4 MB: the archive of the report
    const bytes = rawZip(
      Array.from({ length: 60 }, (_, i) => ({
        name: `bomb/${i}.gpx`,
        data: ZEROS_63,
        method: 8 as const,
        declaredSize: 63 * MiB,
      })),
    );
    const zip = openZip(bytes);
    let read = 0;
    for (const n of zip.names) {
      if (!(zip.read(n) instanceof Uint8Array)) break;
      read++;
    }
    // 100 times its size (about 390 MB) allows a handful of entries, never the 3.7 GB it claims
    const budget = Math.max(
      IMPORT_LIMITS.zipRatioFloorBytes,
      IMPORT_LIMITS.zipRatio * bytes.length,
    );
    expect(read).toBe(Math.floor(budget / (63 * MiB)));
    expect(read).toBeLessThan(10);
    expect(zip.stopped()).toMatch(
      /the zip unpacks to more than \d+ MB \(at most 100 times its own size/,
    );
    expect(zip.read("bomb/59.gpx")).toEqual({ error: expect.stringMatching(/^not read: /) });
  });

  it("reads a stored entry and a deflated one, and says what a damaged entry is", () => {
    const zip = openZip(
      rawZip([
        { name: "a.gpx", data: GOOD, method: 0, declaredSize: GOOD.length },
        { name: "b.gpx", data: deflateRawSync(GOOD), method: 8, declaredSize: GOOD.length },
        {
          name: "c.gpx",
          data: deflateRawSync(GOOD).subarray(0, 100),
          method: 8,
          declaredSize: GOOD.length,
        },
      ]),
    );
    expect(zip.read("a.gpx")).toEqual(GOOD);
    expect(zip.read("b.gpx")).toEqual(GOOD);
    expect(zip.read("c.gpx")).toEqual({
      error: "damaged zip entry (its compressed data is cut short or corrupt)",
    });
  });
});

describe.each(ENGINES)("zip archive bounds through the upload path on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, "u");
  });
  afterAll(() => t.dispose());

  it("refuses an archive of 65,000 entries without reading them", async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 65_000; i++) entries[`a/${i}.gpx`] = new Uint8Array(0);
    const bytes = zipSync(entries, { level: 0 });
    const summary = await importBuffers(t.database, "u", [{ name: "many.zip", bytes }]);
    expect(summary.files).toHaveLength(1);
    expect(summary.files[0]).toMatchObject({ file: "many.zip", status: "failed" });
    expect(summary.files[0]!.reason).toMatch(/more than 20,000 files/);
  });

  it("imports the good entry of a bomb, fails the liars by name and stops the rest", async () => {
    const bytes = rawZip([
      { name: "good.gpx", data: deflateRawSync(GOOD), method: 8, declaredSize: GOOD.length },
      ...Array.from({ length: 60 }, (_, i) => ({
        name: `bomb/${i}.gpx`,
        data: ZEROS_63,
        method: 8 as const,
        declaredSize: 1000,
      })),
    ]);
    const summary = await importBuffers(t.database, "u", [{ name: "bomb.zip", bytes }], {
      now: new Date("2026-12-04T12:00:00Z"),
    });
    expect(summary.files[0]).toMatchObject({ file: "bomb.zip/good.gpx", status: "imported" });
    const stop = summary.files.at(-1)!;
    expect(stop).toMatchObject({ file: "bomb.zip", status: "failed" });
    expect(stop.reason).toMatch(/^stopped after \d+ file\(s\): the zip unpacks to more than/);
    // each entry read before the stop has its own result naming it
    for (const f of summary.files.slice(1, -1)) {
      expect(f.file).toMatch(/^bomb\.zip\/bomb\/\d+\.gpx$/);
      expect(f.status).toBe("failed");
    }
    expect(summary.files.length).toBeLessThan(10);
  });
});

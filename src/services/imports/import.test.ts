/**
 * The import service against a real SQLite journal: storing, run typing against recent
 * runs, duplicates (same file, and the same run as FIT and TCX), bad batches, and the
 * load report and today's shaping built from what was stored.
 */
import path from "node:path";
import { tmpdir } from "node:os";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "../../core/errors.js";
import type { Activity } from "../../core/activity.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { LOCAL_USER_ID, ensureUser, runsRepository } from "../../store/index.js";
import { fitOf, syntheticRun, tcxOf } from "../../import/test-support/generate.js";
import {
  FIXTURES,
  REQUIRE_ALL,
  hasSamples,
  samplePath,
} from "../../import/test-support/samples.js";
import { importBuffers, importPaths } from "./import.js";
import { listRunsWithLoad, loadReport, todayLoadShaping } from "./load.js";

const sample = samplePath;
// A 10 km run without heart rate, written by the tests as FIT and TCX (the same activity).
const RUN = syntheticRun({ start: "2014-10-11T12:00:00Z", km: 10, minutes: 37, heartRate: false });
let files: string;
const generated = (name: string) => path.join(files, name);
beforeAll(() => {
  files = mkdtempSync(path.join(tmpdir(), "limber-import-files-"));
  writeFileSync(generated("run.fit"), fitOf(RUN));
  writeFileSync(generated("run.tcx"), tcxOf(RUN));
});
afterAll(() => rmSync(files, { recursive: true, force: true }));
const U = LOCAL_USER_ID;

describe.each(ENGINES)("import service on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
  });
  afterEach(() => t.dispose());

  it("stores a FIT run once: the second import of the file is a duplicate", async () => {
    const first = await importPaths(t.database, U, [generated("run.fit")]);
    expect(first.counts).toMatchObject({ imported: 1 });
    expect(first.files[0]!.runIds).toHaveLength(1);
    const again = await importPaths(t.database, U, [generated("run.fit")]);
    expect(again.files[0]).toMatchObject({
      status: "duplicate",
      duplicateOf: first.files[0]!.runIds,
    });
    expect(await runsRepository(t.database).listRuns(U)).toHaveLength(1);
  });

  it("recognises a run as FIT and as TCX as one run", async () => {
    await importPaths(t.database, U, [generated("run.fit")]);
    const tcx = await importPaths(t.database, U, [generated("run.tcx")]);
    expect(tcx.files[0]!.status).toBe("duplicate");
    expect(await runsRepository(t.database).listRuns(U)).toHaveLength(1);
  });

  it.for(["10kUNLP2014-Garmin15", "6860622783"])(
    "recognises %s as FIT and as TCX as one run (extended corpus)",
    async (name, ctx) => {
      if (!hasSamples(`fit/${name}.fit`, `tcx/${name}.tcx`) && !REQUIRE_ALL)
        ctx.skip("extended corpus not present");
      await importPaths(t.database, U, [sample(`fit/${name}.fit`)]);
      const tcx = await importPaths(t.database, U, [sample(`tcx/${name}.tcx`)]);
      expect(tcx.files[0]!.status).toBe("duplicate");
      expect(await runsRepository(t.database).listRuns(U)).toHaveLength(1);
    },
  );

  it("types each run and records the RPE used for load", async () => {
    await importPaths(t.database, U, [
      generated("run.fit"),
      sample("fit/activity-small-fenix2-run.fit"),
    ]);
    const runs = await runsRepository(t.database).listRuns(U);
    for (const r of runs) {
      expect(r.classification?.reasons.length).toBeGreaterThan(0);
      expect(r.rpe).toBeGreaterThanOrEqual(1);
      expect(r.rpeEstimated).toBe(true);
    }
    // the fenix run has heart rate: its RPE comes from heart-rate reserve (154 bpm, defaults 60/190)
    // (154 - 60) / 130 = 0.723 -> 1 + 0.423 / 0.07 = 7.04 -> 7
    expect(runs.find((r) => r.activity.avgHeartRate === 154)?.rpe).toBe(7);
  });

  it("a missing path is bad input and nothing is imported", async () => {
    await expect(
      importPaths(t.database, U, [generated("run.fit"), "/no/such/file.fit"]),
    ).rejects.toThrow(InputError);
    expect(await runsRepository(t.database).listRuns(U)).toHaveLength(0);
  });

  it("a batch of every bad file plus a good one imports the good one", async () => {
    const bad = readdirSync(path.join(FIXTURES, "bad")).map((n) => path.join(FIXTURES, "bad", n));
    const s = await importPaths(t.database, U, [...bad, sample("fit/2013-02-06-12-11-14.fit")]);
    expect(s.files).toHaveLength(bad.length + 1);
    expect(s.files.at(-1)!.status).toBe("imported");
    for (const f of s.files)
      if (f.status === "failed" || f.status === "skipped") expect(f.reason).toBeTruthy();
  });

  it("walks a folder and reads uploads (zips included)", async () => {
    const s = await importPaths(t.database, U, [path.join(FIXTURES, "gpx")]);
    expect(s.files.length).toBe(readdirSync(path.join(FIXTURES, "gpx")).length);
    const { zipSync } = await import("fflate");
    const zip = zipSync({ "a/run.tcx": new Uint8Array(readFileSync(sample("tcx/test.tcx"))) });
    const up = await importBuffers(t.database, U, [
      { name: "upload.zip", bytes: zip },
      { name: "x.txt", bytes: new TextEncoder().encode("hello") },
    ]);
    expect(up.files.map((f) => f.status)).toEqual(["imported", "failed"]);
    expect(up.files[1]!.reason).toMatch(/not a FIT, GPX or TCX/);
  });

  it("imports a Strava export folder from its CSV when the files are missing", async () => {
    const s = await importPaths(t.database, U, [sample("strava/export_2023_10_25")]);
    expect(s.files).toHaveLength(1122);
    // Three rows with an elapsed time of 9 to 84 days (a watch left paused) are refused by
    // name, as `restore` would refuse them: an import stores only what a backup brings back.
    expect(s.counts.imported).toBe(1030);
    expect(
      s.files.filter((f) =>
        /duration \(seconds\): must be a number from 0 to 604800/.test(f.reason ?? ""),
      ),
    ).toHaveLength(3);
    expect(s.files.find((f) => f.status === "imported")!.partial?.[0]).toMatch(/not in the export/);
    const again = await importPaths(t.database, U, [sample("strava/export_2023_10_25")]);
    expect(again.counts.imported).toBe(0);
    expect(again.counts.duplicate).toBe(1030);
  }, 120_000);
});

/** A plain manual-style run at `day` 07:00 UTC. */
function run(day: string, minutes: number, over: Partial<Activity> = {}): Activity {
  return {
    sport: "run",
    startTime: `${day}T07:00:00.000Z`,
    elapsedSeconds: minutes * 60,
    movingSeconds: minutes * 60,
    distanceMeters: minutes * 180,
    laps: [],
    source: { kind: "manual" },
    ...over,
  };
}

describe("load from the journal", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase("sqlite");
    await ensureUser(t.database, U);
  });
  afterEach(() => t.dispose());

  it("a spike lightens today's session and says why; a quiet month does not", async () => {
    const repo = runsRepository(t.database);
    // 4 weeks of 40 min at RPE 4 every other day, then a week of 90 min at RPE 7 every day
    const start = Date.parse("2024-02-01T00:00:00Z");
    for (let d = 0; d < 28; d += 2) {
      const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      await repo.insertRun(U, { activity: run(day, 40), rpe: 4, rpeEstimated: false });
    }
    const now = new Date("2024-03-07T20:00:00Z"); // the 7 days to now are Mar 1-7
    const quiet = await todayLoadShaping(t.database, U, new Date("2024-02-28T20:00:00Z"));
    expect(quiet.lighten).toBeUndefined();
    for (let d = 29; d <= 35; d++) {
      const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      await repo.insertRun(U, {
        activity: run(day, 90),
        rpe: 7,
        rpeEstimated: false,
        typeOverride: "long",
      });
    }
    const shaping = await todayLoadShaping(t.database, U, now);
    expect(shaping.run).toBe("long");
    expect(shaping.lighten?.reason).toBe("load-spike");
    expect(shaping.reasons).toEqual(expect.arrayContaining(["L8", "L9"]));
    // acute: 7 runs x 90 min x RPE 7 = 4410
    const report = await loadReport(t.database, U, { weeks: 6, now });
    expect(report.state.acute).toBe(4410);
    expect(report.weeks).toHaveLength(6);
    expect(report.weeks.at(-1)!.load).toBe(4410);
    expect(report.heartRate.source).toBe("default");
    const lines = await listRunsWithLoad(t.database, U);
    expect(lines.at(-1)).toMatchObject({
      type: "long",
      typeSource: "runner",
      load: 630,
      rpe: 7,
      rpeEstimated: false,
    });
  });

  it("weeks must be 1-104", async () => {
    await expect(loadReport(t.database, U, { weeks: 0 })).rejects.toThrow(
      /weeks: must be a whole number from 1 to 104/,
    );
  });
});

/**
 * `limber import`, `limber runs` and `limber load` in-process against a real SQLite
 * journal in a temp folder, with the sample activity files in place.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fitOf, syntheticRun, tcxOf } from "../../import/test-support/generate.js";
import { samplePath } from "../../import/test-support/samples.js";
import { limber as runLimber, type Captured } from "./test-support/in-process.js";
import { sparkline } from "./load.js";

const sample = samplePath;
// A 10 km run in 37 min without heart rate, written by the tests as FIT and TCX.
const RUN = syntheticRun({ start: "2014-10-11T12:00:00Z", km: 10, minutes: 37, heartRate: false });
let files: string;
const generated = (name: string) => path.join(files, name);
beforeAll(() => {
  files = mkdtempSync(path.join(tmpdir(), "limber-import-files-"));
  writeFileSync(generated("10k.fit"), fitOf(RUN));
  writeFileSync(generated("10k.tcx"), tcxOf(RUN));
  writeFileSync(generated("empty.fit"), new Uint8Array(0));
});
afterAll(() => rmSync(files, { recursive: true, force: true }));

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "limber-import-cli-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `limber ...args` in-process and collects what it printed. */
function limber(...args: string[]): Promise<Captured> {
  return runLimber({ LIMBER_DATA_DIR: dataDir }, args, { now: new Date("2014-10-20T08:00:00Z") });
}

describe("limber import", () => {
  it("prints one line per file and a total; a bad file does not stop the batch", async () => {
    const r = await limber(
      "import",
      generated("10k.fit"),
      generated("empty.fit"),
      sample("gpx/route.gpx"),
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^imported .*10k\.fit: run 10\.00 km 37 min on 2014-10-1[01] \d\d:\d\d$/m,
    );
    expect(r.out).toMatch(/^failed .*empty\.fit: the file is empty$/m);
    expect(r.out).toMatch(/^skipped .*route\.gpx: a planned route/m);
    expect(r.out).toMatch(
      /3 file\(s\): 1 imported, 0 duplicate, 1 skipped, 1 failed; 1 activity added\./,
    );
  });

  it("--json: the same activity as TCX afterwards is a duplicate", async () => {
    await limber("import", generated("10k.fit"));
    const r = await limber("import", "--json", generated("10k.tcx"));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as {
      counts: Record<string, number>;
      files: { status: string; reason: string }[];
    };
    expect(doc.counts).toEqual({ imported: 0, duplicate: 1, skipped: 0, failed: 0 });
    expect(doc.files[0]!.reason).toMatch(/already in the journal/);
  });

  it("leaves out a run the runner deleted, says so, and --include-deleted brings it back", async () => {
    await limber("import", generated("10k.fit"));
    expect((await limber("runs", "delete", "last", "--yes")).code).toBe(0);

    const again = await limber("import", generated("10k.fit"), generated("10k.tcx"));
    expect(again.code).toBe(0);
    expect(again.out).toMatch(
      /^skipped .*10k\.fit: you deleted it before \(on 2014-10-(19|20)\)$/m,
    );
    expect(again.out).toMatch(/^skipped .*10k\.tcx: you deleted it before/m);
    expect(again.out).toMatch(
      /2 file\(s\): 0 imported, 0 duplicate, 2 skipped, 0 failed; 0 activities added\.\n2 runs you deleted before were left out \(limber import --include-deleted brings them back\)\.\n?$/,
    );
    const json = JSON.parse((await limber("import", "--json", generated("10k.fit"))).out) as {
      activitiesDeletedBefore: number;
      files: { deletedBefore?: string[] }[];
    };
    expect(json.activitiesDeletedBefore).toBe(1);
    expect(json.files[0]!.deletedBefore).toEqual(["2014-10-20T08:00:00.000Z"]);
    expect((await limber("import", generated("10k.tcx"))).out).toContain(
      "\n1 run you deleted before was left out (limber import --include-deleted brings it back).",
    );

    const back = await limber("import", "--include-deleted", generated("10k.fit"));
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/^imported .*10k\.fit: run 10\.00 km/m);
    expect(back.out).not.toMatch(/you deleted/);
    // brought back, it is stored again: the next import finds it in the journal
    const after = await limber("import", generated("10k.tcx"));
    expect(after.out).toMatch(/^duplicate .*10k\.tcx: already in the journal/m);
    expect(after.out).not.toMatch(/you deleted/);
  });

  it("a missing path or no path is bad input: exit 2, one line", async () => {
    const r = await limber("import", "/no/such/run.fit");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe("limber: PATH: no such file or folder: /no/such/run.fit");
    expect((await limber("import")).code).toBe(2);
  });
});

describe("limber runs and limber load", () => {
  it("lists runs with type and load, and takes the runner's own type", async () => {
    await limber("import", generated("10k.fit"));
    const list = await limber("runs", "--json");
    const runs = JSON.parse(list.out) as {
      id: string;
      type: string;
      load: number;
      distanceKm: number;
    }[];
    expect(runs).toHaveLength(1);
    expect(runs[0]!.distanceKm).toBeCloseTo(10, 2);
    expect(runs[0]!.load).toBeGreaterThan(0);
    const set = await limber("runs", "set-type", runs[0]!.id, "race");
    expect(set.code).toBe(0);
    const table = await limber("runs");
    expect(table.out).toMatch(/^2014-10-11\s+race\*\s+10\.00 km\s+37:00\s+3:42\/km/m);
    expect((await limber("runs", "set-type", runs[0]!.id, "sprint")).code).toBe(2);
  });

  it("prints the weekly table, the chart and today's state; --weeks is checked", async () => {
    await limber("import", generated("10k.fit"));
    const r = await limber("load", "--weeks", "4");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^week\s+load AU\s+sessions\s+run km\s+fitness AU\/day\s+fatigue AU\/day\s+form AU\/day$/m,
    );
    // plain sentences first; under 42 days of recent training, no form figure
    expect(r.out).toMatch(/^Today \(\d{4}-\d{2}-\d{2}\): 0 AU of training load in the last 7 days/);
    expect(r.out).not.toMatch(/Form \(fitness minus fatigue\) is/);
    // The run was nine days ago: the two weeks before it are left out, and it says so.
    expect(r.out.match(/^\d{4}-\d{2}-\d{2} - /gm)).toHaveLength(2);
    expect(r.out).toContain("\nWeeks before your first activity are left out.\n");
    expect(r.out).toMatch(/^load {5}[▁-█]{2}$/m);
    expect(r.out).toMatch(/Not enough recent history/);
    const json = JSON.parse((await limber("load", "--weeks", "4", "--json")).out) as {
      weeks: unknown[];
      state: { acute: number; chronic: number };
    };
    expect(json.weeks).toHaveLength(4);
    // one 37-minute run at an estimated RPE 3 nine days ago: 111 AU, none in the last 7 days
    expect(json.state).toMatchObject({ acute: 0, chronic: 27.8 });
    const bad = await limber("load", "--weeks", "0");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--weeks: must be a whole number from 1 to 104/);
  });

  it("sparkline scales from lowest to highest", () => {
    expect(sparkline([0, 5, 10])).toBe("▁▅█");
    expect(sparkline([3, 3])).toBe("▄▄");
  });
});

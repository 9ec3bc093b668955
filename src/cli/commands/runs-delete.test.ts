/**
 * `limber runs delete ID|last`, in-process against a real SQLite journal in a temp folder:
 * it names the run in the runner's time zone and units, deletes only with --yes when no one
 * is at a terminal, and the run leaves `limber runs` and the load.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openLocalJournal } from "../../services/journal/open.js";
import { runsRepository } from "../../store/index.js";
import { sampleRun } from "../../store/test-support/fixtures.js";
import { limber as runLimber, type Captured } from "./test-support/in-process.js";

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "limber-runs-delete-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function limber(...args: string[]): Promise<Captured> {
  return runLimber({ LIMBER_DATA_DIR: dataDir }, args, { now: new Date("2026-11-20T18:00:00Z") });
}

/**
 * A runner in Auckland (UTC+13 in November) with three imported runs, stored out of order:
 * "newest" starts last (late on 19 November UTC, the 20th in Auckland), "middle" was imported last.
 */
async function seed(): Promise<void> {
  expect((await limber("profile", "--tz", "Pacific/Auckland", "--equipment", "none")).code).toBe(0);
  const { database, userId } = await openLocalJournal({ LIMBER_DATA_DIR: dataDir });
  try {
    const runs = runsRepository(database);
    const add = (id: string, start: string, meters: number, hash: string) =>
      runs.insertRun(userId, {
        ...sampleRun(start, meters, {
          source: { kind: "fit", fileName: `${id}.fit`, fileHash: hash },
        }),
        id,
      });
    await add("oldest", "2026-11-10T18:00:00Z", 8000, "h1");
    await add("newest", "2026-11-19T13:00:00Z", 12_000, "h2");
    await add("middle", "2026-11-15T18:00:00Z", 10_000, "h3");
  } finally {
    await database.close();
  }
}

const listed = async () =>
  (JSON.parse((await limber("runs", "--json")).out) as { id: string; load: number }[]).map(
    (r) => r.id,
  );

describe("limber runs delete", () => {
  it("deletes the run that started last, named in the runner's zone, and it leaves the list", async () => {
    await seed();
    expect((await limber("load", "--json")).out).toContain('"newest"');
    const r = await limber("runs", "delete", "last", "--yes");
    expect(r.code, r.err).toBe(0);
    // 13:00 UTC on the 19th is the 20th in Auckland; the run's own figures, in words.
    expect(r.out).toBe(
      "Deleted the easy run of 2026-11-20 (59:10, 12.00 km); your training load no longer counts it.\n",
    );
    expect(await listed()).toEqual(["oldest", "middle"]);
    const load = await limber("load", "--json");
    expect(load.out).not.toContain('"newest"');
  });

  it("deletes by id, in the units asked for, and --json says which run went", async () => {
    await seed();
    const miles = await limber("runs", "delete", "oldest", "--yes", "--units", "imperial");
    expect(miles.out).toMatch(/^Deleted the easy run of 2026-11-11 \(59:10, 4\.97 mi\)/);
    const json = await limber("runs", "delete", "middle", "--yes", "--json");
    expect(json.code, json.err).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({
      ok: true,
      id: "middle",
      run: { id: "middle", date: "2026-11-16", distanceKm: 10, type: "easy" },
    });
    expect(await listed()).toEqual(["newest"]);
  });

  it("needs --yes when no one is at a terminal, and deletes nothing without it", async () => {
    await seed();
    const r = await limber("runs", "delete", "last");
    expect(r.code).toBe(2);
    expect(r.err).toBe("limber: --yes: is required to delete a run when not at a terminal\n");
    expect(await listed()).toEqual(["oldest", "middle", "newest"]);
  });

  it("names the id when there is no such run, or no run at all", async () => {
    const none = await limber("runs", "delete", "last", "--yes");
    expect(none.code).toBe(2);
    expect(none.err).toBe("limber: id: there is no run in the journal yet\n");
    await seed();
    const unknown = await limber("runs", "delete", "nope", "--yes");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^limber: id: no run with id nope \(see `limber runs`\)/);
    const missing = await limber("runs", "delete", "--yes");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/missing required argument 'id'/);
    expect(await listed()).toHaveLength(3);
  });

  it("leaves a planned run to `limber plan delete`", async () => {
    await seed();
    const plan = await limber(
      "run",
      "plan",
      "--date",
      "2026-11-25",
      "--type",
      "tempo",
      "--minutes",
      "50",
      "--json",
    );
    expect(plan.code, plan.err).toBe(0);
    const id = (JSON.parse(plan.out) as { id: string }).id;
    const r = await limber("runs", "delete", id, "--yes");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^limber: id: no run with id/);
  });

  it("the help of `runs` and of `runs delete` say how and what a delete does", async () => {
    const runs = await limber("runs", "--help");
    expect(runs.out).toMatch(/limber runs delete ID\|last/);
    const del = await limber("runs", "delete", "--help");
    expect(del.code).toBe(0);
    expect(del.out).toMatch(/--yes\s+delete without asking/);
    expect(del.out).toMatch(/Its load leaves your training load/);
    expect(del.out).toMatch(/limber plan delete ID/);
  });
});

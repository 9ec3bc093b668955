/**
 * The import service and the runs the runner deleted: a deleted imported run stays out of
 * every later import of its file or of another file of the same activity, counted apart
 * from duplicates with the day it was deleted; `includeDeleted` brings it back.
 */
import path from "node:path";
import { tmpdir } from "node:os";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { LOCAL_USER_ID, ensureUser, profileRepository, runsRepository } from "../../store/index.js";
import { fitOf, syntheticRun, tcxOf } from "../../import/test-support/generate.js";
import { deleteRun } from "../journal/runs.js";
import { importBuffers, importPaths } from "./import.js";

// A walk recorded as a run, as FIT and as TCX (the same activity), and a real run after it.
const WALK = syntheticRun({ start: "2026-10-11T12:00:00Z", km: 4, minutes: 50, heartRate: false });
const RUN = syntheticRun({ start: "2026-10-12T07:00:00Z", km: 10, minutes: 50, heartRate: false });
const DELETED_AT = new Date("2026-11-21T12:00:00.000Z");
const NOW = new Date("2026-11-25T12:00:00.000Z");
let files: string;
const file = (name: string) => path.join(files, name);
beforeAll(() => {
  files = mkdtempSync(path.join(tmpdir(), "limber-import-deleted-"));
  writeFileSync(file("walk.fit"), fitOf(WALK));
  writeFileSync(file("walk.tcx"), tcxOf(WALK));
  writeFileSync(file("run.fit"), fitOf(RUN));
});
afterAll(() => rmSync(files, { recursive: true, force: true }));
const U = LOCAL_USER_ID;

describe.each(ENGINES)("importing runs the runner deleted, on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
    // 12:00 UTC on 21 November is already the 22nd in Auckland, where the runner lives
    await profileRepository(t.database).saveProfile(U, {
      name: "Ana",
      units: "metric",
      timeZone: "Pacific/Auckland",
      equipment: [],
      previousInjuries: [],
      goals: [],
    });
    // imported once, then deleted by the runner
    const first = await importPaths(t.database, U, [file("walk.fit")], { now: NOW });
    const [id] = first.files[0]!.runIds!;
    await deleteRun(t.database, U, id!, { now: DELETED_AT });
  });
  afterEach(() => t.dispose());

  it("leaves the deleted run out of a re-import and counts it apart from duplicates", async () => {
    const again = await importPaths(t.database, U, [file("walk.fit"), file("run.fit")], {
      now: NOW,
    });
    expect(again.activitiesStored).toBe(1);
    expect(again.activitiesDuplicate).toBe(0);
    expect(again.activitiesDeletedBefore).toBe(1);
    expect(again.counts).toMatchObject({ imported: 1, skipped: 1, duplicate: 0 });
    const walk = again.files.find((f) => f.file.endsWith("walk.fit"));
    expect(walk).toMatchObject({
      status: "skipped",
      reason: "you deleted it before (on 2026-11-22)",
      deletedBefore: ["2026-11-21T12:00:00.000Z"],
    });
    expect(walk?.runIds).toBeUndefined();
    const stored = await runsRepository(t.database).listRuns(U);
    expect(stored.map((r) => r.activity.startTime)).toEqual(["2026-10-12T07:00:00.000Z"]);
  });

  it("leaves out the same activity from another file, and from an upload", async () => {
    const tcx = await importPaths(t.database, U, [file("walk.tcx")], { now: NOW });
    expect(tcx.files[0]).toMatchObject({ status: "skipped", deletedBefore: [expect.any(String)] });
    const upload = await importBuffers(
      t.database,
      U,
      [{ name: "walk.fit", bytes: readFileSync(file("walk.fit")) }],
      { now: NOW },
    );
    expect(upload.activitiesDeletedBefore).toBe(1);
    expect(await runsRepository(t.database).listRuns(U)).toEqual([]);
  });

  it("brings it back with includeDeleted, after which it is an ordinary stored run", async () => {
    const back = await importPaths(t.database, U, [file("walk.fit")], {
      now: NOW,
      includeDeleted: true,
    });
    expect(back.files[0]).toMatchObject({ status: "imported", runIds: [expect.any(String)] });
    expect(back.files[0]!.deletedBefore).toBeUndefined();
    expect(back.activitiesDeletedBefore).toBe(0);
    const again = await importPaths(t.database, U, [file("walk.tcx")], { now: NOW });
    expect(again.files[0]).toMatchObject({
      status: "duplicate",
      duplicateOf: back.files[0]!.runIds,
    });
    expect(again.activitiesDeletedBefore).toBe(0);
  });
});

/**
 * A run from a file that the runner deleted stays out of later imports, on every engine:
 * the same file, or the same activity from another file, is left out with the day it was
 * deleted; a run entered by hand leaves nothing behind; `includeDeleted` stores it and
 * forgets the deletion; one runner's deletions never touch another's imports.
 */
import { describe, expect, it } from "vitest";
import { withTransaction } from "../transaction.js";
import { ENGINES, databaseForEachTest } from "../test-support/databases.js";
import { sampleRun } from "../test-support/fixtures.js";
import { runsRepository, storedRunId } from "./runs.js";

const DELETED_AT = new Date("2026-11-21T08:00:00.000Z");
/** The run of a watch file, as an import stores it. */
const FROM_WATCH = sampleRun("2026-11-10T07:00:00Z", 10_000, {
  source: { kind: "fit", fileName: "glitch.fit", fileHash: "f1", index: 0 },
});

describe.each(ENGINES)("remembered deletions on %s", (engine) => {
  const t = databaseForEachTest(engine, ["u1", "u2"]);

  async function remembered(userId: string) {
    return t.database.db
      .selectFrom("deleted_runs")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("deleted_at")
      .execute();
  }

  /** Imports `record` and deletes it again, as the runner would. */
  async function importThenDelete(
    record = FROM_WATCH,
    now = DELETED_AT,
    opts: { checkDuplicates?: boolean } = {},
  ): Promise<void> {
    const runs = runsRepository(t.database);
    const id = storedRunId(await runs.insertRun("u1", record, opts));
    expect(await runs.deleteRun("u1", id, { now })).toBe(true);
  }

  it("remembers what identifies a deleted imported run, and nothing else", async () => {
    await importThenDelete();
    expect(await remembered("u1")).toEqual([
      {
        id: expect.any(String),
        user_id: "u1",
        source_file_hash: "f1",
        source_index: 0,
        sport: "run",
        start_time: "2026-11-10T07:00:00.000Z",
        distance_meters: 10_000,
        deleted_at: "2026-11-21T08:00:00.000Z",
      },
    ]);
  });

  it("leaves the same file out of a later import, and says when it was deleted", async () => {
    await importThenDelete();
    const runs = runsRepository(t.database);
    expect(await runs.insertRun("u1", FROM_WATCH)).toEqual({
      deletedBefore: "2026-11-21T08:00:00.000Z",
    });
    expect(await runs.listRuns("u1")).toEqual([]);
  });

  it("leaves out the same activity from another file (a TCX of the same run)", async () => {
    await importThenDelete();
    const runs = runsRepository(t.database);
    const tcx = sampleRun("2026-11-10T07:00:40Z", 10_200, {
      source: { kind: "tcx", fileHash: "t9" },
    });
    expect((await runs.insertRun("u1", tcx)).deletedBefore).toBe("2026-11-21T08:00:00.000Z");
    // 61 s later, or another sport, is another activity: stored.
    const later = sampleRun("2026-11-10T07:01:01Z", 10_000, {
      source: { kind: "tcx", fileHash: "t10" },
    });
    expect((await runs.insertRun("u1", later)).id).toEqual(expect.any(String));
    const ride = sampleRun("2026-11-10T07:00:00Z", 10_000, {
      sport: "cycling",
      source: { kind: "gpx", fileHash: "g1" },
    });
    expect((await runs.insertRun("u1", ride)).id).toEqual(expect.any(String));
    expect(await runs.listRuns("u1")).toHaveLength(2);
  });

  it("remembers nothing for a run entered by hand, so entering it again stores it", async () => {
    const byHand = sampleRun("2026-11-10T07:00:00Z", 10_000, { source: { kind: "manual" } });
    await importThenDelete(byHand);
    expect(await remembered("u1")).toEqual([]);
    const again = await runsRepository(t.database).insertRun("u1", byHand);
    expect(again.id).toEqual(expect.any(String));
    expect(again.deletedBefore).toBeUndefined();
  });

  it("does not leave a hand-entered run out for a deleted import of the same activity", async () => {
    await importThenDelete();
    const byHand = sampleRun("2026-11-10T07:00:00Z", 10_000, { source: { kind: "manual" } });
    expect((await runsRepository(t.database).insertRun("u1", byHand)).id).toEqual(
      expect.any(String),
    );
  });

  it("includeDeleted stores it again and forgets every deletion of that activity", async () => {
    // deleted twice: the FIT file, then a TCX of the same run (stored as is, as a restore would)
    await importThenDelete();
    await importThenDelete(
      sampleRun("2026-11-10T07:00:30Z", 10_100, { source: { kind: "tcx", fileHash: "t9" } }),
      new Date("2026-11-22T08:00:00.000Z"),
      { checkDuplicates: false },
    );
    // an unrelated deletion stays remembered
    await importThenDelete(
      sampleRun("2026-11-12T07:00:00Z", 5_000, { source: { kind: "gpx", fileHash: "g2" } }),
    );
    expect(await remembered("u1")).toHaveLength(3);

    const runs = runsRepository(t.database);
    const back = await runs.insertRun("u1", FROM_WATCH, { includeDeleted: true });
    expect(back.id).toEqual(expect.any(String));
    expect((await runs.listRuns("u1")).map((r) => r.id)).toEqual([back.id]);
    expect((await remembered("u1")).map((d) => d.source_file_hash)).toEqual(["g2"]);
    // From now on it is an ordinary stored run: importing it again finds it stored.
    expect(await runs.insertRun("u1", FROM_WATCH)).toEqual({ id: back.id, duplicateOf: back.id });
  });

  it("never lets one runner's deletions touch another runner's imports", async () => {
    await importThenDelete();
    const runs = runsRepository(t.database);
    const theirs = await runs.insertRun("u2", FROM_WATCH);
    expect(theirs.id).toEqual(expect.any(String));
    expect(await runs.listRuns("u2")).toHaveLength(1);
    // and u2 bringing "it" back forgets nothing of u1's
    await runs.insertRun(
      "u2",
      sampleRun("2026-11-10T07:00:10Z", 10_000, { source: { kind: "tcx", fileHash: "t1" } }),
      { includeDeleted: true },
    );
    expect(await remembered("u1")).toHaveLength(1);
  });

  it("restores and stores as is without either check", async () => {
    await importThenDelete();
    const runs = runsRepository(t.database);
    expect((await runs.insertRun("u1", FROM_WATCH, { checkDuplicates: false })).id).toEqual(
      expect.any(String),
    );
    const restored = {
      ...sampleRun("2026-11-10T07:00:30Z", 10_100, { source: { kind: "tcx", fileHash: "t9" } }),
      id: "restored",
      createdAt: "2026-11-10T08:00:00.000Z",
    };
    await runs.insertRunsAsIs("u1", [restored]);
    expect(await runs.listRuns("u1")).toHaveLength(2);
    // neither forgets the deletion: only includeDeleted does
    expect(await remembered("u1")).toHaveLength(1);
  });

  it("undoes the remembered deletion with the delete when the transaction fails", async () => {
    const runs = runsRepository(t.database);
    const id = storedRunId(await runs.insertRun("u1", FROM_WATCH));
    await expect(
      withTransaction(t.database, async (tx) => {
        expect(await runsRepository(tx).deleteRun("u1", id, { now: DELETED_AT })).toBe(true);
        throw new Error("the write after it failed");
      }),
    ).rejects.toThrow("the write after it failed");
    expect(await remembered("u1")).toEqual([]);
    expect(await runs.getRun("u1", id)).not.toBeNull();
  });
});

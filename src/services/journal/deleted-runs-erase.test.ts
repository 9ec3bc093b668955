/**
 * The runs a runner deleted (remembered so imports leave them out) go wherever the journal
 * goes: forget-me erases them, a restore that replaces the journal clears them (the restored
 * journal is the new truth), and an export does not carry them (it holds the journal's
 * records only, so its format is unchanged).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { runsRepository, storedRunId, type Database } from "../../store/index.js";
import { ENGINES, databaseForEachTest } from "../../store/test-support/databases.js";
import { sampleRun } from "../../store/test-support/fixtures.js";
import { exportJournal, restoreJournal } from "./export.js";
import { forgetMe } from "./forget.js";
import { deleteRun } from "./runs.js";

const NOW = new Date("2026-11-20T18:00:00Z");
const GLITCH = sampleRun("2026-11-10T07:00:00Z", 31_000, {
  source: { kind: "fit", fileName: "glitch.fit", fileHash: "glitch-hash-7f3a", index: 0 },
});
const KEPT = sampleRun("2026-11-12T07:00:00Z", 10_000, {
  source: { kind: "fit", fileName: "kept.fit", fileHash: "kept-hash", index: 0 },
});

describe.each(ENGINES)("erasing remembered deletions on %s", (engine) => {
  const t = databaseForEachTest(engine, ["u1", "u2"]);
  beforeEach(async () => {
    for (const u of ["u1", "u2"]) {
      const runs = runsRepository(t.database);
      await runs.insertRun(u, KEPT);
      await deleteRun(t.database, u, storedRunId(await runs.insertRun(u, GLITCH)), { now: NOW });
    }
  });

  const remembered = (db: Database, userId: string) =>
    db.db
      .selectFrom("deleted_runs")
      .select("source_file_hash")
      .where("user_id", "=", userId)
      .execute();

  it("forget-me erases the runner's, and only theirs", async () => {
    expect(await remembered(t.database, "u1")).toHaveLength(1);
    await forgetMe(t.database, "u1", { keepUser: true });
    expect(await remembered(t.database, "u1")).toEqual([]);
    expect(await remembered(t.database, "u2")).toEqual([{ source_file_hash: "glitch-hash-7f3a" }]);
  });

  it("an export does not carry them, and a restore that replaces the journal clears them", async () => {
    const doc = await exportJournal(t.database, "u1", { now: NOW });
    const text = JSON.stringify(doc);
    expect(text).toContain("kept-hash");
    expect(text).not.toContain("glitch-hash-7f3a");

    await restoreJournal(t.database, "u1", JSON.parse(text), {
      replace: true,
      now: NOW,
    });
    expect(await remembered(t.database, "u1")).toEqual([]);
    expect(await remembered(t.database, "u2")).toHaveLength(1);
    // so the next import stores it again
    expect((await runsRepository(t.database).insertRun("u1", GLITCH)).id).toEqual(
      expect.any(String),
    );
  });
});

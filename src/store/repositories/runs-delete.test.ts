/**
 * Deleting a done run on every engine: only the owner's, never a planned one, with the load
 * baselines it fed dropped and a comfort rating tied to it kept, all in one transaction.
 */
import { describe, expect, it } from "vitest";
import type { LoadBaseline } from "../../core/load/baseline.js";
import { withTransaction } from "../transaction.js";
import { ENGINES, databaseForEachTest } from "../test-support/databases.js";
import { sampleComfort, sampleRun } from "../test-support/fixtures.js";
import { firstAffectedDay, loadBaselinesRepository } from "./load-baselines.js";
import { runComfortRepository } from "./run-comfort.js";
import { runsRepository, storedRunId } from "./runs.js";

const INPUTS = JSON.stringify({ timeZone: "UTC" });

/** One stored baseline a day, from `from` for `days` days. */
function baselines(from: string, days: number): LoadBaseline[] {
  return Array.from({ length: days }, (_, i) => ({
    asOf: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
    fitness: 40 + i,
    fatigue: 50 + i,
    restDays: 0,
  }));
}

describe.each(ENGINES)("deleting a run on %s", (engine) => {
  const t = databaseForEachTest(engine, ["u1", "u2"]);

  /** The days of the runner's stored baselines, oldest first. */
  async function baselineDays(userId: string): Promise<string[]> {
    const rows = await t.database.db
      .selectFrom("load_baselines")
      .select("as_of")
      .where("user_id", "=", userId)
      .orderBy("as_of")
      .execute();
    return rows.map((r) => r.as_of);
  }

  it("deletes the owner's run only, and says whether there was one", async () => {
    const runs = runsRepository(t.database);
    const id = storedRunId(await runs.insertRun("u1", sampleRun("2026-11-10T07:00:00Z")));
    const kept = storedRunId(
      await runs.insertRun(
        "u1",
        sampleRun("2026-11-12T07:00:00Z", 8000, { source: { kind: "manual" } }),
      ),
    );
    // Another runner cannot delete it, even knowing its id.
    expect(await runs.deleteRun("u2", id)).toBe(false);
    expect(await runs.getRun("u1", id)).not.toBeNull();

    expect(await runs.deleteRun("u1", id)).toBe(true);
    expect(await runs.getRun("u1", id)).toBeNull();
    expect((await runs.listRuns("u1")).map((r) => r.id)).toEqual([kept]);
    expect(await runs.deleteRun("u1", id)).toBe(false);
    expect(await runs.deleteRun("u1", "no-such-run")).toBe(false);
    // The same file is not stored again: the runner deleted it (deleted-runs.test.ts).
    const again = await runs.insertRun("u1", sampleRun("2026-11-10T07:00:00Z"));
    expect(again).toEqual({ deletedBefore: expect.any(String) });
  });

  it("leaves planned runs alone: they have their own delete", async () => {
    const runs = runsRepository(t.database);
    const id = storedRunId(
      await runs.insertRun("u1", {
        ...sampleRun("2026-12-10T07:00:00Z", 10_000, { source: { kind: "manual" } }),
        planned: true,
      }),
    );
    expect(await runs.deleteRun("u1", id)).toBe(false);
    expect(await runs.getRun("u1", id)).toMatchObject({ id, planned: true });
  });

  it("drops the load baselines from the run's day on, and no one else's", async () => {
    const runs = runsRepository(t.database);
    const store = loadBaselinesRepository(t.database);
    const id = storedRunId(await runs.insertRun("u1", sampleRun("2026-11-10T07:00:00Z")));
    // Stored after the insert, as a read of the load would: from 1 to 20 November.
    await store.save("u1", INPUTS, baselines("2026-11-01", 20));
    await store.save("u2", INPUTS, baselines("2026-11-01", 20));

    expect(await runs.deleteRun("u1", id)).toBe(true);
    const first = firstAffectedDay("2026-11-10T07:00:00.000Z");
    expect(first).toBe("2026-11-08");
    // Every baseline that counted the run's load is gone, so the next read recomputes them.
    expect(await baselineDays("u1")).toEqual(
      baselines("2026-11-01", 7).map((b) => b.asOf), // 1-7 November
    );
    expect(await store.latest("u1", INPUTS, "2026-11-20")).toMatchObject({ asOf: "2026-11-07" });
    expect(await baselineDays("u2")).toHaveLength(20);

    // Another user's attempt drops nothing.
    const other = storedRunId(await runs.insertRun("u2", sampleRun("2026-11-15T07:00:00Z")));
    await store.save("u2", INPUTS, baselines("2026-11-01", 20));
    expect(await runs.deleteRun("u1", other)).toBe(false);
    expect(await baselineDays("u2")).toHaveLength(20);
  });

  it("keeps a comfort rating given for the run, no longer tied to it", async () => {
    const runs = runsRepository(t.database);
    const comfort = runComfortRepository(t.database);
    const id = storedRunId(await runs.insertRun("u1", sampleRun("2026-11-10T07:00:00Z")));
    await comfort.insertRunComfort("u1", sampleComfort("k1", "2026-11-10", id));
    await comfort.insertRunComfort("u1", sampleComfort("k2", "2026-11-11"));

    expect(await runs.deleteRun("u1", id)).toBe(true);
    expect(await comfort.listRunComfort("u1")).toEqual([
      sampleComfort("k1", "2026-11-10"),
      sampleComfort("k2", "2026-11-11"),
    ]);
  });

  it("undoes every part of the delete when the transaction it joins fails", async () => {
    const runs = runsRepository(t.database);
    const id = storedRunId(await runs.insertRun("u1", sampleRun("2026-11-10T07:00:00Z")));
    await runComfortRepository(t.database).insertRunComfort(
      "u1",
      sampleComfort("k1", "2026-11-10", id),
    );
    await loadBaselinesRepository(t.database).save("u1", INPUTS, baselines("2026-11-01", 20));

    await expect(
      withTransaction(t.database, async (tx) => {
        expect(await runsRepository(tx).deleteRun("u1", id)).toBe(true);
        throw new Error("the write after it failed");
      }),
    ).rejects.toThrow("the write after it failed");
    expect(await runs.getRun("u1", id)).not.toBeNull();
    expect(await baselineDays("u1")).toHaveLength(20);
    expect(await runComfortRepository(t.database).listRunComfort("u1")).toEqual([
      sampleComfort("k1", "2026-11-10", id),
    ]);
  });
});

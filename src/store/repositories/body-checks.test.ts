import { describe, expect, it } from "vitest";
import { withTransaction } from "../transaction.js";
import { ENGINES, databaseForEachTest } from "../test-support/databases.js";
import { sampleBodyCheck } from "../test-support/fixtures.js";
import { bodyChecksRepository } from "./body-checks.js";

describe.each(ENGINES)("deleting body checks on %s", (engine) => {
  const t = databaseForEachTest(engine, ["u1", "u2"]);

  /** Region rows stored for a check, whoever's. */
  const entryRows = async (checkId: string) =>
    (
      await t.database.db
        .selectFrom("body_check_entries")
        .select("position")
        .where("body_check_id", "=", checkId)
        .execute()
    ).length;

  it("deletes a check with its region entries and leaves the others", async () => {
    const repo = bodyChecksRepository(t.database);
    await repo.insertBodyCheck("u1", sampleBodyCheck("c1", "2026-11-01"));
    await repo.insertBodyCheck("u1", sampleBodyCheck("c2", "2026-11-10"));
    expect(await repo.getBodyCheck("u1", "c2")).toEqual(sampleBodyCheck("c2", "2026-11-10"));
    expect(await entryRows("c2")).toBe(2);
    expect(await repo.deleteBodyCheck("u1", "c2")).toBe(true);
    expect(await entryRows("c2")).toBe(0);
    expect(await repo.getBodyCheck("u1", "c2")).toBeNull();
    expect(await repo.listBodyChecks("u1")).toEqual([sampleBodyCheck("c1", "2026-11-01")]);
    // The latest check is the one before it again.
    expect((await repo.latestBodyCheck("u1"))?.id).toBe("c1");
    expect(await repo.deleteBodyCheck("u1", "c2")).toBe(false);
  });

  it("leaves no check at all once the only one is deleted", async () => {
    const repo = bodyChecksRepository(t.database);
    await repo.insertBodyCheck("u1", sampleBodyCheck("c1", "2026-11-01"));
    expect(await repo.deleteBodyCheck("u1", "c1")).toBe(true);
    expect(await repo.listBodyChecks("u1")).toEqual([]);
    expect(await repo.latestBodyCheck("u1")).toBeNull();
    const left = await t.database.db
      .selectFrom("body_check_entries")
      .select("body_check_id")
      .where("user_id", "=", "u1")
      .execute();
    expect(left).toEqual([]);
  });

  it("never deletes or shows another runner's check or its entries", async () => {
    const repo = bodyChecksRepository(t.database);
    await repo.insertBodyCheck("u1", sampleBodyCheck("c1", "2026-11-01"));
    expect(await repo.getBodyCheck("u2", "c1")).toBeNull();
    expect(await repo.deleteBodyCheck("u2", "c1")).toBe(false);
    expect(await entryRows("c1")).toBe(2);
    expect(await repo.listBodyChecks("u1")).toEqual([sampleBodyCheck("c1", "2026-11-01")]);
    expect(await repo.deleteBodyCheck("u1", "no-such-id")).toBe(false);
  });

  it("leaves the check and its entries when the transaction it joins fails", async () => {
    const repo = bodyChecksRepository(t.database);
    await repo.insertBodyCheck("u1", sampleBodyCheck("c1", "2026-11-01"));
    await expect(
      withTransaction(t.database, async (tx) => {
        expect(await bodyChecksRepository(tx).deleteBodyCheck("u1", "c1")).toBe(true);
        throw new Error("the write after it failed");
      }),
    ).rejects.toThrow("the write after it failed");
    expect(await repo.getBodyCheck("u1", "c1")).toEqual(sampleBodyCheck("c1", "2026-11-01"));
    expect(await entryRows("c1")).toBe(2);
  });
});

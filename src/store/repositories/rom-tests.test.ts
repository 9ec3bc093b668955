import { describe, expect, it } from "vitest";
import { ENGINES, databaseForEachTest } from "../test-support/databases.js";
import { sampleRomTest } from "../test-support/fixtures.js";
import { romTestsRepository } from "./rom-tests.js";

describe.each(ENGINES)("deleting ROM tests on %s", (engine) => {
  const t = databaseForEachTest(engine, ["u1", "u2"]);

  it("deletes one of the user's tests and leaves the others", async () => {
    const repo = romTestsRepository(t.database);
    await repo.insertRomTest("u1", sampleRomTest("r1", "2026-11-01"));
    await repo.insertRomTest("u1", sampleRomTest("r2", "2026-11-08"));
    expect(await repo.getRomTest("u1", "r2")).toEqual(sampleRomTest("r2", "2026-11-08"));
    expect(await repo.deleteRomTest("u1", "r2")).toBe(true);
    expect(await repo.getRomTest("u1", "r2")).toBeNull();
    expect((await repo.listRomTests("u1")).map((r) => r.id)).toEqual(["r1"]);
    // Gone: a second delete finds nothing.
    expect(await repo.deleteRomTest("u1", "r2")).toBe(false);
  });

  it("never deletes or shows another runner's test", async () => {
    const repo = romTestsRepository(t.database);
    await repo.insertRomTest("u1", sampleRomTest("r1", "2026-11-01"));
    expect(await repo.getRomTest("u2", "r1")).toBeNull();
    expect(await repo.deleteRomTest("u2", "r1")).toBe(false);
    expect(await repo.listRomTests("u1")).toEqual([sampleRomTest("r1", "2026-11-01")]);
    expect(await repo.deleteRomTest("u1", "no-such-id")).toBe(false);
  });
});

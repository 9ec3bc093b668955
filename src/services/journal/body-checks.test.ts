import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "../../core/errors.js";
import { ensureUser } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { addBodyCheck, deleteBodyCheck, listBodyChecks } from "./body-checks.js";
import { updateProfile } from "./profile.js";
import { journalSnapshot } from "./snapshot.js";
import { todayContext } from "./today.js";

const U = "u1";
const NOW = new Date("2026-11-20T19:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

describe.each(ENGINES)("deleting a body check on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
    await updateProfile(t.database, U, { timeZone: "UTC" });
  });
  afterEach(() => t.dispose());

  const check = (stiffness: number, at: Date) =>
    addBodyCheck(
      t.database,
      U,
      { entries: [{ region: "calves", side: "left", stiffness, tenderness: 2 }] },
      { now: at },
    );

  it("returns the check as it was, and today's routine reads the one before it again", async () => {
    await check(4, daysAgo(3));
    // A typo: 9 instead of 4.
    const typo = await check(9, daysAgo(1));
    expect((await todayContext(t.database, U, { now: NOW })).context.tight).toEqual({
      "calves-left": 9,
    });
    expect(await deleteBodyCheck(t.database, U, typo.id)).toEqual(typo);
    expect((await todayContext(t.database, U, { now: NOW })).context.tight).toEqual({
      "calves-left": 4,
    });
    await expect(deleteBodyCheck(t.database, U, typo.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("with the only check deleted, builds routines as for a runner who has done none", async () => {
    const only = await check(8, daysAgo(1));
    await deleteBodyCheck(t.database, U, only.id);
    expect(await listBodyChecks(t.database, U)).toEqual([]);
    const snapshot = await journalSnapshot(t.database, U, { now: NOW });
    expect(snapshot.bodyChecks).toEqual([]);
    expect(snapshot).not.toHaveProperty("lastBodyCheckDate");
    const { context, explanation } = await todayContext(t.database, U, { now: NOW });
    expect(context.tight).toBeUndefined();
    expect(explanation.join("\n")).not.toMatch(/Tight regions|body check/);
  });

  it("does not find another runner's check, nor one that never was", async () => {
    const mine = await check(5, daysAgo(1));
    await ensureUser(t.database, "u2");
    await expect(deleteBodyCheck(t.database, "u2", mine.id)).rejects.toThrow(
      `body check ${mine.id} not found`,
    );
    await expect(deleteBodyCheck(t.database, U, "no-such-id")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await listBodyChecks(t.database, U)).toEqual([mine]);
  });
});

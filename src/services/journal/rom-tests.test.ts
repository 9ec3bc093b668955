import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "../../core/errors.js";
import { ensureUser } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { weekPlan } from "../coach/week.js";
import { updateProfile } from "./profile.js";
import { addRomTest, deleteRomTest, listRomTests } from "./rom-tests.js";

const U = "u1";
// Monday 23 Nov 2026, the first day of the runner's week: the weekly audit is due today.
const NOW = new Date("2026-11-23T19:00:00Z");

describe.each(ENGINES)("deleting a ROM test on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
    await updateProfile(t.database, U, { timeZone: "UTC" });
  });
  afterEach(() => t.dispose());

  const kneeToWall = (date: string, left: number, right: number) =>
    addRomTest(t.database, U, { test: "knee-to-wall", left, right, date }, { now: NOW });
  const auditLine = async (side: "left" | "right") =>
    (await weekPlan(t.database, U, NOW)).audit.lines.find(
      (l) => l.test === "knee-to-wall" && l.side === side,
    );

  it("returns the test as it was, and the weekly audit reads the one before it again", async () => {
    await kneeToWall("2026-11-06", 9, 10);
    // A typo: 19 cm on the right, which would pass for a real change.
    const typo = await kneeToWall("2026-11-13", 9.5, 19);
    expect(await auditLine("right")).toMatchObject({ last: 19, lastDate: "2026-11-13" });
    expect(await deleteRomTest(t.database, U, typo.id)).toEqual(typo);
    expect(await auditLine("right")).toMatchObject({ last: 10, lastDate: "2026-11-06" });
    expect((await listRomTests(t.database, U)).map((r) => r.right)).toEqual([10]);
    await expect(deleteRomTest(t.database, U, typo.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("with this week's only re-test deleted, the audit asks for it again; with none left, for a baseline", async () => {
    const first = await kneeToWall("2026-11-06", 9, 10);
    const thisWeek = await kneeToWall("2026-11-23", 9, 11);
    expect((await weekPlan(t.database, U, NOW)).audit.done).toBe(true);
    await deleteRomTest(t.database, U, thisWeek.id);
    expect((await weekPlan(t.database, U, NOW)).audit).toMatchObject({
      done: false,
      message: expect.stringMatching(/^Re-test your range of motion/) as unknown,
    });
    await deleteRomTest(t.database, U, first.id);
    const { audit } = await weekPlan(t.database, U, NOW);
    expect(audit.lines).toEqual([]);
    expect(audit.message).toMatch(/^No range-of-motion tests yet/);
  });

  it("does not find another runner's test, nor one that never was", async () => {
    const mine = await kneeToWall("2026-11-18", 9, 11);
    await ensureUser(t.database, "u2");
    await expect(deleteRomTest(t.database, "u2", mine.id)).rejects.toThrow(
      `ROM test ${mine.id} not found`,
    );
    await expect(deleteRomTest(t.database, U, "no-such-id")).rejects.toBeInstanceOf(NotFoundError);
    expect(await listRomTests(t.database, U)).toEqual([mine]);
  });

  it("lists only the newest tests when asked, still oldest first", async () => {
    await kneeToWall("2026-11-06", 9, 10);
    await kneeToWall("2026-11-13", 9, 11);
    await kneeToWall("2026-11-18", 9, 12);
    expect((await listRomTests(t.database, U, { newest: 2 })).map((r) => r.right)).toEqual([
      11, 12,
    ]);
  });
});

/**
 * Range-of-motion tests (A4), one row per test taken.
 *
 * @example
 * const rom = romTestsRepository(database);
 * await rom.insertRomTest(userId, { id, date: "2026-11-20", test: "knee-to-wall", left: 9, right: 11, createdAt });
 * const history = await rom.listRomTests(userId, { test: "knee-to-wall" });
 * await rom.deleteRomTest(userId, history[0].id); // true; false when the user has no such test
 */
import type { RomTest, RomTestKind } from "../../core/journal/types.js";
import type { Database } from "../db.js";
import type { RomTestRow } from "../schema.js";
import { inDayRange, type DayRange } from "./day-range.js";
import { bool, compact, flag, opt, orNull } from "./rows.js";

export function rowToRomTest(r: RomTestRow): RomTest {
  return compact<RomTest>({
    id: r.id,
    date: r.date,
    test: r.test as RomTestKind,
    left: opt(r.left_value),
    right: opt(r.right_value),
    value: opt(r.value),
    leftPass: bool(r.left_pass),
    rightPass: bool(r.right_pass),
    notes: opt(r.notes),
    createdAt: r.created_at,
  });
}

export function romTestsRepository(database: Database) {
  const { db } = database;
  return {
    async insertRomTest(userId: string, t: RomTest): Promise<void> {
      await db
        .insertInto("rom_tests")
        .values({
          id: t.id,
          user_id: userId,
          date: t.date,
          test: t.test,
          left_value: orNull(t.left),
          right_value: orNull(t.right),
          value: orNull(t.value),
          left_pass: flag(t.leftPass),
          right_pass: flag(t.rightPass),
          notes: orNull(t.notes),
          created_at: t.createdAt,
        })
        .execute();
    },

    /** Tests in a day range, optionally of one kind, oldest first. */
    async listRomTests(
      userId: string,
      filter: DayRange & { test?: RomTestKind } = {},
    ): Promise<RomTest[]> {
      let q = db.selectFrom("rom_tests").selectAll().where("user_id", "=", userId);
      if (filter.test) q = q.where("test", "=", filter.test);
      return (await inDayRange(q, filter)).map(rowToRomTest);
    },

    /** One of the user's tests, or null (another runner's test of that id is not theirs). */
    async getRomTest(userId: string, id: string): Promise<RomTest | null> {
      const row = await db
        .selectFrom("rom_tests")
        .selectAll()
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? rowToRomTest(row) : null;
    },

    /**
     * Deletes one test (a typo, the wrong side, a duplicate). One row of one table: nothing
     * else stores a test or refers to it. False when the user has no test with that id.
     */
    async deleteRomTest(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom("rom_tests")
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}

export type RomTestsRepository = ReturnType<typeof romTestsRepository>;

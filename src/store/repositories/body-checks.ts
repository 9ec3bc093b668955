/**
 * Body checks (A1): one row per check plus one row per region entry, written together.
 *
 * @example
 * const checks = bodyChecksRepository(database);
 * await checks.insertBodyCheck(userId, { id, date: "2026-11-20", entries, createdAt });
 * const latest = await checks.latestBodyCheck(userId); // BodyCheck | null
 * await checks.deleteBodyCheck(userId, latest.id); // true; false when the user has no such check
 */
import type { BodyCheck, BodyCheckEntry } from "../../core/journal/types.js";
import type { Region, Side } from "../../core/vocabulary.js";
import type { Database } from "../db.js";
import type { BodyCheckEntryRow, BodyCheckRow } from "../schema.js";
import { withTransaction } from "../transaction.js";
import { inDayRange, type DayRange } from "./day-range.js";
import { bool, chunks, compact, flag, opt, orNull } from "./rows.js";

function entryFromRow(r: BodyCheckEntryRow): BodyCheckEntry {
  return compact<BodyCheckEntry>({
    region: r.region as Region,
    side: opt(r.side) as Side | undefined,
    stiffness: r.stiffness,
    tenderness: r.tenderness,
    fadeSeconds: opt(r.fade_seconds),
    rebound: bool(r.rebound_answer),
  });
}

export function bodyChecksRepository(database: Database) {
  const { db } = database;

  async function withEntries(userId: string, rows: BodyCheckRow[]): Promise<BodyCheck[]> {
    const byCheck = new Map<string, BodyCheckEntry[]>();
    for (const ids of chunks(rows.map((r) => r.id))) {
      const entries = await db
        .selectFrom("body_check_entries")
        .selectAll()
        .where("user_id", "=", userId)
        .where("body_check_id", "in", ids)
        .orderBy("body_check_id")
        .orderBy("position")
        .execute();
      for (const e of entries) {
        const list = byCheck.get(e.body_check_id) ?? [];
        list.push(entryFromRow(e));
        byCheck.set(e.body_check_id, list);
      }
    }
    return rows.map((r) => ({
      id: r.id,
      date: r.date,
      entries: byCheck.get(r.id) ?? [],
      createdAt: r.created_at,
    }));
  }

  return {
    /** Stores a check and its entries in one transaction. */
    async insertBodyCheck(userId: string, check: BodyCheck): Promise<void> {
      await this.insertBodyChecks(userId, [check]);
    },

    /** Stores many checks with their entries in one transaction, in batched statements (restore). */
    async insertBodyChecks(userId: string, list: readonly BodyCheck[]): Promise<void> {
      if (list.length === 0) return;
      await withTransaction(database, async (tx) => {
        for (const batch of chunks(list, 500)) {
          await tx.db
            .insertInto("body_checks")
            .values(
              batch.map((c) => ({
                id: c.id,
                user_id: userId,
                date: c.date,
                created_at: c.createdAt,
              })),
            )
            .execute();
          const entries = batch.flatMap((check) =>
            check.entries.map((e, position) => ({
              body_check_id: check.id,
              user_id: userId,
              position,
              region: e.region,
              side: orNull(e.side),
              stiffness: e.stiffness,
              tenderness: e.tenderness,
              fade_seconds: orNull(e.fadeSeconds),
              // NOT NULL since the first migration and no longer read: what older code would show.
              rebound: e.rebound ? 1 : 0,
              rebound_answer: flag(e.rebound),
            })),
          );
          for (const part of chunks(entries, 1000))
            await tx.db.insertInto("body_check_entries").values(part).execute();
        }
      });
    },

    /** Checks in a day range, oldest first (by day, then by time recorded). */
    async listBodyChecks(userId: string, range: DayRange = {}): Promise<BodyCheck[]> {
      const rows = await inDayRange(
        db.selectFrom("body_checks").selectAll().where("user_id", "=", userId),
        range,
      );
      return withEntries(userId, rows);
    },

    /** The most recent check on or before `onOrBefore` (a day), or null. */
    async latestBodyCheck(userId: string, onOrBefore?: string): Promise<BodyCheck | null> {
      let q = db.selectFrom("body_checks").selectAll().where("user_id", "=", userId);
      if (onOrBefore) q = q.where("date", "<=", onOrBefore);
      const row = await q
        .orderBy("date", "desc")
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .executeTakeFirst();
      if (!row) return null;
      const [check] = await withEntries(userId, [row]);
      return check ?? null;
    },

    /** One of the user's checks with its entries, or null. */
    async getBodyCheck(userId: string, id: string): Promise<BodyCheck | null> {
      const row = await db
        .selectFrom("body_checks")
        .selectAll()
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) return null;
      const [check] = await withEntries(userId, [row]);
      return check ?? null;
    },

    /**
     * Deletes a check and its region entries in one transaction (the entries are deleted
     * first, not left to the foreign key's cascade, so both engines do the same whatever
     * their foreign-key settings). False when the user has no check with that id; another
     * runner's entries are never touched.
     */
    async deleteBodyCheck(userId: string, id: string): Promise<boolean> {
      return withTransaction(database, async (tx) => {
        await tx.db
          .deleteFrom("body_check_entries")
          .where("user_id", "=", userId)
          .where("body_check_id", "=", id)
          .execute();
        const deleted = await tx.db
          .deleteFrom("body_checks")
          .where("user_id", "=", userId)
          .where("id", "=", id)
          .executeTakeFirst();
        return Number(deleted.numDeletedRows) > 0;
      });
    },
  };
}

export type BodyChecksRepository = ReturnType<typeof bodyChecksRepository>;

/**
 * Pain flags (X2, X3): opened, and resolved later.
 *
 * @example
 * const flags = painFlagsRepository(database);
 * await flags.insertPainFlag(userId, { id, region: "calves", side: "left", kind: "niggle", openedAt });
 * const open = await flags.listPainFlags(userId, { open: true });
 */
import type { PainFlag } from "../../core/journal/types.js";
import type { PainKind, Region, Side } from "../../core/vocabulary.js";
import type { Database } from "../db.js";
import type { PainFlagRow } from "../schema.js";
import { compact, opt, orNull } from "./rows.js";

export function rowToPainFlag(r: PainFlagRow): PainFlag {
  return compact<PainFlag>({
    id: r.id,
    region: r.region as Region,
    side: opt(r.side) as Side | undefined,
    kind: r.kind as PainKind,
    openedAt: r.opened_at,
    resolvedAt: opt(r.resolved_at),
    notes: opt(r.notes),
  });
}

export function painFlagsRepository(database: Database) {
  const { db } = database;
  return {
    async insertPainFlag(userId: string, f: PainFlag): Promise<void> {
      await db
        .insertInto("pain_flags")
        .values({
          id: f.id,
          user_id: userId,
          region: f.region,
          side: orNull(f.side),
          kind: f.kind,
          opened_at: f.openedAt,
          resolved_at: orNull(f.resolvedAt),
          notes: orNull(f.notes),
        })
        .execute();
    },

    async getPainFlag(userId: string, id: string): Promise<PainFlag | null> {
      const row = await db
        .selectFrom("pain_flags")
        .selectAll()
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? rowToPainFlag(row) : null;
    },

    /** Flags, oldest first; `open: true` keeps the unresolved ones only; `newest` the last N. */
    async listPainFlags(
      userId: string,
      filter: { open?: boolean; newest?: number } = {},
    ): Promise<PainFlag[]> {
      let q = db.selectFrom("pain_flags").selectAll().where("user_id", "=", userId);
      if (filter.open) q = q.where("resolved_at", "is", null);
      const rows =
        filter.newest === undefined
          ? await q.orderBy("opened_at").orderBy("id").execute()
          : (
              await q
                .orderBy("opened_at", "desc")
                .orderBy("id", "desc")
                .limit(filter.newest)
                .execute()
            ).reverse();
      return rows.map(rowToPainFlag);
    },

    /** Marks a flag resolved at `at`; returns the updated flag, or null if it is not the user's. */
    async resolvePainFlag(userId: string, id: string, at: string): Promise<PainFlag | null> {
      await db
        .updateTable("pain_flags")
        .set({ resolved_at: at })
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .where("resolved_at", "is", null)
        .execute();
      return this.getPainFlag(userId, id);
    },
  };
}

export type PainFlagsRepository = ReturnType<typeof painFlagsRepository>;

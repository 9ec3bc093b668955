/**
 * Logged sessions (P1): the session row with the routine as given (JSON), plus one
 * session_items row per routine item (done / skipped, pressure used) and per technique the
 * runner added beside it (with its seconds), written together.
 *
 * @example
 * const sessions = sessionsRepository(database);
 * await sessions.insertSession(userId, log);
 * const last3 = await sessions.listSessions(userId, { limit: 3 }); // newest first
 * await sessions.replaceSession(userId, { ...last3[0]!, notes: "felt easy" }); // true
 * await sessions.deleteSession(userId, last3[0]!.id); // true, and its items are gone
 */
import type { Ratings, SessionItemLog, SessionLog } from "../../core/journal/types.js";
import type { Routine } from "../../core/routine/types.js";
import type { Pressure, SessionKind } from "../../core/vocabulary.js";
import type { Database } from "../db.js";
import type { SessionItemRow, SessionRow } from "../schema.js";
import { withTransaction } from "../transaction.js";
import { chunks, compact, opt, orNull } from "./rows.js";

export interface SessionFilter {
  /** Earliest start instant (ISO), inclusive. */
  from?: string;
  /** Latest start instant (ISO), exclusive. */
  to?: string;
  /** At most this many, the newest ones. */
  limit?: number;
  /** Result order by start time; default "desc" (newest first). */
  order?: "asc" | "desc";
}

function ratings(
  stiffness: number | null,
  soreness: number | null,
  pain: number | null,
): Partial<Ratings> | undefined {
  const r = compact<Partial<Ratings>>({
    stiffness: opt(stiffness),
    soreness: opt(soreness),
    pain: opt(pain),
  });
  return Object.keys(r).length > 0 ? r : undefined;
}

function rowToSession(r: SessionRow, items: SessionItemLog[]): SessionLog {
  return compact<SessionLog>({
    id: r.id,
    startedAt: r.started_at,
    kind: r.kind as SessionKind,
    routine: JSON.parse(r.routine) as Routine,
    items,
    before: ratings(r.before_stiffness, r.before_soreness, r.before_pain),
    after: ratings(r.after_stiffness, r.after_soreness, r.after_pain),
    mood: opt(r.mood),
    energy: opt(r.energy),
    notes: opt(r.notes),
    createdAt: r.created_at,
  });
}

/** The session's row (the routine as JSON, the ratings), as stored. */
export function sessionRow(userId: string, s: SessionLog): SessionRow {
  return {
    id: s.id,
    user_id: userId,
    started_at: s.startedAt,
    kind: s.kind,
    routine: JSON.stringify(s.routine),
    before_stiffness: orNull(s.before?.stiffness),
    before_soreness: orNull(s.before?.soreness),
    before_pain: orNull(s.before?.pain),
    after_stiffness: orNull(s.after?.stiffness),
    after_soreness: orNull(s.after?.soreness),
    after_pain: orNull(s.after?.pain),
    mood: orNull(s.mood),
    energy: orNull(s.energy),
    notes: orNull(s.notes),
    created_at: s.createdAt,
  };
}

/** One session_items row per item, in the log's order (added techniques last). */
export function sessionItemRows(userId: string, s: SessionLog): SessionItemRow[] {
  return s.items.map((it, position) => ({
    session_id: s.id,
    user_id: userId,
    position,
    movement_id: it.id,
    status: it.status,
    pressure: orNull(it.pressure),
    added: it.added ? 1 : null,
    seconds: orNull(it.seconds),
  }));
}

export function sessionsRepository(database: Database) {
  const { db } = database;

  async function withItems(userId: string, rows: SessionRow[]): Promise<SessionLog[]> {
    const bySession = new Map<string, SessionItemLog[]>();
    for (const ids of chunks(rows.map((r) => r.id))) {
      const items = await db
        .selectFrom("session_items")
        .selectAll()
        .where("user_id", "=", userId)
        .where("session_id", "in", ids)
        .orderBy("session_id")
        .orderBy("position")
        .execute();
      for (const it of items) {
        const list = bySession.get(it.session_id) ?? [];
        list.push(
          compact<SessionItemLog>({
            id: it.movement_id,
            status: it.status as SessionItemLog["status"],
            pressure: opt(it.pressure) as Pressure | undefined,
            added: it.added === 1 ? true : undefined,
            seconds: opt(it.seconds),
          }),
        );
        bySession.set(it.session_id, list);
      }
    }
    return rows.map((r) => rowToSession(r, bySession.get(r.id) ?? []));
  }

  return {
    /** Stores the session and its item rows in one transaction. */
    async insertSession(userId: string, s: SessionLog): Promise<void> {
      await this.insertSessions(userId, [s]);
    },

    /** Stores many sessions with their items in one transaction, in batched statements (restore). */
    async insertSessions(userId: string, list: readonly SessionLog[]): Promise<void> {
      if (list.length === 0) return;
      await withTransaction(database, async (tx) => {
        for (const batch of chunks(list, 200)) {
          await tx.db
            .insertInto("sessions")
            .values(batch.map((s) => sessionRow(userId, s)))
            .execute();
          const items = batch.flatMap((s) => sessionItemRows(userId, s));
          for (const part of chunks(items, 1000))
            await tx.db.insertInto("session_items").values(part).execute();
        }
      });
    },

    /**
     * Replaces a stored session's row and its items with `s` (same id) in one transaction, so
     * a reader sees the old session or the new one, never half of each. False when the user
     * has no session with that id.
     */
    async replaceSession(userId: string, s: SessionLog): Promise<boolean> {
      return withTransaction(database, async (tx) => {
        const { id: _id, user_id: _user, created_at: _created, ...fields } = sessionRow(userId, s);
        const updated = await tx.db
          .updateTable("sessions")
          .set(fields)
          .where("user_id", "=", userId)
          .where("id", "=", s.id)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        await tx.db
          .deleteFrom("session_items")
          .where("user_id", "=", userId)
          .where("session_id", "=", s.id)
          .execute();
        const items = sessionItemRows(userId, s);
        if (items.length) await tx.db.insertInto("session_items").values(items).execute();
        return true;
      });
    },

    /**
     * Deletes a session and its items in one transaction. False when the user has no session
     * with that id (another runner's session of the same id stays).
     */
    async deleteSession(userId: string, id: string): Promise<boolean> {
      return withTransaction(database, async (tx) => {
        await tx.db
          .deleteFrom("session_items")
          .where("user_id", "=", userId)
          .where("session_id", "=", id)
          .execute();
        const deleted = await tx.db
          .deleteFrom("sessions")
          .where("user_id", "=", userId)
          .where("id", "=", id)
          .executeTakeFirst();
        return Number(deleted.numDeletedRows) > 0;
      });
    },

    async getSession(userId: string, id: string): Promise<SessionLog | null> {
      const row = await db
        .selectFrom("sessions")
        .selectAll()
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) return null;
      const [s] = await withItems(userId, [row]);
      return s ?? null;
    },

    /** Sessions with their items; newest first unless `order: "asc"`. */
    async listSessions(userId: string, filter: SessionFilter = {}): Promise<SessionLog[]> {
      let q = db.selectFrom("sessions").selectAll().where("user_id", "=", userId);
      if (filter.from) q = q.where("started_at", ">=", filter.from);
      if (filter.to) q = q.where("started_at", "<", filter.to);
      q = q.orderBy("started_at", "desc").orderBy("created_at", "desc").orderBy("id", "desc");
      if (filter.limit !== undefined) q = q.limit(filter.limit);
      const rows = await q.execute();
      if (filter.order === "asc") rows.reverse();
      return withItems(userId, rows);
    },

    async countSessions(userId: string): Promise<number> {
      const r = await db
        .selectFrom("sessions")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
  };
}

export type SessionsRepository = ReturnType<typeof sessionsRepository>;

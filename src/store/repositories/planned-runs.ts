/**
 * Planned runs and the calendar feeds they come from. Planned runs are rows of `runs` with
 * `planned = 1`; one from a calendar carries `ics:<calendar>:<event uid>` as its source
 * hash, so importing the same calendar again finds and updates it. Feeds are their own
 * table (migration 0004).
 *
 * @example
 * const planned = plannedRunsRepository(database);
 * const fromFeed = await planned.listByCalendar(userId, "feed-1");
 * await planned.updatePlanned(userId, fromFeed[0].id, { startTime, elapsedSeconds: 3000, type: "tempo" });
 */
import type { RunRecord } from "../../core/journal/types.js";
import type { RunType } from "../../core/vocabulary.js";
import type { Database } from "../db.js";
import type { CalendarFeedRow, RunRow } from "../schema.js";
import { rowToRun } from "./runs.js";
import { newId, orNull } from "./rows.js";

export interface CalendarFeed {
  id: string;
  url: string;
  name?: string;
  createdAt: string;
  lastSyncedAt?: string;
  lastError?: string;
}

/** The source hash that keys a calendar event's planned run. */
export function calendarEventKey(calendar: string, uid: string): string {
  return `ics:${calendar}:${uid}`;
}

function rowToFeed(r: CalendarFeedRow): CalendarFeed {
  const f: CalendarFeed = { id: r.id, url: r.url, createdAt: r.created_at };
  if (r.name) f.name = r.name;
  if (r.last_synced_at) f.lastSyncedAt = r.last_synced_at;
  if (r.last_error) f.lastError = r.last_error;
  return f;
}

export function plannedRunsRepository(database: Database) {
  const { db } = database;
  return {
    /** Planned runs imported from one calendar (`file:<name>` or a feed id), oldest first. */
    async listByCalendar(userId: string, calendar: string): Promise<RunRecord[]> {
      const rows = await db
        .selectFrom("runs")
        .selectAll()
        .where("user_id", "=", userId)
        .where("planned", "=", 1)
        .where("source_file_hash", "like", `ics:${calendar.replace(/[%_]/g, "")}:%`)
        .orderBy("start_time")
        .execute();
      return rows.map(rowToRun);
    },

    /** Changes what a planned run says; returns false when there is no such planned run. */
    async updatePlanned(
      userId: string,
      id: string,
      set: {
        startTime?: string;
        elapsedSeconds?: number;
        distanceMeters?: number | null;
        type?: RunType | null;
        name?: string | null;
        sport?: string;
      },
    ): Promise<boolean> {
      const patch: Partial<RunRow> = {};
      if (set.startTime !== undefined) patch.start_time = set.startTime;
      if (set.elapsedSeconds !== undefined) patch.elapsed_seconds = set.elapsedSeconds;
      if (set.distanceMeters !== undefined) patch.distance_meters = set.distanceMeters;
      if (set.type !== undefined) patch.type_override = set.type;
      if (set.name !== undefined) patch.name = set.name;
      if (set.sport !== undefined) patch.sport = set.sport;
      if (Object.keys(patch).length === 0) return true;
      const r = await db
        .updateTable("runs")
        .set(patch)
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .where("planned", "=", 1)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    /** Deletes planned runs by id (done runs are never touched); returns how many went. */
    async deletePlanned(userId: string, ids: readonly string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const r = await db
        .deleteFrom("runs")
        .where("user_id", "=", userId)
        .where("planned", "=", 1)
        .where("id", "in", [...ids])
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async addFeed(
      userId: string,
      feed: { url: string; name?: string; createdAt: string },
    ): Promise<CalendarFeed> {
      const existing = await db
        .selectFrom("calendar_feeds")
        .selectAll()
        .where("user_id", "=", userId)
        .where("url", "=", feed.url)
        .executeTakeFirst();
      if (existing) return rowToFeed(existing);
      const row: CalendarFeedRow = {
        id: newId(),
        user_id: userId,
        url: feed.url,
        name: orNull(feed.name),
        created_at: feed.createdAt,
        last_synced_at: null,
        last_error: null,
      };
      await db.insertInto("calendar_feeds").values(row).execute();
      return rowToFeed(row);
    },

    async listFeeds(userId: string): Promise<CalendarFeed[]> {
      const rows = await db
        .selectFrom("calendar_feeds")
        .selectAll()
        .where("user_id", "=", userId)
        .orderBy("created_at")
        .execute();
      return rows.map(rowToFeed);
    },

    async markFeed(userId: string, id: string, at: string, error: string | null): Promise<void> {
      const set = error === null ? { last_synced_at: at, last_error: null } : { last_error: error };
      await db
        .updateTable("calendar_feeds")
        .set(set)
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .execute();
    },

    /**
     * Users with a feed not read since `before` (or never), for the server's background
     * refresh; a feed whose last read failed counts as not read.
     */
    async usersWithFeedsToRead(before: string): Promise<string[]> {
      const rows = await db
        .selectFrom("calendar_feeds")
        .select("user_id")
        .distinct()
        .where((eb) =>
          eb.or([
            eb("last_synced_at", "is", null),
            eb("last_synced_at", "<", before),
            eb("last_error", "is not", null),
          ]),
        )
        .orderBy("user_id")
        .execute();
      return rows.map((r) => r.user_id);
    },

    /** Which of these feed ids any user's feed already has (restore gives those new ids). */
    async takenFeedIds(ids: readonly string[]): Promise<Set<string>> {
      const taken = new Set<string>();
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db
          .selectFrom("calendar_feeds")
          .select("id")
          .where("id", "in", ids.slice(i, i + 500))
          .execute();
        for (const r of rows) taken.add(r.id);
      }
      return taken;
    },

    /** Restore: writes feeds as they are in the document, ids and read times included. */
    async insertFeeds(userId: string, feeds: readonly CalendarFeed[]): Promise<void> {
      for (const f of feeds)
        await db
          .insertInto("calendar_feeds")
          .values({
            id: f.id,
            user_id: userId,
            url: f.url,
            name: orNull(f.name),
            created_at: f.createdAt,
            last_synced_at: orNull(f.lastSyncedAt),
            last_error: orNull(f.lastError),
          })
          .execute();
    },

    /** Restore with replace: the user's subscriptions go with the rest of the journal. */
    async deleteFeedsOf(userId: string): Promise<void> {
      await db.deleteFrom("calendar_feeds").where("user_id", "=", userId).execute();
    },

    /** Removes a feed; its planned runs go too (returns false when there is no such feed). */
    async deleteFeed(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom("calendar_feeds")
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) return false;
      await db
        .deleteFrom("runs")
        .where("user_id", "=", userId)
        .where("planned", "=", 1)
        .where("source_file_hash", "like", `ics:${id}:%`)
        .execute();
      return true;
    },
  };
}

export type PlannedRunsRepository = ReturnType<typeof plannedRunsRepository>;

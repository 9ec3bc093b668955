/**
 * Runs and other activities, manual or imported, in one table. Inserting is idempotent:
 * the same file (hash + index inside the file) is stored once, and the same activity
 * arriving from two sources (e.g. FIT and TCX of one run) is recognised by sport, start
 * time within 60 s and distance within 3 %.
 *
 * @example
 * const runs = runsRepository(database);
 * const { id, duplicateOf } = await runs.insertRun(userId, { activity, classification });
 * if (duplicateOf) console.log(`already stored as ${duplicateOf}`);
 * // a run from a file that the runner deleted is left out of later imports:
 * (await runs.insertRun(userId, sameFileAgain)).deletedBefore; // "2026-11-21T08:00:00.000Z"
 * const november = await runs.listRuns(userId, { from: "2026-11-01T00:00:00.000Z" });
 * await runs.deleteRun(userId, id); // true, and the load it fed is recomputed
 *
 * Every write to a done run also drops the stored load baselines it could change
 * (load-baselines.ts), in the same transaction, so the load model never reads a stale one.
 */
import { sql } from "kysely";
import type { Activity, ActivitySport, Lap, RunClassification } from "../../core/activity.js";
/** The rule's thresholds, defined in core; re-exported for callers of the store. */
export {
  DUPLICATE_DISTANCE_FRACTION,
  DUPLICATE_START_SECONDS,
} from "../../core/journal/duplicate-run.js";
import type { RunRecord } from "../../core/journal/types.js";
import type { RunType } from "../../core/vocabulary.js";
import type { Database } from "../db.js";
import type { RunRow } from "../schema.js";
import { withTransaction } from "../transaction.js";
import { deletedRunsRepository } from "./deleted-runs.js";
import { firstAffectedDay, loadBaselinesRepository, lockRunsOf } from "./load-baselines.js";
import { bool, chunks, compact, flag, instant, newId, opt, orNull } from "./rows.js";
import { findSameActivity, SOURCE_INDEX } from "./same-activity.js";

/** A record to store; `id` and `createdAt` are filled in when absent. */
export type NewRunRecord = Omit<RunRecord, "id" | "createdAt"> & {
  id?: string;
  createdAt?: string;
};

export interface RunFilter {
  /** Earliest start instant (ISO), inclusive. */
  from?: string;
  /** Latest start instant (ISO), exclusive. */
  to?: string;
  sport?: ActivitySport;
  /** Include planned (future) runs; default true. */
  planned?: boolean;
  /** Only the newest this many (still returned oldest first). */
  newest?: number;
}

/** What `insertRun` did with a record: stored it (or found it stored), or left it out. */
export type InsertRunResult = StoredRun | LeftOutRun;

/** The record is in the journal: stored now, or already stored (a duplicate). */
export interface StoredRun {
  /** The stored record's id: the new one, or the existing one when a duplicate. */
  id: string;
  /** Set when nothing was inserted because the record was already stored under this id. */
  duplicateOf?: string;
  deletedBefore?: never;
}

/** Not stored: the runner deleted this activity before, so an import leaves it out. */
export interface LeftOutRun {
  id?: never;
  duplicateOf?: never;
  /** When the runner deleted it (ISO instant). */
  deletedBefore: string;
}

/**
 * The id of a run `insertRun` stored or found already stored, for a record that cannot be
 * left out (entered by hand, or planned: only runs from a file are remembered as deleted),
 * so a left-out answer there is a bug, not a case to handle.
 *
 * @example
 * const id = storedRunId(await runs.insertRun(userId, handEntered));
 */
export function storedRunId(result: InsertRunResult): string {
  if (result.id === undefined)
    throw new Error(`the run was left out as deleted on ${result.deletedBefore}`);
  return result.id;
}

export function runToRow(userId: string, r: RunRecord): RunRow {
  const a = r.activity;
  return {
    id: r.id,
    user_id: userId,
    sport: a.sport,
    sub_sport: orNull(a.subSport),
    name: orNull(a.name),
    start_time: instant(a.startTime),
    time_zone: orNull(a.timeZone),
    elapsed_seconds: a.elapsedSeconds,
    moving_seconds: orNull(a.movingSeconds),
    distance_meters: orNull(a.distanceMeters),
    elevation_gain_meters: orNull(a.elevationGainMeters),
    avg_heart_rate: orNull(a.avgHeartRate),
    max_heart_rate: orNull(a.maxHeartRate),
    avg_pace_seconds_per_km: orNull(a.avgPaceSecondsPerKm),
    avg_cadence: orNull(a.avgCadence),
    laps: JSON.stringify(a.laps),
    source_rpe: orNull(a.rpe),
    race_flag: flag(a.raceFlag),
    source_kind: a.source.kind,
    source_file_name: orNull(a.source.fileName),
    source_file_hash: orNull(a.source.fileHash),
    source_index: orNull(a.source.index),
    source_notes: a.source.notes ? JSON.stringify(a.source.notes) : null,
    classification: r.classification ? JSON.stringify(r.classification) : null,
    type_override: orNull(r.typeOverride),
    rpe: orNull(r.rpe),
    rpe_estimated: flag(r.rpeEstimated),
    planned: flag(r.planned),
    created_at: r.createdAt,
    date_only: a.dateOnly ? 1 : null,
  };
}

export function rowToRun(r: RunRow): RunRecord {
  const activity = compact<Activity>({
    sport: r.sport as ActivitySport,
    subSport: opt(r.sub_sport),
    name: opt(r.name),
    startTime: r.start_time,
    timeZone: opt(r.time_zone),
    elapsedSeconds: r.elapsed_seconds,
    movingSeconds: opt(r.moving_seconds),
    distanceMeters: opt(r.distance_meters),
    elevationGainMeters: opt(r.elevation_gain_meters),
    avgHeartRate: opt(r.avg_heart_rate),
    maxHeartRate: opt(r.max_heart_rate),
    avgPaceSecondsPerKm: opt(r.avg_pace_seconds_per_km),
    avgCadence: opt(r.avg_cadence),
    laps: JSON.parse(r.laps) as Lap[],
    rpe: opt(r.source_rpe),
    raceFlag: bool(r.race_flag),
    dateOnly: r.date_only === 1 ? true : undefined,
    source: compact<Activity["source"]>({
      kind: r.source_kind as Activity["source"]["kind"],
      fileName: opt(r.source_file_name),
      fileHash: opt(r.source_file_hash),
      index: opt(r.source_index),
      notes: r.source_notes ? (JSON.parse(r.source_notes) as string[]) : undefined,
    }),
  });
  return compact<RunRecord>({
    id: r.id,
    activity,
    classification: r.classification
      ? (JSON.parse(r.classification) as RunClassification)
      : undefined,
    typeOverride: opt(r.type_override) as RunType | undefined,
    rpe: opt(r.rpe),
    rpeEstimated: bool(r.rpe_estimated),
    planned: bool(r.planned),
    createdAt: r.created_at,
  });
}

/** Drops the load baselines a done run's write can change (planned runs carry no load). */
async function dropBaselines(
  tx: Database,
  userId: string,
  row: Pick<RunRow, "start_time" | "planned">,
): Promise<void> {
  if (row.planned === 1) return;
  await lockRunsOf(tx, userId);
  await loadBaselinesRepository(tx).dropFrom(userId, firstAffectedDay(row.start_time));
}

/** What decides which baselines a write to a run drops: its start and whether it is planned. */
function loadKeyOf(tx: Database, userId: string, id: string) {
  return tx.db
    .selectFrom("runs")
    .select(["start_time", "planned"])
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
}

async function dropBaselinesOf(tx: Database, userId: string, id: string): Promise<void> {
  const row = await loadKeyOf(tx, userId, id);
  if (row) await dropBaselines(tx, userId, row);
}

export function runsRepository(database: Database) {
  const { db } = database;

  /** Id of an already stored record that `row` duplicates, if any (call inside the write transaction). */
  async function findDuplicate(
    tx: Database,
    userId: string,
    row: RunRow,
  ): Promise<string | undefined> {
    const [dup] = await findSameActivity(
      row,
      {
        sameFile: (hash, index) =>
          tx.db
            .selectFrom("runs")
            .select("id")
            .where("user_id", "=", userId)
            .where("source_file_hash", "=", hash)
            .where(SOURCE_INDEX, "=", index)
            .limit(1)
            .execute(),
        nearStart: (sport, from, to) =>
          tx.db
            .selectFrom("runs")
            .select(["id", "sport", "start_time", "distance_meters"])
            .where("user_id", "=", userId)
            .where("sport", "=", sport)
            .where("start_time", ">=", from)
            .where("start_time", "<=", to)
            .where((eb) => eb.or([eb("planned", "is", null), eb("planned", "=", 0)]))
            .orderBy("start_time")
            .execute(),
      },
      // a planned run is only ever the same as its own calendar event
      { fileOnly: row.planned === 1 },
    );
    return dup?.id;
  }

  return {
    /**
     * Stores a run unless it is already stored (same file and index, or same sport, start
     * within 60 s and distance within 3 %). Idempotent; safe from several processes at once.
     * A run from a file that the runner deleted before (the same activity, by the same rule)
     * is left out and `deletedBefore` says when; `includeDeleted` stores it and forgets the
     * deletion in the same transaction. `checkDuplicates: false` stores as is (restore of
     * an exported journal), with neither check.
     *
     * @example
     * const r = await runs.insertRun(userId, imported);
     * if (r.deletedBefore) console.log(`left out: deleted on ${r.deletedBefore}`);
     * else console.log(r.duplicateOf ? `already stored as ${r.id}` : `stored as ${r.id}`);
     * await runs.insertRun(userId, imported, { includeDeleted: true }); // stored again
     */
    async insertRun(
      userId: string,
      record: NewRunRecord,
      opts: { checkDuplicates?: boolean; includeDeleted?: boolean } = {},
    ): Promise<InsertRunResult> {
      const full: RunRecord = {
        ...record,
        id: record.id ?? newId(),
        createdAt: record.createdAt ?? new Date().toISOString(),
      };
      const row = runToRow(userId, full);
      return withTransaction(database, async (tx) => {
        if (opts.checkDuplicates !== false) {
          if (tx.dialect === "postgres") {
            // Serialise inserts per user so two imports of one file cannot both pass the check.
            await sql`SELECT pg_advisory_xact_lock(hashtext(${"runs:" + userId}))`.execute(tx.db);
          }
          const dup = await findDuplicate(tx, userId, row);
          if (dup) return { id: dup, duplicateOf: dup };
          const deleted = deletedRunsRepository(tx);
          if (opts.includeDeleted) await deleted.forget(userId, row);
          else {
            const before = await deleted.find(userId, row);
            if (before) return { deletedBefore: before.deleted_at };
          }
        }
        await tx.db.insertInto("runs").values(row).execute();
        await dropBaselines(tx, userId, row);
        return { id: full.id };
      });
    },

    /** Stores complete records as they are, without the duplicate check, in one transaction (restore). */
    async insertRunsAsIs(userId: string, records: readonly RunRecord[]): Promise<void> {
      if (records.length === 0) return;
      await withTransaction(database, async (tx) => {
        for (const batch of chunks(records, 200)) {
          await tx.db
            .insertInto("runs")
            .values(batch.map((r) => runToRow(userId, r)))
            .execute();
        }
        const first = records
          .filter((r) => !r.planned)
          .reduce<string | undefined>(
            (m, r) => (m === undefined || r.activity.startTime < m ? r.activity.startTime : m),
            undefined,
          );
        if (first) {
          await lockRunsOf(tx, userId);
          await loadBaselinesRepository(tx).dropFrom(userId, firstAffectedDay(instant(first)));
        }
      });
    },

    async getRun(userId: string, id: string): Promise<RunRecord | null> {
      const row = await db
        .selectFrom("runs")
        .selectAll()
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? rowToRun(row) : null;
    },

    /** Runs by start time, oldest first. */
    async listRuns(userId: string, filter: RunFilter = {}): Promise<RunRecord[]> {
      let q = db.selectFrom("runs").selectAll().where("user_id", "=", userId);
      if (filter.from) q = q.where("start_time", ">=", instant(filter.from));
      if (filter.to) q = q.where("start_time", "<", instant(filter.to));
      if (filter.sport) q = q.where("sport", "=", filter.sport);
      if (filter.planned === false)
        q = q.where((eb) => eb.or([eb("planned", "is", null), eb("planned", "=", 0)]));
      const rows =
        filter.newest === undefined
          ? await q.orderBy("start_time").orderBy("id").execute()
          : (
              await q
                .orderBy("start_time", "desc")
                .orderBy("id", "desc")
                .limit(filter.newest)
                .execute()
            ).reverse();
      return rows.map(rowToRun);
    },

    /**
     * One page of runs, newest first, with the number of matches: a page is read from the
     * table (limit and offset in the query), not cut from the whole journal. `sport` "cross"
     * is every activity that is not a run.
     */
    async pageRuns(
      userId: string,
      q: {
        from?: string;
        to?: string;
        sport?: "run" | "cross";
        limit?: number;
        offset?: number;
      } = {},
    ): Promise<{ runs: RunRecord[]; total: number }> {
      let base = db.selectFrom("runs").where("user_id", "=", userId);
      if (q.from) base = base.where("start_time", ">=", instant(q.from));
      if (q.to) base = base.where("start_time", "<", instant(q.to));
      if (q.sport === "run") base = base.where("sport", "=", "run");
      if (q.sport === "cross") base = base.where("sport", "<>", "run");
      const count = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
      let page = base.selectAll().orderBy("start_time", "desc").orderBy("id", "desc");
      if (q.limit !== undefined) page = page.limit(q.limit);
      // SQLite takes OFFSET only after a LIMIT (-1: none); PostgreSQL refuses a negative one
      if (q.offset)
        page = (
          q.limit === undefined && database.dialect === "sqlite" ? page.limit(-1) : page
        ).offset(q.offset);
      const rows = await page.execute();
      return { runs: rows.map(rowToRun), total: Number(count?.n ?? 0) };
    },

    /** The runner's own run type (null clears it); returns the updated record or null if not found. */
    async setRunTypeOverride(
      userId: string,
      id: string,
      type: RunType | null,
    ): Promise<RunRecord | null> {
      await withTransaction(database, async (tx) => {
        await tx.db
          .updateTable("runs")
          .set({ type_override: type })
          .where("user_id", "=", userId)
          .where("id", "=", id)
          .execute();
        await dropBaselinesOf(tx, userId, id);
      });
      return this.getRun(userId, id);
    },

    /**
     * Deletes a done run (one imported twice, or typed in wrong) in one transaction, and
     * drops the load baselines it fed so the load is recomputed without it. A comfort
     * rating tied to it stays, no longer tied to a run: it is the runner's word on how that
     * day's running felt, and insights read it by its date like one given without a run.
     * A run that came from a file is remembered as deleted (deleted-runs.ts), so importing
     * the same export again leaves it out. False when the user has no such done run
     * (planned runs: `deletePlanned`).
     *
     * @example
     * await runs.deleteRun(userId, id); // true; listRuns no longer has it
     * await runs.deleteRun(userId, id); // false: already gone
     */
    async deleteRun(userId: string, id: string, opts: { now?: Date } = {}): Promise<boolean> {
      return withTransaction(database, async (tx) => {
        const row = await tx.db
          .selectFrom("runs")
          .select([
            "start_time",
            "planned",
            "sport",
            "distance_meters",
            "source_file_hash",
            "source_index",
          ])
          .where("user_id", "=", userId)
          .where("id", "=", id)
          .executeTakeFirst();
        if (!row || row.planned === 1) return false;
        await dropBaselines(tx, userId, row);
        // Kept and untied on purpose, not as a side effect of the schema's ON DELETE SET NULL.
        await tx.db
          .updateTable("run_comfort")
          .set({ run_id: null })
          .where("user_id", "=", userId)
          .where("run_id", "=", id)
          .execute();
        const deleted = await tx.db
          .deleteFrom("runs")
          .where("user_id", "=", userId)
          .where("id", "=", id)
          .where((eb) => eb.or([eb("planned", "is", null), eb("planned", "=", 0)]))
          .executeTakeFirst();
        if (Number(deleted.numDeletedRows) === 0) return false;
        const at = (opts.now ?? new Date()).toISOString();
        await deletedRunsRepository(tx).remember(userId, row, at);
        return true;
      });
    },

    /** Replaces what was derived from the data (run type, RPE used for load). */
    async setRunAssessment(
      userId: string,
      id: string,
      a: {
        classification?: RunClassification | null;
        rpe?: number | null;
        rpeEstimated?: boolean | null;
      },
    ): Promise<RunRecord | null> {
      const set: Partial<RunRow> = {};
      if (a.classification !== undefined)
        set.classification = a.classification ? JSON.stringify(a.classification) : null;
      if (a.rpe !== undefined) set.rpe = a.rpe;
      if (a.rpeEstimated !== undefined)
        set.rpe_estimated = a.rpeEstimated === null ? null : a.rpeEstimated ? 1 : 0;
      if (Object.keys(set).length > 0) {
        await withTransaction(database, async (tx) => {
          await tx.db
            .updateTable("runs")
            .set(set)
            .where("user_id", "=", userId)
            .where("id", "=", id)
            .execute();
          await dropBaselinesOf(tx, userId, id);
        });
      }
      return this.getRun(userId, id);
    },
  };
}

export type RunsRepository = ReturnType<typeof runsRepository>;

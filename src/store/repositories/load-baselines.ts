/**
 * Stored load baselines (migration 0006, src/core/load/baseline.ts): the load model's state
 * at the end of settled days, keyed by the inputs they were computed with (time zone and
 * heart-rate anchors). Every write to a done run drops the baselines it could change
 * (`dropFrom`, called by the runs repository in the write's transaction); reads recompute
 * them from the runs.
 *
 * @example
 * const baselines = loadBaselinesRepository(database);
 * const b = await baselines.latest(userId, inputs, "2026-11-01");
 */
import { sql } from "kysely";
import type { LoadBaseline } from "../../core/load/baseline.js";
import type { Database } from "../db.js";
import type { LoadBaselineRow } from "../schema.js";

/** Days a run's UTC start day may differ from the runner's local day, plus one for the day before it. */
const ZONE_SLACK_DAYS = 2;

/** The first stored day a change to a run starting at `startTime` can affect. */
export function firstAffectedDay(startTime: string): string {
  const utcDay = Date.parse(startTime.slice(0, 10) + "T00:00:00Z");
  return new Date(utcDay - ZONE_SLACK_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Serialises work on one runner's runs on PostgreSQL for the rest of the transaction (a
 * baseline computed from the runs is stored only if no run changed meanwhile); SQLite's
 * write transactions are serial already.
 */
export async function lockRunsOf(tx: Database, userId: string): Promise<void> {
  if (tx.dialect === "postgres")
    await sql`SELECT pg_advisory_xact_lock(hashtext(${"runs:" + userId}))`.execute(tx.db);
}

function toBaseline(r: LoadBaselineRow): LoadBaseline {
  const b: LoadBaseline = {
    asOf: r.as_of,
    fitness: Number(r.fitness),
    fatigue: Number(r.fatigue),
    restDays: Number(r.rest_days),
  };
  if (r.block_start !== null) b.blockStart = r.block_start;
  return b;
}

export function loadBaselinesRepository(database: Database) {
  const { db } = database;
  return {
    /** The newest baseline on or before `day` computed with `inputs`, or null. */
    async latest(userId: string, inputs: string, day: string): Promise<LoadBaseline | null> {
      const row = await db
        .selectFrom("load_baselines")
        .selectAll()
        .where("user_id", "=", userId)
        .where("inputs", "=", inputs)
        .where("as_of", "<=", day)
        .orderBy("as_of", "desc")
        .limit(1)
        .executeTakeFirst();
      return row ? toBaseline(row) : null;
    },

    /** Stores baselines (replacing any of the same day) and drops those of other inputs. */
    async save(userId: string, inputs: string, baselines: readonly LoadBaseline[]): Promise<void> {
      await db
        .deleteFrom("load_baselines")
        .where("user_id", "=", userId)
        .where("inputs", "<>", inputs)
        .execute();
      for (const b of baselines) {
        const row: LoadBaselineRow = {
          user_id: userId,
          as_of: b.asOf,
          inputs,
          fitness: b.fitness,
          fatigue: b.fatigue,
          rest_days: b.restDays,
          block_start: b.blockStart ?? null,
        };
        await db
          .insertInto("load_baselines")
          .values(row)
          .onConflict((oc) =>
            oc.columns(["user_id", "as_of"]).doUpdateSet({
              inputs: row.inputs,
              fitness: row.fitness,
              fatigue: row.fatigue,
              rest_days: row.rest_days,
              block_start: row.block_start,
            }),
          )
          .execute();
      }
    },

    /** Drops the baselines from `day` on (a run on or after it changed). */
    async dropFrom(userId: string, day: string): Promise<void> {
      await db
        .deleteFrom("load_baselines")
        .where("user_id", "=", userId)
        .where("as_of", ">=", day)
        .execute();
    },

    /** Drops all of the runner's baselines (the journal was erased or replaced). */
    async dropAll(userId: string): Promise<void> {
      await db.deleteFrom("load_baselines").where("user_id", "=", userId).execute();
    },
  };
}

export type LoadBaselinesRepository = ReturnType<typeof loadBaselinesRepository>;

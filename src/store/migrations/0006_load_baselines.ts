/**
 * Load baselines: the load model's state (fitness, fatigue, rest streak, running block) at
 * the end of settled days (src/core/load/baseline.ts), so `today` and the load report read
 * only the runs after the newest one. Derived data, never entered by the runner: rows are
 * dropped when a run on or before their day changes and recomputed from the runs on the
 * next read; `inputs` holds the time zone and heart-rate anchors they were computed with.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("load_baselines")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("as_of", "text", (c) => c.notNull())
    .addColumn("inputs", "text", (c) => c.notNull())
    .addColumn("fitness", "double precision", (c) => c.notNull())
    .addColumn("fatigue", "double precision", (c) => c.notNull())
    .addColumn("rest_days", "integer", (c) => c.notNull())
    .addColumn("block_start", "text")
    .addPrimaryKeyConstraint("load_baselines_pk", ["user_id", "as_of"])
    .execute();
}

export const loadBaselines0006: Migration = { id: "0006_load_baselines", up };

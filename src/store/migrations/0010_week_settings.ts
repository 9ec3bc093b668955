/**
 * The runner's own week: how many minutes of care it may hold and the day it starts on.
 * Both NULL until the runner sets them (the plan then uses its defaults), so a journal made
 * before this migration says nothing it was not told.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("profiles").addColumn("weekly_budget_minutes", "integer").execute();
  await db.schema.alterTable("profiles").addColumn("week_start", "text").execute();
}

export const weekSettings0010: Migration = { id: "0010_week_settings", up };

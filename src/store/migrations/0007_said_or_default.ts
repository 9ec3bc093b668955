/**
 * Only what the runner said: a profile's units and a body check entry's rebound get a column
 * that is NULL when the runner never gave them (the default applies when the record is read,
 * never stored as if chosen). The old columns stay as they were (NOT NULL, still written,
 * with the default when nothing was said, for older code) and are no longer read. Rows
 * written before this migration keep what they held: it is copied into the new columns.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("profiles").addColumn("units_chosen", "text").execute();
  await db.schema.alterTable("body_check_entries").addColumn("rebound_answer", "integer").execute();
  await db
    .updateTable("profiles")
    .set((eb) => ({ units_chosen: eb.ref("units") }))
    .execute();
  await db
    .updateTable("body_check_entries")
    .set((eb) => ({ rebound_answer: eb.ref("rebound") }))
    .execute();
}

export const saidOrDefault0007: Migration = { id: "0007_said_or_default", up };

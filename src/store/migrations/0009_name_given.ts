/**
 * Only what the runner said: a profile's name gets a column that is NULL when the runner
 * never gave one (a profile started with `limber profile --equipment band` has no name, not
 * "Runner"). The old `name` column stays as it was (NOT NULL, still written, with what older
 * code would show) and is no longer read. Rows written before this migration keep the name
 * they held: it is copied into the new column.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("profiles").addColumn("name_given", "text").execute();
  await db
    .updateTable("profiles")
    .set((eb) => ({ name_given: eb.ref("name") }))
    .execute();
}

export const nameGiven0009: Migration = { id: "0009_name_given", up };

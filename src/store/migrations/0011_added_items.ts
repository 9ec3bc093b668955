/**
 * Techniques a runner did beside the routine and added when logging the session: their
 * session_items rows have `added = 1` and the seconds the runner gave in `seconds`. NULL in
 * both for every item of the routine itself and for rows written before this migration.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("session_items").addColumn("added", "integer").execute();
  await db.schema.alterTable("session_items").addColumn("seconds", "integer").execute();
}

export const addedItems0011: Migration = { id: "0011_added_items", up };

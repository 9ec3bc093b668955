/**
 * Account hardening: API tokens carry scopes (`read`, `write`, `feed`, comma-separated) so a
 * calendar URL holds a token that opens nothing else; existing tokens keep what they could
 * do (read and write). Accounts carry a status: a professional who signed up waits
 * (`pending`) until an administrator approves them; everyone else is `active`.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("api_tokens")
    .addColumn("scopes", "text", (c) => c.notNull().defaultTo("read,write"))
    .execute();
  await db.schema
    .alterTable("accounts")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
    .execute();
}

export const accountHardening0005: Migration = { id: "0005_account_hardening", up };

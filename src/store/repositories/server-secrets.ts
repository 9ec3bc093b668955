/** Secrets every API node must share (cookie signing), created once and kept in the database. */
import type { AccountsDb } from "./account-tables.js";

/** Returns the secret called `name`, storing `candidate` first when none exists yet. */
export async function ensureServerSecret(db: AccountsDb, name: string, candidate: string): Promise<string> {
  await db
    .insertInto("server_secrets")
    .values({ name, value: candidate })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("server_secrets").select("value").where("name", "=", name).executeTakeFirstOrThrow();
  return row.value;
}

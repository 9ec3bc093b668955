/** The journal's database handle, and the account tables seen through it. */
import type { Database } from "../../store/db.js";
import { accountsDb, type AccountsDb } from "../../store/repositories/account-tables.js";

export type DatabaseHandle = Database;

/** The account tables of a database handle (the journal's schema type does not list them). */
export function tables(database: Pick<Database, "db">): AccountsDb {
  return accountsDb(database.db);
}

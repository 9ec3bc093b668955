/** The database handle the account services take (the store's `Database`). */
import type { Database } from "../../store/db.js";

export type DatabaseHandle = Database;

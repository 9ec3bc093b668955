import type { Kysely } from "kysely";

export type Dialect = "sqlite" | "postgres";

/**
 * One numbered schema change. `id` sorts in apply order ("0001_journal", "0002_..."). Once a
 * migration has shipped it never changes: later needs get a new file (additive only).
 * `up` runs inside a transaction that also records the id; write SQL both engines accept
 * (the schema builder does) or branch on `dialect` inside the same file.
 */
export interface Migration {
  id: string;
  // Migrations see the database as it is at that point, not the final Schema type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** Secrets every API node must share (cookie signing), created once and kept in the database. */
import type { Database } from "../db.js";

/**
 * Factory in the journal repositories' style: one object per aggregate, built from a
 * `Database` (or the transaction-bound one `withTransaction` hands out).
 *
 * @example
 * await serverSecretsRepository(database).ensureServerSecret(...);
 */
export function serverSecretsRepository(database: Database) {
  const { db } = database;
  return {
    /** Returns the secret called `name`, storing `candidate` first when none exists yet. */
    async ensureServerSecret(name: string, candidate: string): Promise<string> {
      await db
        .insertInto("server_secrets")
        .values({ name, value: candidate })
        .onConflict((oc) => oc.column("name").doNothing())
        .execute();
      const row = await db
        .selectFrom("server_secrets")
        .select("value")
        .where("name", "=", name)
        .executeTakeFirstOrThrow();
      return row.value;
    },
  };
}

export type ServerSecretsRepository = ReturnType<typeof serverSecretsRepository>;

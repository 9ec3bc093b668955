/** Access a runner grants a professional (C1). A revoked grant keeps its row with `revoked_at`. */
import type { Database } from "../db.js";
import type { AccessGrantRow } from "../schema.js";

/**
 * Factory in the journal repositories' style: one object per aggregate, built from a
 * `Database` (or the transaction-bound one `withTransaction` hands out).
 *
 * @example
 * await grantsRepository(database).insertGrant(...);
 */
export function grantsRepository(database: Database) {
  const { db } = database;
  return {
    /** Stores a grant. */
    async insertGrant(row: AccessGrantRow): Promise<void> {
      await db.insertInto("access_grants").values(row).execute();
    },

    /** The active grant from this runner to this professional, if any. */
    async findActiveGrant(
      runnerId: string,
      professionalId: string,
    ): Promise<AccessGrantRow | undefined> {
      return db
        .selectFrom("access_grants")
        .selectAll()
        .where("runner_id", "=", runnerId)
        .where("professional_id", "=", professionalId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
    },

    /** Changes the access level of a grant. */
    async updateGrantAccess(id: string, access: string): Promise<void> {
      await db.updateTable("access_grants").set({ access }).where("id", "=", id).execute();
    },

    /** Grants a runner has given (active ones), newest first, with the professional's email and name. */
    async listGrantsOfRunner(runnerId: string) {
      return db
        .selectFrom("access_grants")
        .innerJoin("accounts", "accounts.id", "access_grants.professional_id")
        .select([
          "access_grants.id",
          "access_grants.runner_id",
          "access_grants.professional_id",
          "access_grants.access",
          "access_grants.created_at",
          "accounts.email as professional_email",
          "accounts.name as professional_name",
        ])
        .where("access_grants.runner_id", "=", runnerId)
        .where("access_grants.revoked_at", "is", null)
        .orderBy("access_grants.created_at", "desc")
        .execute();
    },

    /** Runners who granted this professional access (active grants), with their email and name. */
    async listAthletesOf(professionalId: string) {
      return db
        .selectFrom("access_grants")
        .innerJoin("accounts", "accounts.id", "access_grants.runner_id")
        .select([
          "access_grants.id as grant_id",
          "access_grants.runner_id",
          "access_grants.access",
          "access_grants.created_at",
          "accounts.email",
          "accounts.name",
        ])
        .where("access_grants.professional_id", "=", professionalId)
        .where("access_grants.revoked_at", "is", null)
        .orderBy("accounts.email")
        .execute();
    },

    /** Revokes one of the runner's active grants; false when there is none with this id. */
    async revokeGrant(runnerId: string, id: string, at: string): Promise<boolean> {
      const r = await db
        .updateTable("access_grants")
        .set({ revoked_at: at })
        .where("id", "=", id)
        .where("runner_id", "=", runnerId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
  };
}

export type GrantsRepository = ReturnType<typeof grantsRepository>;

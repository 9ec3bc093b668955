/** Professional plans (C1): one current plan per runner, stored as JSON text. */
import type { Database } from "../db.js";
import type { ProfessionalPlanRow } from "../schema.js";

/**
 * Factory in the journal repositories' style: one object per aggregate, built from a
 * `Database` (or the transaction-bound one `withTransaction` hands out).
 *
 * @example
 * await plansRepository(database).upsertPlan(...);
 */
export function plansRepository(database: Database) {
  const { db } = database;
  return {
    /** Creates or replaces the runner's plan. */
    async upsertPlan(row: ProfessionalPlanRow): Promise<void> {
      await db
        .insertInto("professional_plans")
        .values(row)
        .onConflict((oc) =>
          oc.column("runner_id").doUpdateSet({
            professional_id: row.professional_id,
            plan: row.plan,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },

    /** The runner's plan, if any. */
    async findPlan(runnerId: string): Promise<ProfessionalPlanRow | undefined> {
      return db
        .selectFrom("professional_plans")
        .selectAll()
        .where("runner_id", "=", runnerId)
        .executeTakeFirst();
    },

    /** Deletes the runner's plan; false when there was none. */
    async deletePlanRow(runnerId: string): Promise<boolean> {
      const r = await db
        .deleteFrom("professional_plans")
        .where("runner_id", "=", runnerId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}

export type PlansRepository = ReturnType<typeof plansRepository>;

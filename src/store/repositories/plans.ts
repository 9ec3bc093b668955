/** Professional plans (C1): one current plan per runner, stored as JSON text. */
import type { AccountsDb, ProfessionalPlanRow } from "./account-tables.js";

/** Creates or replaces the runner's plan. */
export async function upsertPlan(db: AccountsDb, row: ProfessionalPlanRow): Promise<void> {
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
}

/** The runner's plan, if any. */
export async function findPlan(
  db: AccountsDb,
  runnerId: string,
): Promise<ProfessionalPlanRow | undefined> {
  return db
    .selectFrom("professional_plans")
    .selectAll()
    .where("runner_id", "=", runnerId)
    .executeTakeFirst();
}

/** Deletes the runner's plan; false when there was none. */
export async function deletePlanRow(db: AccountsDb, runnerId: string): Promise<boolean> {
  const r = await db
    .deleteFrom("professional_plans")
    .where("runner_id", "=", runnerId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Professional plans (C1): measurable goals, a weekly frequency, regions to emphasise and a
 * transition date after which the runner continues alone. Until that date the routine
 * engine receives the plan's focus regions.
 */
import { accountsRepository, plansRepository } from "../../store/index.js";
import { allowed, InputError } from "../../core/errors.js";
import { ROM_SIDED, ROM_TESTS, ROM_UNITS, type RomTestKind } from "../../core/journal/types.js";
import { REGIONS, SIDES, type Region } from "../../core/vocabulary.js";
import type { DatabaseHandle } from "./database.js";
import type { PlanGoal, ProfessionalPlan, StoredPlan } from "./types.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function unitsFor(test: RomTestKind): PlanGoal["unit"][] {
  const u = ROM_UNITS[test];
  return u === "pass/deg" ? ["pass", "deg"] : [u];
}

/**
 * Checks a plan's meaning beyond its shape; throws InputError naming each bad field.
 *
 * @example
 * checkPlan({ goals: [{ test: "knee-to-wall", side: "left", target: 12, unit: "cm" }],
 *   sessionsPerWeek: 3, focusRegions: ["calves"], transitionDate: "2027-03-01" });
 */
export function checkPlan(plan: ProfessionalPlan): ProfessionalPlan {
  const bad: Record<string, string> = {};
  if (plan.goals.length > 20) bad.goals = "at most 20 goals";
  plan.goals.forEach((g, i) => {
    if (!(ROM_TESTS as readonly string[]).includes(g.test)) {
      bad[`goals.${i}.test`] = `must be ${allowed(ROM_TESTS)}`;
      return;
    }
    if (g.side !== undefined && !(SIDES as readonly string[]).includes(g.side)) bad[`goals.${i}.side`] = `must be ${allowed(SIDES)}`;
    if (g.side !== undefined && !ROM_SIDED[g.test]) bad[`goals.${i}.side`] = `${g.test} has no sides; leave side out`;
    const units = unitsFor(g.test);
    if (!units.includes(g.unit)) bad[`goals.${i}.unit`] = `${g.test} is measured in ${units.join(" or ")}`;
    if (!Number.isFinite(g.target) || g.target < 0 || g.target > 360) bad[`goals.${i}.target`] = "must be a number from 0 to 360";
  });
  if (!Number.isInteger(plan.sessionsPerWeek) || plan.sessionsPerWeek < 1 || plan.sessionsPerWeek > 14) {
    bad.sessionsPerWeek = "must be a whole number from 1 to 14";
  }
  plan.focusRegions.forEach((r, i) => {
    if (!(REGIONS as readonly string[]).includes(r)) bad[`focusRegions.${i}`] = `must be ${allowed(REGIONS)}`;
  });
  if (!validDay(plan.transitionDate)) bad.transitionDate = "must be a calendar day YYYY-MM-DD";
  if (Object.keys(bad).length > 0) throw InputError.many(bad);
  return {
    goals: plan.goals.map((g) => ({ test: g.test, ...(g.side ? { side: g.side } : {}), target: g.target, unit: g.unit })),
    sessionsPerWeek: plan.sessionsPerWeek,
    focusRegions: [...new Set(plan.focusRegions)],
    transitionDate: plan.transitionDate,
  };
}

/** Sets the runner's plan (the caller must hold plan access; see access.ts). */
export async function setPlan(
  database: DatabaseHandle,
  professionalId: string,
  runnerId: string,
  input: ProfessionalPlan,
  now: Date,
): Promise<StoredPlan> {
  const plan = checkPlan(input);
  const updatedAt = now.toISOString();
  await plansRepository(database).upsertPlan({
    runner_id: runnerId,
    professional_id: professionalId,
    plan: JSON.stringify(plan),
    updated_at: updatedAt,
  });
  return (await getPlan(database, runnerId, now.toISOString().slice(0, 10)))!;
}

/** The runner's plan, if any; `today` is the runner's calendar day (for `active`). */
export async function getPlan(database: DatabaseHandle, runnerId: string, today: string): Promise<StoredPlan | null> {
  const row = await plansRepository(database).findPlan(runnerId);
  if (!row) return null;
  const plan = JSON.parse(row.plan) as ProfessionalPlan;
  const pro = await accountsRepository(database).findAccountById(row.professional_id);
  return {
    ...plan,
    professionalId: row.professional_id,
    ...(pro ? { professionalEmail: pro.email } : {}),
    updatedAt: row.updated_at,
    active: today <= plan.transitionDate,
  };
}

/** Regions the routine engine should emphasise today (empty once the transition date has passed). */
export async function planFocusRegions(database: DatabaseHandle, runnerId: string, today: string): Promise<Region[]> {
  const plan = await getPlan(database, runnerId, today);
  return plan?.active ? plan.focusRegions : [];
}

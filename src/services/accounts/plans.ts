/**
 * Professional plans (C1): measurable goals, a weekly frequency, regions to emphasise and a
 * transition date (at most a year ahead) after which the runner continues alone. While the
 * plan is active (its transition date not passed, and the professional still holds plan
 * access) its frequency sets the week's session count and its focus regions lead. Revoking
 * the professional's access ends its effect at once; the runner can delete it.
 */
import { accountsRepository, grantsRepository, plansRepository } from "../../store/index.js";
import { allowed, InputError } from "../../core/errors.js";
import { isCalendarDay, localDay } from "../../core/time/calendar.js";
import { userTimeZone } from "../journal/context.js";
import { ROM_SIDED, ROM_TESTS, ROM_UNITS, type RomTestKind } from "../../core/journal/types.js";
import { REGIONS, SIDES, type Region } from "../../core/vocabulary.js";
import type { DatabaseHandle } from "./database.js";
import type { PlanGoal, ProfessionalPlan, StoredPlan } from "./types.js";

const validDay = isCalendarDay;

function unitsFor(test: RomTestKind): PlanGoal["unit"][] {
  const u = ROM_UNITS[test];
  return u === "pass/deg" ? ["pass", "deg"] : [u];
}

/** A plan's transition date may be at most this many days after today. */
export const MAX_PLAN_DAYS = 366;

function dayPlus(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Checks a plan's meaning beyond its shape; throws InputError naming each bad field.
 * With `today`, the transition date must be from today to a year ahead.
 *
 * @example
 * checkPlan({ goals: [{ test: "knee-to-wall", side: "left", target: 12, unit: "cm" }],
 *   sessionsPerWeek: 3, focusRegions: ["calves"], transitionDate: "2027-03-01" }, "2026-12-07");
 */
export function checkPlan(plan: ProfessionalPlan, today?: string): ProfessionalPlan {
  const bad: Record<string, string> = {};
  if (plan.goals.length > 20) bad.goals = "at most 20 goals";
  plan.goals.forEach((g, i) => {
    if (!(ROM_TESTS as readonly string[]).includes(g.test)) {
      bad[`goals.${i}.test`] = `must be ${allowed(ROM_TESTS)}`;
      return;
    }
    if (g.side !== undefined && !(SIDES as readonly string[]).includes(g.side))
      bad[`goals.${i}.side`] = `must be ${allowed(SIDES)}`;
    if (g.side !== undefined && !ROM_SIDED[g.test])
      bad[`goals.${i}.side`] = `${g.test} has no sides; leave side out`;
    const units = unitsFor(g.test);
    if (!units.includes(g.unit))
      bad[`goals.${i}.unit`] = `${g.test} is measured in ${units.join(" or ")}`;
    if (!Number.isFinite(g.target) || g.target < 0 || g.target > 360)
      bad[`goals.${i}.target`] = "must be a number from 0 to 360";
  });
  if (
    !Number.isInteger(plan.sessionsPerWeek) ||
    plan.sessionsPerWeek < 1 ||
    plan.sessionsPerWeek > 14
  ) {
    bad.sessionsPerWeek = "must be a whole number from 1 to 14";
  }
  plan.focusRegions.forEach((r, i) => {
    if (!(REGIONS as readonly string[]).includes(r))
      bad[`focusRegions.${i}`] = `must be ${allowed(REGIONS)}`;
  });
  if (!validDay(plan.transitionDate)) bad.transitionDate = "must be a calendar day YYYY-MM-DD";
  else if (today !== undefined && plan.transitionDate < today)
    bad.transitionDate = `must be today (${today}) or later, got ${plan.transitionDate}`;
  else if (today !== undefined && plan.transitionDate > dayPlus(today, MAX_PLAN_DAYS)) {
    bad.transitionDate = `must be at most a year ahead (${dayPlus(today, MAX_PLAN_DAYS)}), got ${plan.transitionDate}`;
  }
  if (Object.keys(bad).length > 0) throw InputError.many(bad);
  return {
    goals: plan.goals.map((g) => ({
      test: g.test,
      ...(g.side ? { side: g.side } : {}),
      target: g.target,
      unit: g.unit,
    })),
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
  opts: { today?: string } = {},
): Promise<StoredPlan> {
  // "Today" is the runner's calendar day, as everywhere else.
  const today = opts.today ?? localDay(now, await userTimeZone(database, runnerId));
  const plan = checkPlan(input, today);
  const updatedAt = now.toISOString();
  await plansRepository(database).upsertPlan({
    runner_id: runnerId,
    professional_id: professionalId,
    plan: JSON.stringify(plan),
    updated_at: updatedAt,
  });
  return (await getPlan(database, runnerId, today))!;
}

/** The runner's plan, if any; `today` is the runner's calendar day (for `active`). */
export async function getPlan(
  database: DatabaseHandle,
  runnerId: string,
  today: string,
): Promise<StoredPlan | null> {
  const row = await plansRepository(database).findPlan(runnerId);
  if (!row) return null;
  const plan = JSON.parse(row.plan) as ProfessionalPlan;
  const pro = await accountsRepository(database).findAccountById(row.professional_id);
  const grant = await grantsRepository(database).findActiveGrant(runnerId, row.professional_id);
  const status: StoredPlan["status"] =
    grant?.access !== "plan" ? "access-revoked" : today > plan.transitionDate ? "ended" : "active";
  return {
    ...plan,
    professionalId: row.professional_id,
    ...(pro ? { professionalEmail: pro.email } : {}),
    updatedAt: row.updated_at,
    active: status === "active",
    status,
  };
}

/**
 * Deletes the runner's plan (the runner's own choice; the professional keeps any access
 * they were granted). Returns false when there was none.
 *
 * @example
 * await deletePlan(database, userId); // true
 */
export async function deletePlan(database: DatabaseHandle, runnerId: string): Promise<boolean> {
  return plansRepository(database).deletePlanRow(runnerId);
}

/** Regions the routine engine should emphasise today (empty once the transition date has passed). */
export async function planFocusRegions(
  database: DatabaseHandle,
  runnerId: string,
  today: string,
): Promise<Region[]> {
  const plan = await getPlan(database, runnerId, today);
  return plan?.active ? plan.focusRegions : [];
}

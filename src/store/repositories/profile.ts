/**
 * The runner's profile: one row per user.
 *
 * @example
 * const profiles = profileRepository(database);
 * await profiles.saveProfile(userId, profile);
 * const p = await profiles.getProfile(userId); // Profile | null
 */
import { unitsOf, type Profile, type Units } from "../../core/journal/types.js";
import type { Equipment, Weekday } from "../../core/vocabulary.js";
import type { Database } from "../db.js";
import type { ProfileRow } from "../schema.js";
import { bool, compact, flag, orNull, opt } from "./rows.js";

export function profileToRow(userId: string, p: Profile, now: Date): ProfileRow {
  return {
    user_id: userId,
    // NOT NULL since the first migration and no longer read: what older code would show.
    name: p.name ?? "Runner",
    // NOT NULL since the first migration and no longer read: what older code would show.
    units: unitsOf(p),
    time_zone: p.timeZone,
    equipment: JSON.stringify(p.equipment),
    years_running: orNull(p.yearsRunning),
    weekly_distance_km: orNull(p.weeklyDistanceKm),
    previous_injuries: JSON.stringify(p.previousInjuries),
    hours_sitting_per_day: orNull(p.hoursSittingPerDay),
    preferred_session_time: orNull(p.preferredSessionTime),
    goals: JSON.stringify(p.goals),
    new_to_soft_tissue: flag(p.newToSoftTissue),
    max_heart_rate: orNull(p.maxHeartRate),
    resting_heart_rate: orNull(p.restingHeartRate),
    threshold_heart_rate: orNull(p.thresholdHeartRate),
    updated_at: now.toISOString(),
    units_chosen: orNull(p.units),
    name_given: orNull(p.name),
    weekly_budget_minutes: orNull(p.weeklyBudgetMinutes),
    week_start: orNull(p.weekStart),
  };
}

export function rowToProfile(r: ProfileRow): Profile {
  return compact<Profile>({
    name: opt(r.name_given),
    units: opt(r.units_chosen) as Units | undefined,
    timeZone: r.time_zone,
    equipment: JSON.parse(r.equipment) as Equipment[],
    yearsRunning: opt(r.years_running),
    weeklyDistanceKm: opt(r.weekly_distance_km),
    previousInjuries: JSON.parse(r.previous_injuries) as string[],
    hoursSittingPerDay: opt(r.hours_sitting_per_day),
    preferredSessionTime: opt(r.preferred_session_time),
    goals: JSON.parse(r.goals) as string[],
    newToSoftTissue: bool(r.new_to_soft_tissue),
    weeklyBudgetMinutes: opt(r.weekly_budget_minutes),
    weekStart: opt(r.week_start) as Weekday | undefined,
    maxHeartRate: opt(r.max_heart_rate),
    restingHeartRate: opt(r.resting_heart_rate),
    thresholdHeartRate: opt(r.threshold_heart_rate),
  });
}

export function profileRepository(database: Database) {
  const { db } = database;
  return {
    /** The user's profile, or null when none was saved yet. */
    /** The profile's time zone alone (null without a profile): one column, for every request. */
    async getTimeZone(userId: string): Promise<string | null> {
      const row = await db
        .selectFrom("profiles")
        .select("time_zone")
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return row?.time_zone ?? null;
    },

    async getProfile(userId: string): Promise<Profile | null> {
      const row = await db
        .selectFrom("profiles")
        .selectAll()
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return row ? rowToProfile(row) : null;
    },

    /** Creates or replaces the whole profile (one row, one statement). */
    async saveProfile(userId: string, profile: Profile, now: Date = new Date()): Promise<void> {
      const row = profileToRow(userId, profile, now);
      const { user_id: _u, ...update } = row;
      await db
        .insertInto("profiles")
        .values(row)
        .onConflict((oc) => oc.column("user_id").doUpdateSet(update))
        .execute();
    },
  };
}

export type ProfileRepository = ReturnType<typeof profileRepository>;

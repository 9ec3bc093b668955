/** The fields of a profile (src/core/journal/types.ts), in the order people see them. */
import type { Profile } from "./types.js";

const FIELDS: Record<keyof Profile, true> = {
  name: true,
  units: true,
  timeZone: true,
  equipment: true,
  yearsRunning: true,
  weeklyDistanceKm: true,
  previousInjuries: true,
  hoursSittingPerDay: true,
  preferredSessionTime: true,
  goals: true,
  newToSoftTissue: true,
  weeklyBudgetMinutes: true,
  weekStart: true,
  maxHeartRate: true,
  restingHeartRate: true,
  thresholdHeartRate: true,
};

/** Every profile field name, checked against the Profile type at compile time. */
export const PROFILE_FIELDS = Object.keys(FIELDS) as (keyof Profile)[];

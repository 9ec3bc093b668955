/**
 * The runner's profile (A3, T6): read it, or change some fields of it.
 *
 * @example
 * await updateProfile(database, userId, { equipment: ["foam-roller"], weeklyDistanceKm: 40 });
 * const profile = await getProfile(database, userId); // Profile | null
 */
import { InputError } from "../../core/errors.js";
import { UNITS, type Profile } from "../../core/journal/types.js";
import { EQUIPMENT, type Equipment } from "../../core/vocabulary.js";
import { profileRepository, type Database } from "../../store/index.js";
import { systemTimeZone } from "../../core/time/calendar.js";
import type { ServiceOptions } from "./context.js";
import { clockTime, list, numberIn, oneOf, optional, record, text, textList, timeZone, wholeNumber, yesNo } from "./validate.js";

/** Fields a caller may set; null clears an optional field. */
export type ProfileInput = { [K in keyof Profile]?: unknown };

const FIELDS: Record<keyof Profile, true> = {
  name: true, units: true, timeZone: true, equipment: true, yearsRunning: true, weeklyDistanceKm: true,
  previousInjuries: true, hoursSittingPerDay: true, preferredSessionTime: true, goals: true,
  newToSoftTissue: true, maxHeartRate: true, restingHeartRate: true, thresholdHeartRate: true,
};

/** A profile for someone who has not filled one in yet. */
export function defaultProfile(): Profile {
  return { name: "Runner", units: "metric", timeZone: systemTimeZone(), equipment: [], previousInjuries: [], goals: [] };
}

function equipmentList(field: string, v: unknown): Equipment[] {
  const items = list(field, v).map((x, i) => oneOf(`${field}[${i}]`, x, EQUIPMENT));
  return [...new Set(items)];
}

/**
 * Checks a whole profile (e.g. from an export document); `prefix` names its place.
 */
export function validateProfile(v: unknown, prefix = "profile"): Profile {
  const o = record(prefix, v);
  const p = `${prefix}.`;
  const merged = applyProfileInput({ ...defaultProfile(), name: "", timeZone: "UTC" }, o, p);
  if (typeof o.name !== "string") throw new InputError(`${p}name`, "is required");
  if (o.timeZone === undefined) throw new InputError(`${p}timeZone`, "is required");
  return merged;
}

/** Applies `input` on top of `base`, checking every field it sets. */
export function applyProfileInput(base: Profile, input: Record<string, unknown>, p = ""): Profile {
  const out: Profile = { ...base };
  for (const key of Object.keys(input)) {
    if (!(key in FIELDS)) throw new InputError(`${p}${key}`, `is not a profile field; allowed: ${Object.keys(FIELDS).join(", ")}`);
  }
  const set = <K extends keyof Profile>(key: K, check: (v: unknown) => Profile[K]) => {
    if (!(key in input)) return;
    const v = input[key];
    if (v === null) {
      if (["name", "units", "timeZone"].includes(key)) throw new InputError(`${p}${key}`, "cannot be cleared");
      if (key === "equipment" || key === "previousInjuries" || key === "goals") (out as unknown as Record<string, unknown>)[key] = [];
      else delete out[key];
      return;
    }
    const value = check(v);
    if (value === undefined) delete out[key];
    else out[key] = value;
  };
  set("name", (v) => {
    const name = text(`${p}name`, v, 100);
    if (!name) throw new InputError(`${p}name`, "must not be empty");
    return name;
  });
  set("units", (v) => oneOf(`${p}units`, v, UNITS));
  set("timeZone", (v) => timeZone(`${p}timeZone`, v));
  set("equipment", (v) => equipmentList(`${p}equipment`, v));
  set("yearsRunning", (v) => numberIn(`${p}yearsRunning`, v, 0, 80, "years"));
  set("weeklyDistanceKm", (v) => numberIn(`${p}weeklyDistanceKm`, v, 0, 500, "km"));
  set("previousInjuries", (v) => textList(`${p}previousInjuries`, v));
  set("hoursSittingPerDay", (v) => numberIn(`${p}hoursSittingPerDay`, v, 0, 24, "hours"));
  set("preferredSessionTime", (v) => clockTime(`${p}preferredSessionTime`, v));
  set("goals", (v) => textList(`${p}goals`, v));
  set("newToSoftTissue", (v) => yesNo(`${p}newToSoftTissue`, v));
  set("maxHeartRate", (v) => wholeNumber(`${p}maxHeartRate`, v, 100, 230));
  set("restingHeartRate", (v) => wholeNumber(`${p}restingHeartRate`, v, 25, 120));
  set("thresholdHeartRate", (v) => wholeNumber(`${p}thresholdHeartRate`, v, 80, 230));
  const { restingHeartRate: rest, maxHeartRate: max } = out;
  if (rest !== undefined && max !== undefined && rest >= max) {
    throw new InputError(`${p}restingHeartRate`, `must be below maxHeartRate (${max}), got ${rest}`);
  }
  return out;
}

/** The saved profile, or null when none was saved yet. */
export async function getProfile(database: Database, userId: string): Promise<Profile | null> {
  return profileRepository(database).getProfile(userId);
}

/**
 * Sets the given fields (creating the profile from defaults when there is none) and returns
 * the saved profile. Nothing is saved when any field is bad.
 */
export async function updateProfile(database: Database, userId: string, input: ProfileInput, opts: ServiceOptions = {}): Promise<Profile> {
  const repo = profileRepository(database);
  const current = (await repo.getProfile(userId)) ?? defaultProfile();
  const next = applyProfileInput(current, optional(input, (v) => record("profile", v)) ?? {});
  await repo.saveProfile(userId, next, opts.now);
  return next;
}

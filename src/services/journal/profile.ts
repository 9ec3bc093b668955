/**
 * The runner's profile (A3, T6): read it, or change some fields of it.
 *
 * @example
 * await updateProfile(database, userId, { equipment: ["foam-roller"], weeklyDistanceKm: 40 });
 * const profile = await getProfile(database, userId); // Profile | null
 */
import { InputError } from "../../core/errors.js";
import type { Profile } from "../../core/journal/types.js";
import { ProfileBody } from "../../core/schemas/bodies.js";
import { parseInput } from "../../core/schemas/parse.js";
import { profileRepository, type Database } from "../../store/index.js";
import type { ServiceOptions } from "./context.js";

/** Fields a caller may set; null clears an optional field. */
export type ProfileInput = { [K in keyof Profile]?: unknown };

/**
 * The start of a profile for someone who has not filled one in yet: nothing the runner did
 * not say (no name, no units), in the time zone they gave or their own device's.
 */
export function emptyProfile(timeZone: string): Profile {
  return { timeZone, equipment: [], previousInjuries: [], goals: [] };
}

const REQUIRED = new Set<string>(["name", "units", "timeZone"]);
const LISTS = new Set<string>(["equipment", "previousInjuries", "goals"]);

/**
 * Applies `input` (checked with ProfileBody, src/core/schemas) on top of `base`; null clears
 * an optional field, an empty text clears it too.
 *
 * @example
 * applyProfileInput(emptyProfile("UTC"), { equipment: ["band"], yearsRunning: null });
 */
export function applyProfileInput(base: Profile, input: unknown, p = ""): Profile {
  const body = parseInput(ProfileBody, input ?? {}, p.replace(/\.$/, ""), "profile");
  const out: Profile = { ...base };
  const target = out as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (value === null) {
      if (REQUIRED.has(key)) throw new InputError(`${p}${key}`, "cannot be cleared");
      if (LISTS.has(key)) target[key] = [];
      else delete target[key];
      continue;
    }
    target[key] = value;
  }
  const { restingHeartRate: rest, maxHeartRate: max } = out;
  if (rest !== undefined && max !== undefined && rest >= max) {
    throw new InputError(
      `${p}restingHeartRate`,
      `must be below maxHeartRate (${max}), got ${rest}`,
    );
  }
  return out;
}

/** The saved profile, or null when none was saved yet. */
export async function getProfile(database: Database, userId: string): Promise<Profile | null> {
  return profileRepository(database).getProfile(userId);
}

/**
 * Sets the given fields and returns the saved profile. Nothing is saved when any field is
 * bad. A new profile needs a time zone: the one given, else `deviceTimeZone` when the caller
 * runs on the runner's own device (the CLI); a server has no way to know it and refuses.
 */
export async function updateProfile(
  database: Database,
  userId: string,
  input: ProfileInput,
  opts: ServiceOptions & { deviceTimeZone?: string } = {},
): Promise<Profile> {
  const repo = profileRepository(database);
  const current = await repo.getProfile(userId);
  // The fields are checked first, so a bad one is named before a missing zone.
  const next = applyProfileInput(current ?? emptyProfile(opts.deviceTimeZone ?? "UTC"), input);
  const given = (input as { timeZone?: unknown } | null)?.timeZone;
  if (!current && (given === undefined || given === null) && opts.deviceTimeZone === undefined)
    throw new InputError(
      "timeZone",
      'is required for a new profile: an IANA time zone such as "Europe/Berlin"',
    );
  await repo.saveProfile(userId, next, opts.now);
  return next;
}

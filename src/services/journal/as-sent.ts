/**
 * Records as the API sends them. The journal stores only what the runner said: a profile
 * without chosen units and a body check entry without a rebound answer leave them out, and
 * `limber export` writes them so (a restore keeps them unsaid). API answers fill in the
 * defaults here, on the way out, so every reader sees units and a rebound answer; they are
 * never written back as if given.
 *
 * @example
 * profileAsSent({ name: "Ana", timeZone: "UTC", equipment: [], previousInjuries: [], goals: [] }).units; // "metric"
 */
import {
  unitsOf,
  type BodyCheck,
  type BodyCheckEntry,
  type Profile,
  type Units,
} from "../../core/journal/types.js";

export type SentProfile = Profile & { units: Units };
export type SentBodyCheck = BodyCheck & { entries: (BodyCheckEntry & { rebound: boolean })[] };

/** The profile with its units, the default when none were chosen (same key order as stored). */
export function profileAsSent(p: Profile): SentProfile {
  if (p.units !== undefined) return p as SentProfile;
  const { name, ...rest } = p;
  return { name, units: unitsOf(p), ...rest };
}

/** The check with a rebound answer on every entry: no answer reads as "does not rebound". */
export function bodyCheckAsSent(c: BodyCheck): SentBodyCheck {
  if (c.entries.every((e) => e.rebound !== undefined)) return c as SentBodyCheck;
  return { ...c, entries: c.entries.map((e) => ({ ...e, rebound: e.rebound ?? false })) };
}

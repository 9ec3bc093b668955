/**
 * The "about you" step as typed, and the profile it makes: only the fields the runner
 * filled in are sent (an empty field stays unset, never a default).
 */
import type { Profile, Units } from "../../core/journal/types.js";
import type { Equipment } from "../../core/vocabulary.js";
import { distanceFromDisplay } from "../app/units.js";

export interface AboutDraft {
  name: string;
  units: Units;
  equipment: Equipment[];
  yearsRunning: string;
  weekly: string;
  sitting: string;
  time: string;
  injuries: string;
  goals: string;
  newToSoftTissue: boolean;
}

/** An "about you" step with nothing typed: every field empty, metric preselected on the form. */
export const EMPTY_ABOUT: AboutDraft = {
  name: "",
  units: "metric",
  equipment: [],
  yearsRunning: "",
  weekly: "",
  sitting: "",
  time: "",
  injuries: "",
  goals: "",
  newToSoftTissue: false,
};

/**
 * What is wrong with the name as typed, or null: spaces alone are no name (the profile
 * keeps it trimmed and needs one).
 *
 * @example
 * nameProblem("   "); // "Your name: type the name you go by."
 * nameProblem(" Ana "); // null
 */
export function nameProblem(name: string): string | null {
  return name.trim() === "" ? "Your name: type the name you go by." : null;
}

/** "a, b,,c" -> ["a", "b", "c"]. */
export const commaList = (s: string): string[] =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The profile to PUT, in the journal's units (km), with the device's time zone.
 *
 * @example
 * profileFromDraft({ ...draft, weekly: "25", units: "imperial" }, "Europe/Berlin").weeklyDistanceKm; // 40.2
 */
export function profileFromDraft(p: AboutDraft, timeZone: string): Profile {
  const profile: Profile = {
    name: p.name.trim(),
    units: p.units,
    timeZone,
    equipment: p.equipment,
    previousInjuries: commaList(p.injuries),
    goals: commaList(p.goals),
  };
  if (p.newToSoftTissue) profile.newToSoftTissue = true;
  if (p.yearsRunning) profile.yearsRunning = Number(p.yearsRunning);
  if (p.weekly)
    profile.weeklyDistanceKm = Math.round(distanceFromDisplay(Number(p.weekly), p.units) * 10) / 10;
  if (p.sitting) profile.hoursSittingPerDay = Number(p.sitting);
  if (p.time) profile.preferredSessionTime = p.time;
  return profile;
}

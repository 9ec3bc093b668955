/**
 * How the CLI shows figures and times to a runner: instants in the runner's time zone
 * (from the profile), and distances, lengths and paces in their units, which `--units`
 * overrides for one command.
 */
import { InputError } from "../../core/errors.js";
import { UNITS, unitsOf, type Units } from "../../core/journal/types.js";
import type { Database } from "../../store/index.js";
import { getProfile } from "../../services/journal/profile.js";
import {
  localDay as calendarDay,
  localTime as clockTime,
  systemTimeZone,
} from "../../core/time/calendar.js";

export interface Display {
  timeZone: string;
  units: Units;
}

const KM_PER_MILE = 1.609344;
const CM_PER_INCH = 2.54;

/**
 * The runner's zone and units, with `--units` winning when given.
 *
 * @example
 * await displayFor(database, userId, "imperial"); // { timeZone: "Europe/Berlin", units: "imperial" }
 */
export async function displayFor(
  database: Database,
  userId: string,
  unitsFlag?: string,
): Promise<Display> {
  if (unitsFlag !== undefined && !(UNITS as readonly string[]).includes(unitsFlag))
    throw new InputError("--units", `"${unitsFlag}" is not one of ${UNITS.join(", ")}`);
  const p = await getProfile(database, userId);
  return {
    timeZone: p?.timeZone ?? systemTimeZone(),
    units: (unitsFlag as Units | undefined) ?? unitsOf(p),
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * "2026-05-01 09:30" for an instant, in `timeZone`.
 *
 * @example
 * localTime("2026-05-01T07:30:00Z", "Europe/Berlin"); // "2026-05-01 09:30"
 */
export function localTime(instant: string, timeZone: string): string {
  // The one calendar module (core/time) decides days and wall-clock times everywhere.
  return `${calendarDay(instant, timeZone)} ${clockTime(instant, timeZone)}`;
}

/** The calendar day of an instant in `timeZone`: "2026-05-01". */
export function localDay(instant: string, timeZone: string): string {
  return calendarDay(instant, timeZone);
}

/**
 * "12.30 km" or "7.64 mi".
 *
 * @example
 * distanceText(12.3, "imperial"); // "7.64 mi"
 */
export function distanceText(km: number, units: Units, digits = 2): string {
  return units === "imperial"
    ? `${(km / KM_PER_MILE).toFixed(digits)} mi`
    : `${km.toFixed(digits)} km`;
}

/**
 * "9 cm" or "3.5 in" (lengths of range-of-motion tests).
 *
 * @example
 * lengthText(9, "imperial"); // "3.5 in"
 */
export function lengthText(cm: number, units: Units): string {
  return units === "imperial"
    ? `${Math.round((cm / CM_PER_INCH) * 10) / 10} in`
    : `${Math.round(cm * 10) / 10} cm`;
}

/**
 * "5:12/km" or "8:22/mi".
 *
 * @example
 * paceText(312, "imperial"); // "8:22/mi"
 */
export function paceText(secondsPerKm: number | undefined, units: Units): string {
  if (secondsPerKm === undefined) return "-";
  const s = Math.round(units === "imperial" ? secondsPerKm * KM_PER_MILE : secondsPerKm);
  return `${Math.floor(s / 60)}:${two(s % 60)}/${units === "imperial" ? "mi" : "km"}`;
}

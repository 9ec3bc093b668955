/**
 * Every figure the app shows goes through these, so each carries its unit and follows the
 * runner's metric / imperial choice.
 */
import { durationText } from "../../core/text/duration.js";
import type { Units } from "../../core/journal/types.js";
import {
  dayLabel,
  localDay as calendarDay,
  systemTimeZone,
  type InstantLike,
} from "../../core/time/calendar.js";

const KM_PER_MI = 1.609344;
const CM_PER_IN = 2.54;

/**
 * Distance from metres.
 *
 * @example
 * formatDistance(21097, "imperial"); // "13.1 mi"
 */
export function formatDistance(meters: number | undefined, units: Units): string {
  if (meters === undefined) return "—";
  const km = meters / 1000;
  return units === "imperial" ? `${(km / KM_PER_MI).toFixed(1)} mi` : `${km.toFixed(1)} km`;
}

/** A length given in cm (ROM tests) in the runner's unit. */
export function formatLength(cm: number | undefined, units: Units): string {
  if (cm === undefined) return "—";
  return units === "imperial" ? `${(cm / CM_PER_IN).toFixed(1)} in` : `${cm.toFixed(1)} cm`;
}

/** Converts a cm value to the display unit (for charts), and back. */
export const lengthToDisplay = (cm: number, units: Units): number =>
  units === "imperial" ? cm / CM_PER_IN : cm;
export const lengthFromDisplay = (v: number, units: Units): number =>
  units === "imperial" ? v * CM_PER_IN : v;
export const lengthUnit = (units: Units): string => (units === "imperial" ? "in" : "cm");

/** Weekly distance: profile keeps km; forms show the runner's unit. */
export const distanceToDisplay = (km: number, units: Units): number =>
  units === "imperial" ? km / KM_PER_MI : km;
export const distanceFromDisplay = (v: number, units: Units): number =>
  units === "imperial" ? v * KM_PER_MI : v;
export const distanceUnit = (units: Units): string => (units === "imperial" ? "mi" : "km");

/** Pace from seconds per km. */
export function formatPace(secPerKm: number | undefined, units: Units): string {
  if (!secPerKm) return "—";
  const s = units === "imperial" ? secPerKm * KM_PER_MI : secPerKm;
  const m = Math.floor(s / 60);
  const r = Math.round(s % 60);
  return `${m}:${String(r).padStart(2, "0")} /${units === "imperial" ? "mi" : "km"}`;
}

/**
 * Seconds as "m:ss" for timers, or "N min" / "N s" for doses.
 *
 * @example
 * formatClock(75); // "1:15"
 */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * A dose or total as the runner reads it.
 *
 * @example
 * formatDuration(45); // "45 s"
 * formatDuration(78); // "1 min 18 s"
 */
export function formatDuration(seconds: number): string {
  return durationText(seconds);
}

/**
 * Calendar day as the runner reads it, the same on every device; an instant counts on its
 * day in the runner's time zone. A day more than about six months from today carries its
 * year (years of history in a chart's tooltip).
 *
 * @example
 * formatDay("2026-11-22"); // "Sun 22 Nov" (read in December 2026)
 */
export function formatDay(isoDate: string): string {
  return dayLabel(isoDate.length === 10 ? isoDate : localDay(isoDate), localDay());
}

/**
 * A day for a chart's axis: day and month only.
 *
 * @example
 * axisDay("2026-12-05"); // "5 Dec"
 */
export function axisDay(isoDate: string): string {
  return dayLabel(isoDate).replace(/^\S+ /, "");
}

let runnerZone: string | undefined;

/** Sets the runner's time zone (from the profile) for every "which day is it" in the app. */
export function setRunnerTimeZone(zone: string | undefined): void {
  runnerZone = zone;
}

/** The runner's time zone: the profile's, else the device's until a profile is known. */
export function runnerTimeZone(): string {
  return runnerZone ?? systemTimeZone();
}

/**
 * The calendar day (YYYY-MM-DD) of an instant in the runner's time zone, as the server and
 * the CLI count days (src/core/time).
 *
 * @example
 * localDay(); // today, e.g. "2026-11-21"
 */
export function localDay(at: InstantLike = new Date()): string {
  return calendarDay(at, runnerTimeZone());
}

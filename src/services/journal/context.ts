/**
 * What every journal service needs besides its input: the database, whose journal it is,
 * and the clock (injectable so tests and the API can fix "now").
 */
import { profileRepository, type Database } from "../../store/index.js";
import { systemTimeZone } from "../../core/time/calendar.js";
import { processEnvironment } from "../config/index.js";

export interface ServiceOptions {
  /** "Now" for defaults (today's date, started-at); default the real clock. */
  now?: Date;
}

let systemZone: { tz: string | undefined; zone: string } | undefined;

/**
 * The machine's time zone, asked of the runtime once per value of `TZ` (the runtime keeps
 * its own zone until `TZ` changes, and asking costs about as much as a whole small API
 * request).
 *
 * @example
 * processTimeZone(); // "Europe/Berlin"
 */
export function processTimeZone(): string {
  const tz = processEnvironment().TZ;
  if (systemZone === undefined || systemZone.tz !== tz) systemZone = { tz, zone: systemTimeZone() };
  return systemZone.zone;
}

/** The runner's time zone: the profile's, else the system's. */
export async function userTimeZone(database: Database, userId: string): Promise<string> {
  return (await profileRepository(database).getTimeZone(userId)) ?? processTimeZone();
}

/**
 * What every journal service needs besides its input: the database, whose journal it is,
 * and the clock (injectable so tests and the API can fix "now").
 */
import { profileRepository, type Database } from "../../store/index.js";
import { systemTimeZone } from "../../core/time/calendar.js";

export interface ServiceOptions {
  /** "Now" for defaults (today's date, started-at); default the real clock. */
  now?: Date;
}

/** The runner's time zone: the profile's, else the system's. */
export async function userTimeZone(database: Database, userId: string): Promise<string> {
  const profile = await profileRepository(database).getProfile(userId);
  return profile?.timeZone ?? systemTimeZone();
}

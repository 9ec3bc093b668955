/** The journal download's file name, dated by the runner's calendar day. */
import { localDay, type InstantLike } from "../../core/time/calendar.js";

/**
 * @example
 * exportFileName("2026-11-30T03:30:00Z", "America/Los_Angeles"); // "limber-journal-2026-11-29.json"
 */
export function exportFileName(at: InstantLike, timeZone: string): string {
  return `limber-journal-${localDay(at, timeZone)}.json`;
}

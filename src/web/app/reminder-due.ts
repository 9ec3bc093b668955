/**
 * When the daily reminder is due. The page (while it runs) and the service worker (woken by
 * Periodic Background Sync) both ask this, and both record the day they showed it, so the
 * runner gets one reminder a day, not one from each.
 */

/** How long after the chosen time a late wake-up still reminds: the browser picks when a
 * periodic sync runs, often hours apart. */
export const LATE_MINUTES = 360;

/**
 * The device's calendar day, YYYY-MM-DD.
 *
 * @example
 * localDay(new Date(2026, 11, 4, 23, 30)); // "2026-12-04"
 */
export function localDay(now: Date): string {
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${m}-${d}`;
}

/**
 * Whether to show the reminder now: today's `HH:MM` has come, at most `LATE_MINUTES` ago,
 * and it was not shown today already.
 *
 * @example
 * reminderDue(new Date(2026, 11, 4, 7, 10), "07:00", "2026-12-03"); // true
 * reminderDue(new Date(2026, 11, 4, 7, 10), "07:00", "2026-12-04"); // false: shown today
 * reminderDue(new Date(2026, 11, 4, 6, 50), "07:00", undefined); // false: not yet
 */
export function reminderDue(now: Date, hhmm: string, lastShownDay: string | undefined): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return false;
  if (lastShownDay === localDay(now)) return false;
  const minutesNow = now.getHours() * 60 + now.getMinutes();
  const since = minutesNow - (Number(m[1]) * 60 + Number(m[2]));
  return since >= 0 && since <= LATE_MINUTES;
}

/** What the page tells the service worker about the reminder (kept in Cache Storage). */
export interface ReminderConfig {
  /** HH:MM on the device's clock; absent when the runner set no time. */
  time?: string;
  /** The runner turned notifications on in this browser. */
  on: boolean;
  /** The day a reminder was last shown, by the page or the worker. */
  lastShownDay?: string;
}

/** The text of the notification, in the coach's words. */
export const REMINDER_TITLE = "Limber";
export const REMINDER_BODY = "Time for today's mobility session. Open Limber to see it.";
export const REMINDER_TAG = "limber-daily";
/** The Periodic Background Sync tag the worker answers to. */
export const REMINDER_SYNC_TAG = "limber-reminder";

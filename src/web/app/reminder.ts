/**
 * The daily reminder (T6), in the ways a browser allows, best first:
 *
 * 1. Periodic Background Sync (Chromium, installed app): the browser wakes the service worker
 *    a few times a day, at times it picks, and the worker shows the reminder if its time has
 *    come (src/web/sw/reminder-sw.ts). Works while the app is closed.
 * 2. While the app runs (open, or kept alive in the background), a timer shows it at the time.
 * 3. Everywhere: the calendar feed, whose events the calendar app announces itself.
 *
 * Notifications are shown through the service worker (registration.showNotification), which
 * is the only way phones show them, and a tap opens Today.
 */
import {
  REMINDER_BODY,
  REMINDER_SYNC_TAG,
  REMINDER_TAG,
  REMINDER_TITLE,
  localDay,
  reminderDue,
} from "./reminder-due.js";
import { readReminderConfig, updateReminderConfig } from "./reminder-store.js";

const KEY = "limber:reminders";

/**
 * Milliseconds from `now` to the next `HH:MM` on the device's clock (today if still ahead,
 * else tomorrow).
 *
 * @example
 * msUntilNext(new Date(2026, 4, 1, 6, 30), "07:00"); // 1_800_000
 */
export function msUntilNext(now: Date, hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`not a time HH:MM: ${hhmm}`);
  const next = new Date(now);
  next.setHours(Number(m[1]), Number(m[2]), 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** Whether the runner turned notifications on in this browser. */
export function remindersOn(): boolean {
  try {
    return localStorage.getItem(KEY) === "on";
  } catch {
    return false;
  }
}

/** What this device allows for reminders. */
export interface ReminderSupport {
  /** The browser has the Notifications API. */
  notifications: boolean;
  permission: "granted" | "denied" | "default" | "unsupported";
  /** Opened as an installed app (home screen, app window), not a browser tab. */
  installed: boolean;
  /** Periodic Background Sync exists and the browser lets this app use it. */
  periodicSync: boolean;
}

interface PeriodicSyncManager {
  register(tag: string, o: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
}
type WithPeriodicSync = ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager };

async function registration(): Promise<WithPeriodicSync | undefined> {
  if (!("serviceWorker" in navigator)) return undefined;
  return (await navigator.serviceWorker.getRegistration()) ?? undefined;
}

async function periodicSyncAllowed(): Promise<boolean> {
  const reg = await registration();
  if (!reg?.periodicSync) return false;
  try {
    const p = await navigator.permissions.query({
      name: "periodic-background-sync" as PermissionName,
    });
    return p.state === "granted";
  } catch {
    return false;
  }
}

/** Finds out what this device allows (feature detection only; asks the runner nothing). */
export async function reminderSupport(): Promise<ReminderSupport> {
  const notifications = typeof window !== "undefined" && "Notification" in window;
  return {
    notifications,
    permission: notifications ? Notification.permission : "unsupported",
    installed:
      typeof window.matchMedia === "function" &&
      window.matchMedia("(display-mode: standalone)").matches,
    periodicSync: await periodicSyncAllowed().catch(() => false),
  };
}

/**
 * In plain words, which reminder applies on this device, for Settings.
 *
 * @example
 * reminderWays({ notifications: false, permission: "unsupported", installed: false, periodicSync: false }, true);
 * // "This browser cannot show notifications. Subscribe to the calendar link below: ..."
 */
export function reminderWays(s: ReminderSupport, on: boolean): string {
  const calendar =
    "Subscribe to the calendar link below: your calendar app then reminds you at the time.";
  if (!s.notifications) return `This browser cannot show notifications. ${calendar}`;
  if (s.permission === "denied")
    return `Notifications are blocked for Limber in this browser's settings. ${calendar}`;
  if (!on)
    return "Turn on notifications to be reminded at this time. The calendar link below works too.";
  if (s.periodicSync)
    return "On this device the installed app reminds you even when it is closed: the phone wakes it a few times a day, so the reminder can come up to a few hours after the time.";
  if (s.installed)
    return "On this device the app reminds you at the time while it is open or running in the background; once the phone closes it, only the calendar link reminds you.";
  return `In a browser tab the reminder shows only while the tab is open. Install Limber (Add to Home Screen) so it can remind you in the background, or ${calendar.charAt(0).toLowerCase()}${calendar.slice(1)}`;
}

/** Asks for permission and turns reminders on; false when the browser says no. */
export async function enableReminders(time?: string): Promise<boolean> {
  if (!("Notification" in window)) return false;
  const p =
    Notification.permission === "granted" ? "granted" : await Notification.requestPermission();
  if (p !== "granted") return false;
  localStorage.setItem(KEY, "on");
  await updateReminderConfig({ on: true, ...(time ? { time } : {}) });
  await registerPeriodicCheck();
  return true;
}

/** Turns reminders off in this browser, the closed-app check included. */
export async function disableReminders(): Promise<void> {
  localStorage.removeItem(KEY);
  await updateReminderConfig({ on: false });
  const reg = await registration();
  await reg?.periodicSync?.unregister(REMINDER_SYNC_TAG).catch(() => undefined);
}

/** Asks the browser to wake the worker about hourly (it decides; often a few times a day). */
async function registerPeriodicCheck(): Promise<void> {
  if (!(await periodicSyncAllowed())) return;
  const reg = await registration();
  await reg?.periodicSync
    ?.register(REMINDER_SYNC_TAG, { minInterval: 60 * 60 * 1000 })
    .catch(() => undefined);
}

/** Shows the reminder through the service worker, once a day (shared with the worker). */
async function showIfDue(hhmm: string): Promise<void> {
  const now = new Date();
  const c = await readReminderConfig();
  if (!reminderDue(now, hhmm, c.lastShownDay)) return;
  const reg = await registration();
  const options = { body: REMINDER_BODY, tag: REMINDER_TAG, icon: "/icons/icon-192.png" };
  if (reg) await reg.showNotification(REMINDER_TITLE, options);
  else new Notification(REMINDER_TITLE, options);
  await updateReminderConfig({ lastShownDay: localDay(now) });
}

/**
 * Keeps the worker's copy of the time current and shows the reminder at `hhmm` every day
 * while the app runs; returns a cancel function.
 *
 * @example
 * useEffect(() => (time ? scheduleReminder(time) : undefined), [time]);
 */
export function scheduleReminder(hhmm: string): () => void {
  let timer: number | undefined;
  void updateReminderConfig({ time: hhmm, on: remindersOn() }).then(() =>
    remindersOn() ? registerPeriodicCheck() : undefined,
  );
  const arm = () => {
    timer = window.setTimeout(
      () => {
        if (remindersOn() && "Notification" in window && Notification.permission === "granted")
          void showIfDue(hhmm).catch(() => {});
        arm();
      },
      msUntilNext(new Date(), hhmm),
    );
  };
  arm();
  return () => window.clearTimeout(timer);
}

/** The runner cleared the reminder time: the worker stops reminding too. */
export function forgetReminderTime(): void {
  void updateReminderConfig({ time: undefined });
}

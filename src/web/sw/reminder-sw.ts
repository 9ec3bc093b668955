/**
 * The reminder part of the service worker, bundled into /reminder-sw.js at build time and
 * loaded by the generated worker with importScripts (vite.config.ts). It lets the installed
 * app remind the runner while it is closed, where the browser allows:
 *
 * - `periodicsync` (Chromium, installed apps; the browser decides how often, at best a few
 *   times a day): if the reminder time has come today and no reminder was shown yet, show it.
 * - `notificationclick`: open the app on Today, reusing an open window.
 */
import {
  REMINDER_BODY,
  REMINDER_SYNC_TAG,
  REMINDER_TAG,
  REMINDER_TITLE,
  localDay,
  reminderDue,
} from "../app/reminder-due.js";
import { readReminderConfig, updateReminderConfig } from "../app/reminder-store.js";

/** The parts of the worker's global scope this file uses (the DOM library lacks them). */
interface WorkerScope {
  addEventListener(type: "periodicsync" | "notificationclick", fn: (e: WorkerEvent) => void): void;
  registration: ServiceWorkerRegistration;
  clients: {
    matchAll(o: {
      type: "window";
      includeUncontrolled: boolean;
    }): Promise<
      { url: string; focus(): Promise<unknown>; navigate(u: string): Promise<unknown> }[]
    >;
    openWindow(url: string): Promise<unknown>;
  };
}
interface WorkerEvent {
  tag?: string;
  notification?: Notification;
  waitUntil(p: Promise<unknown>): void;
}

const sw = self as unknown as WorkerScope;

/** Shows today's reminder if it is due; records the day so the page does not repeat it. */
async function remindIfDue(now: Date): Promise<boolean> {
  const c = await readReminderConfig();
  if (!c.on || !c.time || !reminderDue(now, c.time, c.lastShownDay)) return false;
  await sw.registration.showNotification(REMINDER_TITLE, {
    body: REMINDER_BODY,
    tag: REMINDER_TAG,
    icon: "/icons/icon-192.png",
  });
  await updateReminderConfig({ lastShownDay: localDay(now) });
  return true;
}

sw.addEventListener("periodicsync", (e) => {
  if (e.tag === REMINDER_SYNC_TAG) e.waitUntil(remindIfDue(new Date()));
});

sw.addEventListener("notificationclick", (e) => {
  e.notification?.close();
  e.waitUntil(
    (async () => {
      const open = await sw.clients.matchAll({ type: "window", includeUncontrolled: true });
      const first = open[0];
      if (first) {
        await first.navigate("/#/today").catch(() => undefined);
        await first.focus();
      } else await sw.clients.openWindow("/#/today");
    })(),
  );
});

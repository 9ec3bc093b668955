/**
 * The reminder settings where the service worker can read them: Cache Storage is shared by
 * the page and its worker (localStorage is not), and survives the app being closed.
 */
import type { ReminderConfig } from "./reminder-due.js";

const CACHE = "limber-reminder";
const KEY = "/__limber/reminder.json";

/** The stored reminder settings; `{ on: false }` when none or storage is unavailable. */
export async function readReminderConfig(): Promise<ReminderConfig> {
  try {
    const res = await (await caches.open(CACHE)).match(KEY);
    if (!res) return { on: false };
    const c = (await res.json()) as Partial<ReminderConfig>;
    return {
      on: c.on === true,
      ...(typeof c.time === "string" ? { time: c.time } : {}),
      ...(typeof c.lastShownDay === "string" ? { lastShownDay: c.lastShownDay } : {}),
    };
  } catch {
    return { on: false };
  }
}

/**
 * Changes the stored reminder settings (the fields given), keeping the rest.
 *
 * @example
 * await updateReminderConfig({ time: "07:30" });
 */
export async function updateReminderConfig(patch: Partial<ReminderConfig>): Promise<void> {
  try {
    const next = { ...(await readReminderConfig()), ...patch };
    const body = JSON.stringify(next);
    await (
      await caches.open(CACHE)
    ).put(KEY, new Response(body, { headers: { "content-type": "application/json" } }));
  } catch {
    /* no Cache Storage (private window, plain http on another host): the page timer remains */
  }
}

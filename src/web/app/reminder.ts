/**
 * The daily reminder (T6): at the runner's chosen time the app shows a notification, where
 * the browser allows notifications and the app is running (installed apps keep running in
 * the background on most phones). The calendar feed, with its own alarms, is the fallback
 * that works everywhere.
 */

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

/** Asks for permission and turns reminders on; false when the browser says no. */
export async function enableReminders(): Promise<boolean> {
  if (!("Notification" in window)) return false;
  const p =
    Notification.permission === "granted" ? "granted" : await Notification.requestPermission();
  if (p !== "granted") return false;
  localStorage.setItem(KEY, "on");
  return true;
}

/** Turns reminders off in this browser. */
export function disableReminders(): void {
  localStorage.removeItem(KEY);
}

async function show(): Promise<void> {
  const body = "Time for today's mobility session. Open Limber to see it.";
  const reg =
    "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
  if (reg)
    await reg.showNotification("Limber", {
      body,
      tag: "limber-daily",
      icon: "/icons/icon-192.png",
    });
  else new Notification("Limber", { body, tag: "limber-daily" });
}

/**
 * Shows the reminder at `hhmm` every day while the app runs; returns a cancel function.
 *
 * @example
 * useEffect(() => (time && remindersOn() ? scheduleReminder(time) : undefined), [time]);
 */
export function scheduleReminder(hhmm: string): () => void {
  let timer: number | undefined;
  const arm = () => {
    timer = window.setTimeout(
      () => {
        if (remindersOn() && "Notification" in window && Notification.permission === "granted")
          void show().catch(() => {});
        arm();
      },
      msUntilNext(new Date(), hhmm),
    );
  };
  arm();
  return () => window.clearTimeout(timer);
}

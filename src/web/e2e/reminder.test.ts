/**
 * The daily reminder in a real Chromium: with notifications allowed and a reminder time that
 * has just come, the service worker, woken the way Periodic Background Sync wakes it (through
 * the DevTools protocol, as the browser would a few times a day), shows the reminder once,
 * and not again that day; Settings says which reminder applies in a browser tab.
 */
import { expect, it } from "vitest";
import { describeInBrowser, e2eSession } from "./support/session.js";

const session = e2eSession();

/** HH:MM a few minutes ago on this machine's clock (the browser's clock too). */
function minutesAgo(n: number): string {
  const d = new Date(Date.now() - n * 60_000);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

describeInBrowser("daily reminder", () => {
  it("the service worker shows it when woken after the time, once a day", async () => {
    // Right after midnight "a few minutes ago" is yesterday: nothing would be due.
    const now = new Date();
    if (now.getHours() === 0 && now.getMinutes() < 5) return;
    const server = await session.startServer();
    const browser = await session.launchBrowser();
    const { page, context } = browser;
    await context.grantPermissions(["notifications"], { origin: server.url });
    await server.send("PUT", "/api/profile", {
      name: "Sam",
      units: "metric",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
      equipment: [],
      previousInjuries: [],
      goals: [],
      preferredSessionTime: minutesAgo(2),
    });

    await page.goto(`${server.url}/#/settings`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // The box ticks once the browser has said yes, a moment after the tap.
    await page.getByTestId("notify").click();
    await expect.poll(() => page.getByTestId("notify").isChecked()).toBe(true);
    await page
      .getByTestId("reminder-ways")
      .filter({ hasText: /^In a browser tab the reminder shows only while the tab is open/ })
      .waitFor();

    // Wake the worker as a periodic sync would.
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) => {
      cdp.on("ServiceWorker.workerRegistrationUpdated", (e) => {
        const r = e.registrations.find((x) => x.scopeURL.startsWith(server.url) && !x.isDeleted);
        if (r) resolve(r.registrationId);
      });
    });
    await cdp.send("ServiceWorker.enable");
    const id = await registrationId;
    const wake = () =>
      cdp.send("ServiceWorker.dispatchPeriodicSyncEvent", {
        origin: server.url,
        registrationId: id,
        tag: "limber-reminder",
      });
    const shown = () =>
      page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        const list = await reg.getNotifications({ tag: "limber-daily" });
        return list.map((n) => n.body);
      });
    const lastShown = () =>
      page.evaluate(async () => {
        const res = await (await caches.open("limber-reminder")).match("/__limber/reminder.json");
        return ((await res?.json()) as { lastShownDay?: string } | undefined)?.lastShownDay;
      });

    await wake();
    await expect.poll(shown).toEqual(["Time for today's mobility session. Open Limber to see it."]);
    const day = await lastShown();
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Closed and woken again the same day: no second reminder.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      for (const n of await reg.getNotifications()) n.close();
    });
    await wake();
    await page.waitForTimeout(1000);
    expect(await shown()).toEqual([]);
    expect(await lastShown()).toBe(day);
  }, 90_000);
});

/**
 * End to end: what a runner gave the app stays, across Back, a reload and a second tap.
 * 1. The time chosen on Today is the one shown, and stays for the day; with none chosen,
 *    the session's default budget, never the routine's own length.
 */
import { expect, it } from "vitest";
import type { TodayAnswer } from "../../core/schemas/today.js";
import { formatDuration } from "../app/units.js";
import { describeInBrowser, e2eSession } from "./support/session.js";
import { routineItems } from "./support/flows.js";

const session = e2eSession();

describeInBrowser("nothing is lost", () => {
  it("shows the time the runner has, not the routine's length, and keeps a chosen time for the day", async () => {
    const server = await session.startServer();
    // A fresh starter: new to soft-tissue work, no run today.
    await server.send("PUT", "/api/profile", {
      name: "Kim",
      units: "metric",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
      equipment: [],
      previousInjuries: [],
      goals: [],
      newToSoftTissue: true,
    });
    const fresh = await server.get<TodayAnswer>("/api/today");
    // Two short movements while the habit forms: far less than the time given.
    expect(fresh.totalSeconds).toBeLessThan(fresh.context.minutes * 60);
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/today`);
    await routineItems(page);
    const label = page.locator('label[for="minutes"]');
    await expect
      .poll(() => label.textContent())
      .toBe(`Time you have: ${fresh.context.minutes} min`);
    expect(fresh.context.minutes).toBeGreaterThanOrEqual(3);
    expect(await page.locator("#minutes").inputValue()).toBe(String(fresh.context.minutes));

    const at15 = await server.get<TodayAnswer>("/api/today?minutes=15");
    await page.locator("#minutes").fill("15");
    await expect
      .poll(() => page.getByTestId("total-minutes").textContent())
      .toBe(formatDuration(at15.totalSeconds));
    expect(await label.textContent()).toBe("Time you have: 15 min");

    await page.reload();
    await routineItems(page);
    expect(await label.textContent()).toBe("Time you have: 15 min");
    expect(await page.locator("#minutes").inputValue()).toBe("15");
    await expect
      .poll(() => page.getByTestId("total-minutes").textContent())
      .toBe(formatDuration(at15.totalSeconds));
  }, 120_000);
});

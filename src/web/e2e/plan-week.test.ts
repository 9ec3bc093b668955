/**
 * End to end: the week view on Today, where a runner taps a day and plans a run on it; the
 * planned run reaches the server and the week plan shows it on that day, in plain words.
 */
import { expect, it } from "vitest";
import { dayLabel } from "../../core/time/calendar.js";
import { today } from "./support/harness.js";
import { describeInBrowser, e2eSession } from "./support/session.js";
import { seedRunner } from "./support/flows.js";

const session = e2eSession();

function dayAfter(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

describeInBrowser("week view", () => {
  it("tapping a day plans a run on it", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const browser = await session.launchBrowser();
    const { page } = browser;
    const target = dayAfter(today(), 2);
    await page.goto(`${server.url}/#/today`);
    const day = page.getByTestId(`week-day-${target}`);
    await day.waitFor({ timeout: 20_000 });
    await day.getByRole("button").click();
    await day.getByLabel("Type").selectOption("tempo");
    // An empty Minutes box is not a run of 0 minutes: nothing is sent.
    await day.getByLabel("Minutes").fill("");
    await day.getByRole("button", { name: "Plan run" }).click();
    expect(
      await day.getByLabel("Minutes").evaluate((e) => (e as HTMLInputElement).validity.valid),
    ).toBe(false);
    expect(await server.get<unknown[]>("/api/planned-runs")).toEqual([]);
    await day.getByLabel("Minutes").fill("50");
    await day.getByLabel("Start").fill("18:00");
    await day.getByRole("button", { name: "Plan run" }).click();
    await expect
      .poll(async () => (await day.textContent()) ?? "", { timeout: 10_000 })
      .toContain("tempo run 50 min (planned)");
    const planned =
      await server.get<{ date: string; type: string; minutes: number }[]>("/api/planned-runs");
    expect(planned).toMatchObject([{ date: target, type: "tempo", minutes: 50 }]);

    // Each row in words: the day on one line, sessions by name, never their codes.
    const row = day.getByRole("button").first();
    expect(await row.locator("b").textContent()).toBe(dayLabel(target));
    const line = await row.locator("b").evaluate((b) => {
      const lineHeight = parseFloat(getComputedStyle(b).lineHeight) || 20;
      return b.getBoundingClientRect().height / lineHeight;
    });
    expect(line).toBeLessThan(1.5);
    const week = (await page.getByTestId("week-card").innerText()) ?? "";
    expect(week).not.toMatch(/\b(post-run|pre-run|rest-day|mini),/);

    // A much longer run planned: the warning leads with words and a day, its code on demand.
    const far = page.getByTestId(`week-day-${dayAfter(today(), 4)}`);
    await far.getByRole("button").click();
    await far.getByLabel("Type").selectOption("long");
    await far.getByLabel("Minutes").fill("300");
    await far.getByRole("button", { name: "Plan run" }).click();
    const warning = page.getByTestId("week-card").locator("p.explain", { hasText: "planned run" });
    await warning.waitFor({ timeout: 10_000 });
    expect(await warning.textContent()).toMatch(
      new RegExp(`^The planned run on ${dayLabel(dayAfter(today(), 4))} \\(300 min\\)`),
    );
    await page.getByTestId("week-card").locator(".codes summary").click();
    await page.getByTestId("week-card").getByRole("button", { name: "L12" }).waitFor();
  }, 60_000);
});

/**
 * End to end: the week view on Today, where a runner taps a day and plans a run on it; the
 * planned run reaches the server and the week plan shows it on that day.
 */
import { expect, it } from "vitest";
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
    await day.getByLabel("Minutes").fill("50");
    await day.getByLabel("Start").fill("18:00");
    await day.getByRole("button", { name: "Plan run" }).click();
    await expect
      .poll(async () => (await day.textContent()) ?? "", { timeout: 10_000 })
      .toContain("tempo run 50 min (planned)");
    const planned =
      await server.get<{ date: string; type: string; minutes: number }[]>("/api/planned-runs");
    expect(planned).toMatchObject([{ date: target, type: "tempo", minutes: 50 }]);
  }, 60_000);
});

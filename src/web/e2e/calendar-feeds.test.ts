/**
 * End to end: Settings, where a runner adds their training plan's calendar address. An
 * address on a private network is kept but not read, and the card says why; removing it
 * ends the subscription on the server.
 */
import { expect, it } from "vitest";
import { describeInBrowser, e2eSession } from "./support/session.js";
import { seedRunner } from "./support/flows.js";

const session = e2eSession();

describeInBrowser("training plan calendar in Settings", () => {
  it("adds a calendar address, says why a private one is not read, and removes it", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const browser = await session.launchBrowser();
    const { page } = browser;
    await page.goto(`${server.url}/#/settings`);
    const card = page.getByTestId("calendar-feeds");
    await card.waitFor({ timeout: 20_000 });
    await card.getByLabel("Calendar address").fill("http://10.0.0.5/plan.ics");
    await card.getByLabel("Name (optional)").fill("Club");
    await card.getByRole("button", { name: "Add calendar" }).click();
    await expect
      .poll(async () => (await card.textContent()) ?? "", { timeout: 10_000 })
      .toContain("Could not read it: 10.0.0.5 is a private or local address");
    await expect
      .poll(async () => (await card.getByRole("listitem").textContent()) ?? "", {
        timeout: 10_000,
      })
      .toMatch(/^Club The last try failed: 10\.0\.0\.5 is a private or local address/);
    expect(await server.get<{ url: string }[]>("/api/calendar/feeds")).toMatchObject([
      { url: "http://10.0.0.5/plan.ics", name: "Club" },
    ]);
    await card.getByRole("button", { name: "Remove" }).click();
    await expect
      .poll(async () => (await card.textContent()) ?? "", { timeout: 10_000 })
      .toContain("Club removed, with the runs it planned.");
    expect(await server.get<unknown[]>("/api/calendar/feeds")).toEqual([]);
  }, 60_000);
});

/**
 * Deleting a run on the Runs screen in a real Chromium: Delete asks first, naming the run;
 * Escape keeps it and gives the focus back to its Delete button; "Delete run" removes it
 * from the list, the journal and the load, and the focus lands on the sentence saying what
 * went. With no connection the screen offers no Delete and says a delete needs one.
 */
import { expect, it } from "vitest";
import type { RunRecord } from "../../core/journal/types.js";
import { addDays } from "../../core/time/calendar.js";
import { today } from "./support/harness.js";
import { seedRunner } from "./support/flows.js";
import { describeInBrowser, e2eSession } from "./support/session.js";

const session = e2eSession();

describeInBrowser("deleting a run", () => {
  it("asks, keeps the run on Escape, deletes it on confirm, and needs a connection", async () => {
    const server = await session.startServer();
    // A long run today (100 min, 18 km) and an easy one three days ago.
    await seedRunner(server);
    await server.send("POST", "/api/runs", {
      date: addDays(today(), -3),
      type: "easy",
      minutes: 40,
      km: 8,
      rpe: 5,
    });
    const [long, easy] = await server.get<RunRecord[]>("/api/runs");
    expect(long?.typeOverride).toBe("long");

    const { page, context } = await session.launchBrowser();
    await page.goto(`${server.url}/#/runs`);
    const cards = page.getByTestId("run-card");
    await cards.nth(1).waitFor();
    const deleteLong = page.getByRole("button", {
      name: /^Delete the long run of .*\(100 min, 18\.0 km\)$/,
    });

    // Escape means no: the run stays and the focus is back on its Delete button.
    await deleteLong.click();
    const dialog = page.getByTestId("confirm-delete-run");
    await dialog.waitFor();
    expect(await dialog.getByTestId("confirm-delete-run-what").textContent()).toMatch(
      /^The long run of .*\(100 min, 18\.0 km\) goes for good: its load leaves your training load/,
    );
    // The safe answer has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep it");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction((id) => document.activeElement?.id === `delete-run-${id}`, long!.id);
    expect(await server.get<RunRecord[]>("/api/runs")).toHaveLength(2);

    await deleteLong.click();
    await dialog.getByRole("button", { name: "Delete run" }).click();
    const said = page.getByTestId("run-deleted");
    await said.waitFor();
    expect(await said.textContent()).toMatch(
      /^Deleted the long run of .*\(100 min, 18\.0 km\)\. Your training load no longer counts it\.$/,
    );
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-testid") === "run-deleted",
    );
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="run-card"]').length === 1,
    );
    expect((await server.get<RunRecord[]>("/api/runs")).map((r) => r.id)).toEqual([easy!.id]);
    const load = await server.get<{ sessions: { id: string }[] }>("/api/load?weeks=1");
    expect(load.sessions.map((s) => s.id)).toEqual([easy!.id]);

    // No connection: no Delete, and the screen says why.
    await context.setOffline(true);
    await page.getByTestId("runs-offline").waitFor();
    expect(await page.getByTestId("runs-offline").textContent()).toMatch(
      /No connection\. Deleting a run needs one\./,
    );
    expect(await page.getByTestId("delete-run").count()).toBe(0);
    await context.setOffline(false);
    await page.getByTestId("delete-run").waitFor();
    expect(await page.getByTestId("delete-run").count()).toBe(1);
  }, 90_000);
});

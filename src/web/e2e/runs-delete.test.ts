/**
 * Deleting a run on the Runs screen in a real Chromium: Delete asks first, naming the run;
 * Escape keeps it and gives the focus back to its Delete button; "Delete run" removes it
 * from the list, the journal and the load, and the focus lands on the sentence saying what
 * went. With no connection the screen offers no Delete and says a delete needs one. A run
 * deleted on another device meanwhile is said to be deleted already and leaves the list; a
 * delete the server refuses says "Not deleted" and why, as an alert, and keeps the run.
 * A run imported from a file and deleted stays out of the next import of that file, which
 * says so; "Import it anyway" brings it back.
 */
import { expect, it } from "vitest";
import type { RunRecord } from "../../core/journal/types.js";
import { addDays } from "../../core/time/calendar.js";
import { today, type RunningServer } from "./support/harness.js";
import { gpxRun, seedRunner } from "./support/flows.js";
import { describeInBrowser, e2eSession } from "./support/session.js";

const session = e2eSession();

/** A long run today (100 min, 18 km) and an easy one three days ago (40 min, 8 km), newest first. */
async function twoRuns(server: RunningServer): Promise<RunRecord[]> {
  await seedRunner(server);
  await server.send("POST", "/api/runs", {
    date: addDays(today(), -3),
    type: "easy",
    minutes: 40,
    km: 8,
    rpe: 5,
  });
  return server.get<RunRecord[]>("/api/runs");
}

describeInBrowser("deleting a run", () => {
  it("asks, keeps the run on Escape, deletes it on confirm, and needs a connection", async () => {
    const server = await session.startServer();
    const [long, easy] = await twoRuns(server);
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

  it("says a run deleted elsewhere was deleted already, and a failed delete why", async () => {
    const server = await session.startServer();
    const [long, easy] = await twoRuns(server);
    const { page, context } = await session.launchBrowser();
    await page.goto(`${server.url}/#/runs`);
    const cards = page.getByTestId("run-card");
    await cards.nth(1).waitFor();
    const said = page.getByTestId("run-deleted");

    // Deleted on another device after this page loaded its list.
    await server.send("DELETE", `/api/runs/${long!.id}`);
    await page.getByRole("button", { name: /^Delete the long run of / }).click();
    await page.getByTestId("confirm-delete-run-yes").click();
    await said.waitFor();
    expect(await said.textContent()).toMatch(
      /^The long run of .*\(100 min, 18\.0 km\) was deleted already\.$/,
    );
    expect(await said.getAttribute("role")).toBe("status");
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-testid") === "run-deleted",
    );
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="run-card"]').length === 1,
    );

    // The server fails the next delete: nothing goes, and the runner is told why.
    await context.route("**/api/runs/*", (route) =>
      route.request().method() === "DELETE"
        ? route.fulfill({
            status: 503,
            contentType: "application/json",
            body: JSON.stringify({
              error: { code: "unavailable", message: "The journal is busy; try again shortly." },
            }),
          })
        : route.continue(),
    );
    await page.getByRole("button", { name: /^Delete the easy run of / }).click();
    await page.getByTestId("confirm-delete-run-yes").click();
    await page.waitForFunction(
      () =>
        document.activeElement?.getAttribute("data-testid") === "run-deleted" &&
        document.activeElement.getAttribute("role") === "alert",
    );
    expect(await said.textContent()).toBe("Not deleted: The journal is busy; try again shortly.");
    expect(await cards.count()).toBe(1);
    expect((await server.get<RunRecord[]>("/api/runs")).map((r) => r.id)).toEqual([easy!.id]);
  }, 90_000);

  it("leaves a deleted imported run out of the next import, and brings it back when asked", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/runs`);
    const file = {
      name: "tuesday.gpx",
      mimeType: "application/gpx+xml",
      buffer: Buffer.from(gpxRun(2, 30)),
    };
    const input = page.getByLabel("Activity files to import");
    const summary = page.getByTestId("import-summary");
    await input.setInputFiles([file]);
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/1 new activity from 1 file/);
    expect(await page.getByTestId("import-deleted").count()).toBe(0);
    const imported = (await server.get<RunRecord[]>("/api/runs")).find(
      (r) => r.activity.source.kind === "gpx",
    );
    expect(imported).toBeDefined();
    await server.send("DELETE", `/api/runs/${imported!.id}`);

    // The same file again: left out, and said so, with the way back.
    await input.setInputFiles([file]);
    await page.getByText(/1 run you deleted before was left out/).waitFor();
    expect(await server.get<RunRecord[]>("/api/runs")).toHaveLength(1);
    await page.getByTestId("import-deleted").click();
    await page.getByText(/1 new activity from 1 file/).waitFor();
    expect(await page.getByTestId("import-deleted").count()).toBe(0);
    const runs = await server.get<RunRecord[]>("/api/runs");
    expect(runs.filter((r) => r.activity.source.kind === "gpx")).toHaveLength(1);
    // The deletion is forgotten: a further import finds it already in the journal.
    await input.setInputFiles([file]);
    await page.getByText(/already in your journal/).waitFor();
    expect(await server.get<RunRecord[]>("/api/runs")).toHaveLength(2);
  }, 90_000);
});

/**
 * The Runs screen in a real Chromium: the runner sets their RPE on a run and the load
 * follows, lets it be estimated again, overrides the type and puts it back to automatic,
 * and reads why the run has its type behind a tap. An imperial runner's run that is too
 * long is refused on its field, in miles.
 */
import { expect, it } from "vitest";
import type { RunRecord } from "../../core/journal/types.js";
import { today } from "./support/harness.js";
import { describeInBrowser, e2eSession } from "./support/session.js";

const session = e2eSession();

describeInBrowser("editing a run", () => {
  it("sets RPE and type through the API and shows the new load", async () => {
    const server = await session.startServer();
    await server.send("POST", "/api/runs", { date: today(), type: "easy", minutes: 40, rpe: 6 });
    const browser = await session.launchBrowser();
    const { page } = browser;
    await page.goto(`${server.url}/#/runs`);
    const card = page.getByTestId("run-card").first();
    const load = card.getByTestId("run-load");
    await load.getByText("load 240 AU").waitFor();

    await card.getByTestId("run-rpe").selectOption("8");
    await load.getByText("load 320 AU").waitFor();
    const [mine] = await server.get<RunRecord[]>("/api/runs");
    expect(mine?.rpe).toBe(8);

    await card.getByTestId("run-rpe").selectOption("");
    await load.getByText(/\(estimated\)/).waitFor();
    // Only what the runner said is stored: with theirs cleared, the record holds no RPE.
    const [estimated] = await server.get<RunRecord[]>("/api/runs");
    expect(estimated?.rpe === undefined || estimated.rpeEstimated === true).toBe(true);

    await card.getByTestId("run-type").selectOption("tempo");
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="type-evidence"]')?.textContent?.includes("tempo"),
    );
    expect((await server.get<RunRecord[]>("/api/runs"))[0]?.typeOverride).toBe("tempo");
    await card.getByTestId("type-evidence").locator("summary").click();
    await card.getByText("You set this run as tempo.").waitFor();

    await card.getByTestId("run-type").selectOption("");
    // Entered by hand, the run has no data to type it from: automatic means not known.
    await card.getByText("You set this run as tempo.").waitFor({ state: "detached" });
    await card.getByText(/entered by hand/).waitFor();
    expect(await card.getByTestId("run-type").inputValue()).toBe("");
    expect((await server.get<RunRecord[]>("/api/runs"))[0]?.typeOverride).toBeUndefined();
  }, 90_000);

  it("refuses a run too long for the journal on the Distance box, in the runner's miles", async () => {
    const server = await session.startServer();
    await server.send("PUT", "/api/profile", {
      name: "Sam",
      units: "imperial",
      timeZone: "UTC",
      equipment: [],
      previousInjuries: [],
      goals: [],
    });
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/runs`);
    await page.getByLabel("Duration (min)").fill("60");
    await page.getByLabel(/Distance \(mi/).fill("400");
    await page.getByTestId("add-run").click();
    const error = page.locator("#run-distance-error");
    await error.waitFor();
    expect(await error.textContent()).toBe(
      "Distance: enter a number from 0.1 to 310.6 mi (you entered 400 mi).",
    );
    await page.getByLabel(/Distance \(mi/).fill("4");
    await page.getByTestId("add-run").click();
    await page.getByText("Run saved").waitFor();
    expect(await error.count()).toBe(0);
    // The file chooser offers only what an upload can read: a Strava export as its zip.
    const accept = await page.getByLabel("Activity files to import").getAttribute("accept");
    expect(accept?.split(",")).toContain(".zip");
    expect(accept?.split(",")).not.toContain(".csv");
  }, 60_000);
});

/**
 * End to end in a real Chromium against the real server on a fresh journal:
 * 1. a new runner onboards, logs a long run, gets today's routine, plays it through on a
 *    sped-up clock, logs it and sees the point on the progress chart;
 * 2. the pain button records a flag, and the next routine leaves that region out; after a
 *    run with a sharp calf, Today has no cool-down walk and says why;
 * 3. offline: a session is logged with the network cut and reaches the server exactly
 *    once when the network returns.
 */
import { expect, it } from "vitest";
import type { SessionLog, PainFlag } from "../../core/journal/types.js";
import { speedUpClock } from "./support/harness.js";
import { describeInBrowser, e2eSession } from "./support/session.js";
import {
  GENERAL_PHASES,
  gpxRun,
  playThrough,
  routineItems,
  saveLog,
  seedRunner,
} from "./support/flows.js";

const SPEED = 400;
const session = e2eSession();

describeInBrowser("web app end to end", () => {
  it("onboards, logs and imports runs, plays and logs today's routine, and charts it", async () => {
    const server = await session.startServer();
    const browser = await session.launchBrowser();
    await speedUpClock(browser.context, SPEED);
    const { page } = browser;

    await page.goto(`${server.url}/#/today`);
    await page.waitForURL(/#\/onboarding/);
    // Spaces alone are no name: the first step says so, under the box, and stays.
    await page.getByLabel("Your name").fill("   ");
    await page.getByTestId("onboarding-next").click();
    await page.getByText("Your name: type the name you go by.").waitFor();
    expect(await page.getByText("Step 1 of 3").count()).toBe(1);
    await page.getByLabel("Your name").fill("Alex");
    await page.getByLabel("Foam roller").check();
    await page.getByTestId("onboarding-next").click();
    await page.locator('[data-region="calves-left"]').first().click();
    await page.locator("#stiffness-calves-left").fill("7");
    await page.locator("#tenderness-calves-left").fill("2");
    await page.getByTestId("onboarding-next").click();
    await page.locator("#knee-to-wall-left").fill("8");
    await page.locator("#knee-to-wall-right").fill("10");
    await page.getByTestId("onboarding-next").click();
    await page.waitForURL(/#\/today/);

    const profile = await server.get<{ name: string; equipment: string[] }>("/api/profile");
    expect(profile.name).toBe("Alex");
    expect(profile.equipment).toEqual(["foam-roller"]);
    const checks =
      await server.get<{ entries: { region: string; side?: string; stiffness: number }[] }[]>(
        "/api/body-checks",
      );
    expect(checks[0]?.entries).toEqual([
      expect.objectContaining({ region: "calves", side: "left", stiffness: 7 }),
    ]);

    await page.goto(`${server.url}/#/runs`);
    await page.getByLabel("Type").first().selectOption("long");
    await page.getByLabel("Duration (min)").fill("110");
    // Too far: the message is on the Distance box, in km, as an error, gone on the next try.
    await page.getByLabel(/Distance \(km/).fill("600");
    await page.getByTestId("add-run").click();
    const tooFar = page.locator("#run-distance-error");
    await tooFar.waitFor();
    expect(await tooFar.getAttribute("role")).toBe("alert");
    expect(await tooFar.getAttribute("class")).toContain("field-error");
    expect(await tooFar.textContent()).toBe(
      "Distance: enter a number from 0.1 to 500 km (you entered 600 km).",
    );
    expect(await page.locator("#run-distance").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel(/Distance \(km/).fill("20");
    await page.getByTestId("add-run").click();
    await page.getByText("Run saved").waitFor();
    expect(await page.locator(".field-error").count()).toBe(0);
    expect(await server.get<unknown[]>("/api/runs")).toHaveLength(1);

    // Import files: a summary, the file that did not import named, every file on demand.
    await page.getByLabel("Activity files to import").setInputFiles([
      { name: "tuesday.gpx", mimeType: "application/gpx+xml", buffer: Buffer.from(gpxRun(2, 30)) },
      { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not an activity") },
    ]);
    const summary = page.getByTestId("import-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/1 new activity from 2 files/);
    expect(await page.getByTestId("import-problems").textContent()).toMatch(
      /notes\.txt: (failed|skipped)/,
    );
    await summary.locator("summary").click();
    const results = page.getByTestId("import-results");
    expect(await results.locator("li", { hasText: "tuesday.gpx" }).textContent()).toMatch(
      /imported/,
    );
    expect(await server.get<unknown[]>("/api/runs")).toHaveLength(2);
    await page.locator('[data-testid="run-list"] > li').nth(1).waitFor();

    await page.goto(`${server.url}/#/today`);
    const items = await routineItems(page);
    expect(items.length).toBeGreaterThan(0);
    // Why in words; the rule codes behind a tap, each explaining itself.
    expect(await page.getByTestId("why").first().textContent()).toMatch(/\w{3,}/);
    await page.locator('[data-testid="routine-item"] .codes summary').first().click();
    await page.locator('[data-testid="routine-item"] .chip').first().click();
    await expect(page.getByTestId("rule-explain").first().textContent()).resolves.toMatch(/\w{3,}/);

    // The time slider resizes the routine live.
    const fullText = await page.getByTestId("total-minutes").textContent();
    await page.locator("#minutes").fill("6");
    await page.waitForFunction(
      (t) => document.querySelector('[data-testid="total-minutes"]')?.textContent !== t,
      fullText,
    );
    const short = await page.locator('[data-testid="routine-item"]').count();
    expect(short).toBeGreaterThan(0);
    expect(await page.getByTestId("total-minutes").textContent()).toMatch(/^(\d+ s|[1-7] min)/);

    // Swap one movement for another that fits the same rules.
    let swapped: string | null = null;
    const cards = page.locator('[data-testid="routine-item"]');
    for (let i = 0; i < (await cards.count()) && !swapped; i++) {
      await cards.nth(i).getByRole("button", { name: "Swap" }).click();
      const options = cards.nth(i).locator('[role="dialog"] li button');
      await page.waitForTimeout(300);
      if ((await options.count()) > 0) {
        swapped = await options.first().textContent();
        await options.first().click();
        expect(await cards.nth(i).locator(".item-name").textContent()).toBe(swapped);
      } else
        await cards
          .nth(i)
          .getByRole("button", { name: /^Keep / })
          .click();
    }
    expect(swapped).toBeTruthy();

    await playThrough(page);
    // The three 0-10 boxes of a rating line up on a phone, whatever their labels' length.
    await page.locator("#before-pain").waitFor();
    const tops = await page
      .locator("#before-stiffness, #before-soreness, #before-pain")
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size).toBe(1);
    expect(await saveLog(page)).toMatch(/saved/i);

    const sessions = await server.get<SessionLog[]>("/api/sessions");
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.routine.items.map((i) => i.name)).toContain(swapped);
    expect(sessions[0]?.after?.stiffness).toBe(2);
    expect(sessions[0]?.items.every((i) => i.status === "done")).toBe(true);

    await page.goto(`${server.url}/#/progress`);
    const chart = page.getByTestId("trend-chart");
    await chart.waitFor();
    // One point from the body check, one from the logged session.
    expect(await chart.getAttribute("data-points")).toBe("2");
    await page.locator('[data-testid="trend-chart"] .recharts-line-dots circle').first().waitFor();
    expect(
      await page.locator('[data-testid="trend-chart"] .recharts-line-dots circle').count(),
    ).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it("asks how today's run after yesterday's session felt, records a pain flag and leaves that region out of the next routine", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const browser = await session.launchBrowser();
    const { page } = browser;

    // Yesterday's session, and a run just now after it: the app asks how the run felt (P7).
    await server.send("POST", "/api/sessions", {
      startedAt: new Date(Date.now() - 86_400_000).toISOString(),
      kind: "post-run",
      routine: { totalSeconds: 0, items: [], warnings: [], reasons: [] },
      items: [],
    });
    await server.send("POST", "/api/runs", {
      startTime: new Date(Date.now() - 60_000).toISOString(),
      type: "easy",
      minutes: 1,
    });

    await page.goto(`${server.url}/#/today`);
    const before = await routineItems(page);
    await page.getByLabel(/^Comfort:/).fill("8");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Thanks: saved.").waitFor();
    const exported = await server.get<{ runComfort: { comfort: number }[] }>("/api/export");
    expect(exported.runComfort.map((c) => c.comfort)).toEqual([8]);

    const region = before.find((i) => !GENERAL_PHASES.includes(i.phase))?.regions[0];
    expect(region).toBeTruthy();

    await page.getByTestId("start").click();
    await page.waitForURL(/#\/player/);
    await page.getByTestId("pain-button").click();
    const dialog = page.getByTestId("pain-dialog");
    await dialog.getByLabel(/Sharp or stabbing/).check();
    // Where, in words: "hip flexors", "lower back", never the ids.
    const places = await page.locator("#pain-region option").allTextContents();
    expect(places).toContain("hip flexors");
    expect(places.filter((p) => p.includes("-"))).toEqual([]);
    // Every answer's radio button is the same size, its hint one line or two.
    const sizes = await dialog
      .locator('input[type="radio"]')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
    expect(new Set(sizes).size).toBe(1);
    await page.locator("#pain-region").selectOption(region!);
    await page.getByTestId("pain-record").click();
    const advice = page.getByTestId("pain-advice");
    await advice.waitFor();
    expect(await advice.textContent()).toMatch(/not a diagnosis/);
    expect(await advice.textContent()).toMatch(/physiotherapist/);
    const inWords = region === "it-band" ? "IT band" : region!.replace(/-/g, " ");
    expect(await advice.textContent()).toContain(`Stop working on your ${inWords} for now.`);
    await page.getByTestId("pain-continue").click();

    const flags = await server.get<PainFlag[]>("/api/pain-flags?open=true");
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ region, kind: "sharp" });

    // The rest of this session skips the region; the next routine leaves it out.
    await page.goto(`${server.url}/#/today`);
    await page.reload();
    const after = await routineItems(page);
    expect(after.length).toBeGreaterThan(0);
    const working = after.filter((i) => !GENERAL_PHASES.includes(i.phase));
    expect(working.length).toBeGreaterThan(0);
    expect(working.flatMap((i) => i.regions)).not.toContain(region);
    // The warning that explains why comes first, the region in words.
    expect(await page.getByTestId("warning").first().textContent()).toContain(inWords);
  }, 120_000);

  it("after a run with a sharp calf, leaves out the cool-down walk and says why on Today", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    await server.send("POST", "/api/pain-flags", { region: "calves", kind: "sharp" });
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/today`);
    const items = await routineItems(page);
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i) => i.phase === "transition")).toBe(false);
    expect(items.flatMap((i) => i.regions)).not.toContain("calves");
    expect(await page.getByTestId("routine-notes").textContent()).toMatch(/No cool-down walk/);
  }, 120_000);

  it("logs a session offline and syncs it exactly once when the network returns", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const browser = await session.launchBrowser();
    await speedUpClock(browser.context, SPEED);
    const { page, context } = browser;

    // Progress and Runs seen once online, so they have something to show offline.
    await page.goto(`${server.url}/#/progress`);
    await page.getByTestId("adherence-card").waitFor();
    await page.goto(`${server.url}/#/runs`);
    await page.locator('[data-testid="run-list"] > li').first().waitFor();
    await page.goto(`${server.url}/#/today`);
    await routineItems(page);
    // Let the service worker take control and the engine chunk arrive while online.
    await page.evaluate(async () => {
      await Promise.race([
        navigator.serviceWorker.ready,
        new Promise((r) => setTimeout(r, 30_000)),
      ]);
    });
    await page.waitForTimeout(2000);

    await context.setOffline(true);
    // Open the app again with no signal: the service worker serves the shell from its cache.
    await page.reload();
    await page.getByTestId("offline-routine").waitFor({ timeout: 20_000 });
    await routineItems(page);
    await playThrough(page);
    expect(await saveLog(page)).toMatch(/sync/i);
    expect(await page.getByTestId("outbox-count").textContent()).toMatch(/1 waiting/);
    expect(await server.get<SessionLog[]>("/api/sessions")).toHaveLength(0);

    // Offline, Progress and Runs show the last synced data with its date, not empty charts.
    await page.goto(`${server.url}/#/progress`);
    expect(await page.getByTestId("progress-synced").textContent()).toMatch(/last synced on/);
    await page.getByTestId("adherence-card").waitFor();
    await page.goto(`${server.url}/#/runs`);
    expect(await page.getByTestId("runs-synced").textContent()).toMatch(/last synced on/);
    expect(await page.locator('[data-testid="run-list"] > li').count()).toBe(1);
    await page.goto(`${server.url}/#/today`);

    await context.setOffline(false);
    await page.getByTestId("outbox-count").waitFor({ state: "detached", timeout: 20_000 });
    // A second "online" signal must not send it again.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.waitForTimeout(1000);
    const sessions = await server.get<SessionLog[]>("/api/sessions");
    expect(sessions).toHaveLength(1);
    expect(Date.now() - Date.parse(sessions[0]?.startedAt ?? "")).toBeLessThan(3_600_000);
    expect(sessions[0]?.notes).toBe("Felt looser afterwards");
  }, 120_000);
});

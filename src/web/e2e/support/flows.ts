/** Steps shared by the end-to-end scenarios, done the way a runner does them. */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { RunningServer } from "./harness.js";
import { today } from "./harness.js";

/** Profile and a long run set up through the API, for scenarios that start at Today. */
export async function seedRunner(server: RunningServer): Promise<void> {
  await server.send("PUT", "/api/profile", {
    name: "Sam",
    units: "metric",
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    equipment: ["foam-roller", "massage-ball", "band"],
    previousInjuries: [],
    goals: [],
  });
  await server.send("POST", "/api/runs", {
    date: today(),
    type: "long",
    minutes: 100,
    km: 18,
    rpe: 6,
  });
}

/**
 * Phases that work no tissue on purpose (a walk, breathing): niggles and avoided regions
 * leave them in; a sharp pain or swelling in a region they move does not (X2).
 */
export const GENERAL_PHASES = ["transition", "breathing", "cardio"];

/** Waits for Today's routine and returns each item's phase and regions (sides dropped). */
export async function routineItems(page: Page): Promise<{ phase: string; regions: string[] }[]> {
  await page.locator('[data-testid="routine-item"]').first().waitFor({ timeout: 20_000 });
  const attrs = await page.locator('[data-testid="routine-item"]').evaluateAll((els) =>
    els.map((e) => ({
      phase: e.getAttribute("data-phase") ?? "",
      regions: e.getAttribute("data-regions") ?? "",
    })),
  );
  return attrs.map((a) => ({
    phase: a.phase,
    regions: a.regions.split(",").map((r) => r.replace(/-(left|right)$/, "")),
  }));
}

/** From Today: start, play the whole routine on the sped-up clock, land on the log. */
export async function playThrough(page: Page): Promise<void> {
  await page.getByTestId("start").click();
  await page.waitForURL(/#\/player/);
  await page.getByTestId("play").click();
  await page.waitForURL(/#\/log/, { timeout: 60_000 });
}

/** Before and after ratings a runner might give after a session that helped. */
export const BETTER = {
  before: { stiffness: 5, soreness: 3, pain: 0 },
  after: { stiffness: 2, soreness: 2, pain: 0 },
};

/** Types the six ratings of the log (they start empty). */
export async function fillRatings(page: Page, r: typeof BETTER): Promise<void> {
  for (const when of ["before", "after"] as const)
    for (const k of ["stiffness", "soreness", "pain"] as const)
      await page.locator(`#${when}-${k}`).fill(String(r[when][k]));
}

/** Fills the log's ratings and a note, saves it; returns the result text. */
export async function saveLog(page: Page): Promise<string> {
  await fillRatings(page, BETTER);
  await page.locator("#notes").fill("Felt looser afterwards");
  await page.getByTestId("save-log").click();
  const result = page.getByTestId("log-result");
  await result.waitFor();
  const text = (await result.textContent()) ?? "";
  expect(text.length).toBeGreaterThan(0);
  return text;
}

/**
 * A small GPX run made for the test: `minutes` of running along a straight line at about
 * 5:00 /km, starting `daysAgo` days before now.
 */
export function gpxRun(daysAgo: number, minutes: number): string {
  const start = Date.now() - daysAgo * 86_400_000;
  const points: string[] = [];
  for (let s = 0; s <= minutes * 60; s += 10) {
    // 3.33 m/s northwards: about 0.00003 degrees of latitude per metre.
    const lat = 46.05 + s * 3.33 * 0.000009;
    const time = new Date(start + s * 1000).toISOString();
    points.push(
      `<trkpt lat="${lat.toFixed(6)}" lon="14.5"><ele>300</ele><time>${time}</time></trkpt>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="limber-e2e" xmlns="http://www.topografix.com/GPX/1/1">
<trk><name>Morning run</name><type>running</type><trkseg>${points.join("")}</trkseg></trk>
</gpx>`;
}

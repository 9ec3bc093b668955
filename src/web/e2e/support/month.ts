/** What the month-long scenario needs besides the shared flows: a Strava export and checks. */
import { expect } from "vitest";
import { strToU8, zipSync } from "fflate";
import type { Page } from "playwright-core";
import type { RunningServer } from "./harness.js";
import { gpxRun } from "./flows.js";

/** Text that must never reach a runner's screen. */
const BROKEN = /\[object Object\]|\bundefined\b|\bNaN\b/;

/** Fails when the visible page shows a broken value. */
export async function expectClean(page: Page): Promise<void> {
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(BROKEN);
}

async function readToday(page: Page): Promise<string> {
  const items = await page.locator('[data-testid="routine-item"] .item-name').allTextContents();
  const warnings = await page.locator('[data-testid="warning"]').allTextContents();
  const shaped = await page.getByTestId("explanation").evaluate((e) => e.textContent ?? "");
  return JSON.stringify({ items, warnings, shaped });
}

/**
 * Today as a runner sees it (the routine's items, cautions and what shaped it), opened by
 * the app's own navigation. With `previous`, waits (up to 15 s) until Today differs from it
 * and fails if it never does: each relevant write must change Today.
 */
export async function todaySnapshot(page: Page, url: string, previous?: string): Promise<string> {
  await page.goto(`${url}/#/today`);
  await page.locator('[data-testid="routine-item"]').first().waitFor({ timeout: 20_000 });
  let now = await readToday(page);
  for (
    let waited = 0;
    previous !== undefined && now === previous && waited < 15_000;
    waited += 250
  ) {
    await page.waitForTimeout(250);
    now = await readToday(page);
  }
  if (previous !== undefined) expect(now).not.toBe(previous);
  await expectClean(page);
  return now;
}

/**
 * A small Strava bulk export: a run with its GPX file, a run known only from the CSV, a
 * ride and a swim, all in 2025.
 */
export function stravaExport(): Buffer {
  const header =
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Perceived Exertion,Competition";
  const rows = [
    '11,"Mar 1, 2025, 7:00:00 AM",Morning Run,Run,,1800,5.4,,,false,,,activities/11.gpx,,,1800.0,1790.0,5400.0,5,',
    '12,"Mar 2, 2025, 7:00:00 AM",Easy miles,Run,,2400,7.0,,,false,,,,,,2400.0,2380.0,7000.0,4,',
    '13,"Mar 3, 2025, 5:00:00 PM",Commute ride,Ride,,3600,20.0,,,true,,,,,,3600.0,3500.0,20000.0,,',
    '14,"Mar 4, 2025, 6:30:00 AM",Pool,Swim,,1800,1500,,,false,,,,,,1800.0,1700.0,1500.0,,',
  ];
  const gpx = gpxRun((Date.now() - Date.UTC(2025, 2, 1, 7)) / 86_400_000, 30);
  return Buffer.from(
    zipSync({
      "export/activities.csv": strToU8([header, ...rows].join("\n")),
      "export/activities/11.gpx": strToU8(gpx),
    }),
  );
}

/** Runs and sessions of the three weeks before today, entered as the runner would have. */
export async function seedPastWeeks(server: RunningServer): Promise<void> {
  const day = (n: number) => new Date(Date.now() - n * 86_400_000);
  for (const n of [21, 19, 16, 14, 12, 9, 7, 5, 2]) {
    await server.send("POST", "/api/runs", {
      date: day(n).toISOString().slice(0, 10),
      type: n % 7 === 0 ? "long" : "easy",
      minutes: n % 7 === 0 ? 90 : 40,
      rpe: n % 7 === 0 ? 6 : 3,
    });
    await server.send("POST", "/api/sessions", {
      startedAt: day(n).toISOString(),
      kind: "post-run",
      routine: { totalSeconds: 600, items: [], warnings: [], reasons: [] },
      items: [],
      before: { stiffness: 5, soreness: 3, pain: 0 },
      after: { stiffness: 3, soreness: 2, pain: 0 },
    });
  }
}

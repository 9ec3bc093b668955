/**
 * The hands-free player in a real Chromium with a stubbed speech synthesis that records
 * every line: the spoken sequence for a two-sided item, a one-sided hold, a roll and box
 * breathing; the get-ready pauses (longer for the floor and for a tool, skippable); and the
 * same session played with the network cut.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { RoutineItem } from "../../core/routine/types.js";
import { speedUpClock, type Browser } from "./support/harness.js";
import { describeInBrowser, e2eSession } from "./support/session.js";
import { BOX_BREATHING_ROUND, itemOf } from "../../core/routine/test-support/items.js";

const session = e2eSession();

const item = itemOf;
const SWINGS = item("leg-swings-front-back", { sides: 2, reps: 10, seconds: 40 });
const HOLD = item("static-hamstring-stretch", {
  regions: ["hamstrings-left"],
  holdSeconds: 30,
  seconds: 30,
});
const ROLL = item("foam-roll-calves", { sides: 2, seconds: 60 });
const BOX = item("box-breathing", { reps: 1, seconds: 16 });
const ROUTINE = [SWINGS, HOLD, ROLL, BOX];

/** Records what would be spoken instead of speaking it. */
async function stubSpeech(b: Browser): Promise<void> {
  await b.context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __spoken: string[] };
    w.__spoken = [];
    w.SpeechSynthesisUtterance = class {
      volume = 1;
      voice = null;
      constructor(public text: string) {}
    };
    const synth = {
      speak: (u: { text: string }) => w.__spoken.push(u.text),
      cancel() {},
      pause() {},
      resume() {},
      getVoices: () => [
        { name: "Test voice", voiceURI: "test", lang: "en-GB", default: true, localService: true },
      ],
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  });
}

/** Puts a session in progress where the app keeps it (IndexedDB, as Today's Start does). */
async function putSession(page: Page, items: RoutineItem[]): Promise<void> {
  const session = {
    routine: {
      totalSeconds: items.reduce((s, i) => s + i.seconds, 0),
      items,
      warnings: [],
      reasons: [],
    },
    kind: "post-run",
    startedAt: new Date().toISOString(),
    status: {},
    stoppedRegions: [],
    offline: false,
  };
  await page.evaluate(
    (s) =>
      new Promise<void>((res, rej) => {
        const open = indexedDB.open("keyval-store");
        open.onupgradeneeded = () => open.result.createObjectStore("keyval");
        open.onsuccess = () => {
          const tx = open.result.transaction("keyval", "readwrite");
          tx.objectStore("keyval").put(s, "limber:activeSession");
          tx.oncomplete = () => res();
          tx.onerror = () => rej(tx.error);
        };
        open.onerror = () => rej(open.error);
      }),
    session,
  );
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);

/** `expected` appears in `said` in this order (other lines may come between). */
function expectInOrder(said: string[], expected: string[]): void {
  let at = 0;
  for (const line of expected) {
    const found = said.indexOf(line, at);
    expect(found, `"${line}" after position ${at} in:\n${said.join("\n")}`).toBeGreaterThanOrEqual(
      0,
    );
    at = found + 1;
  }
}

const EXPECTED = [
  SWINGS.name,
  "Right leg.",
  "10 reps each side.",
  SWINGS.cues[0]!,
  "Go.",
  "3",
  "2",
  "1",
  "Switch to the left leg.",
  "Go.",
  `Next: ${HOLD.name}.`,
  HOLD.name,
  "Left leg.",
  "Hold 30 seconds.",
  HOLD.cues[0]!,
  "Go.",
  `Halfway. ${HOLD.cues[1]}`,
  "Ten seconds.",
  "3",
  "2",
  "1",
  ROLL.name,
  "Right leg.",
  "30 seconds each side.",
  ROLL.cues[0]!,
  "Go.",
  `Halfway. ${ROLL.cues[1]}`,
  "Ten seconds.",
  "3",
  "2",
  "1",
  "Switch to the left leg.",
  "Go.",
  `Next: ${BOX.name}.`,
  BOX.name,
  "1 round.",
  ...BOX_BREATHING_ROUND,
  "Session complete. Well done.",
];

// A busy machine (CI runs every suite at once) can take a while to start the browser and load
// the drawings chunk: generous bounds, not timing checks.
describeInBrowser(
  "the hands-free player",
  () => {
    it("says the side, dose, cues, counts and what comes next for every kind of item", async () => {
      const server = await session.startServer();
      const browser = await session.launchBrowser();
      await stubSpeech(browser);
      await speedUpClock(browser.context, 40);
      const { page } = browser;
      // The session is put in place from a page of the same origin that runs no app, so the
      // app's own start-up cannot race the write; the player then loads it fresh.
      await page.goto(`${server.url}/robots.txt`);
      await putSession(page, ROUTINE);
      await page.goto(`${server.url}/#/player`);
      await page.getByTestId("illustration").waitFor({ timeout: 60_000 });
      await page.getByTestId("play").click();
      await page.waitForURL(/#\/log/, { timeout: 60_000 });
      expectInOrder(await spoken(page), EXPECTED);
    }, 120_000);

    it("pauses to get ready, longer for the floor and for a tool, and lets the runner start now", async () => {
      const server = await session.startServer();
      const browser = await session.launchBrowser();
      await stubSpeech(browser);
      const { page } = browser;
      // The session is put in place from a page of the same origin that runs no app, so the
      // app's own start-up cannot race the write; the player then loads it fresh.
      await page.goto(`${server.url}/robots.txt`);
      await putSession(page, ROUTINE);
      await page.goto(`${server.url}/#/player`);
      await page.getByTestId("play").click();
      const ready = page.getByTestId("get-ready");
      const standing = Number(await ready.getAttribute("data-seconds"));
      await page.keyboard.press("ArrowRight"); // start now
      await page.locator('section[data-stage="work"]').waitFor();
      await page.keyboard.press("ArrowRight"); // next movement: the floor
      const floor = Number(await ready.getAttribute("data-seconds"));
      await page.getByTestId("start-now").click();
      await page.locator('section[data-stage="work"]').waitFor();
      await page.getByTestId("skip").click(); // next movement: the foam roller
      const tool = Number(await ready.getAttribute("data-seconds"));
      expect(standing).toBeGreaterThan(0);
      expect(floor).toBeGreaterThan(standing);
      expect(tool).toBeGreaterThan(standing);
      expect(await page.getByTestId("player-side").textContent()).toBe("Right leg");
      await page.keyboard.press(" "); // pause
      await page.getByTestId("play").filter({ hasText: "Resume" }).waitFor();
      expect(await page.getByTestId("player-item").textContent()).toBe(ROLL.name);
    }, 120_000);

    it("plays the session with its drawings and voice with the network cut", async () => {
      const server = await session.startServer();
      const browser = await session.launchBrowser();
      await stubSpeech(browser);
      await speedUpClock(browser.context, 40);
      const { page, context } = browser;
      await page.goto(`${server.url}/#/today`);
      await page.evaluate(() =>
        Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 30_000))]),
      );
      await page.waitForTimeout(2000); // the service worker finishes precaching every chunk
      await putSession(page, ROUTINE);
      await context.setOffline(true);
      await page.goto(`${server.url}/#/player`);
      await page.getByTestId("illustration").waitFor({ timeout: 20_000 });
      expect(await page.getByTestId("illustration").getAttribute("src")).toMatch(/^blob:/);
      await page.getByTestId("play").click();
      await page.waitForURL(/#\/log/, { timeout: 60_000 });
      expectInOrder(await spoken(page), EXPECTED);
    }, 120_000);
  },
  { timeout: 120_000 },
);

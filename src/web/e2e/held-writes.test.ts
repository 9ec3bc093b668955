/**
 * End to end: a write made offline that the server refuses when the network returns is held
 * on the device and shown, never dropped unsaid.
 * 1. A write the server refuses for what it says (queued by an app version whose regions
 *    this server does not know) moves out of the outbox, and every screen shows it with the
 *    server's reason; it stays across a reload and stays held when sent again unchanged.
 * 2. Discard asks first; "Keep it" keeps it and gives the focus back; confirmed, it goes.
 * 3. A refusal that has passed (access given back) lets "Send again" store it, once, with
 *    the writes queued behind it.
 * 4. On a server with accounts, signing out waits until the held write is sent or discarded,
 *    so it never reaches the next account signed in on the device.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { PainFlag } from "../../core/journal/types.js";
import { describeInBrowser, e2eSession } from "./support/session.js";
import { seedRunner } from "./support/flows.js";

const session = e2eSession();

/** Puts writes in the outbox as the app queues them offline (IndexedDB, idb-keyval's store). */
async function queue(page: Page, bodies: unknown[]): Promise<void> {
  await page.evaluate(async (list) => {
    const entries = list.map((body, i) => ({
      key: `held-test-${i}`,
      path: "/api/pain-flags",
      method: "POST",
      body,
      queuedAt: new Date(Date.now() - 3_600_000).toISOString(),
      label: "pain flag",
    }));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("keyval-store");
      open.onupgradeneeded = () => open.result.createObjectStore("keyval");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction("keyval", "readwrite");
      tx.objectStore("keyval").put(entries, "limber:outbox");
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, bodies);
}

describeInBrowser("writes the server refuses after being queued offline", () => {
  it("holds a refused write in sight until the runner discards it, asked first", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/today`);
    await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 20_000 });
    await queue(page, [{ region: "elbows", kind: "niggle" }]);
    // The network "returns": the app sends what waits.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));

    const card = page.getByTestId("held-writes");
    await card.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("held-count").textContent()).toBe("1 not saved");
    expect(await page.getByTestId("outbox-count").count()).toBe(0);
    const row = card.getByTestId("held-write");
    expect(await row.textContent()).toMatch(
      /^The pain flag you raised on \w{3} \d{1,2} \w{3}, \d{2}:\d{2}\. The server said: region: .+/,
    );
    expect(await server.get<PainFlag[]>("/api/pain-flags")).toHaveLength(0);

    // Sent again unchanged, it is refused again and stays; a reload keeps it.
    await card.getByTestId("held-send").click();
    await page.waitForTimeout(500);
    expect(await row.count()).toBe(1);
    await page.goto(`${server.url}/#/progress`);
    await page.reload();
    await card.waitFor({ timeout: 20_000 });
    // The screen's heading takes the focus once Progress has loaded; only then press keys.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    expect(await card.getByTestId("held-write").count()).toBe(1);

    // Keep it keeps it, with the focus back on Discard.
    await card.getByTestId("held-discard").click();
    const dialog = page.getByTestId("confirm-discard-held");
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/never reaches your journal/);
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-testid") === "held-discard",
    );
    expect(await card.getByTestId("held-write").count()).toBe(1);

    await card.getByTestId("held-discard").click();
    await dialog.getByRole("button", { name: "Discard" }).click();
    await card.waitFor({ state: "detached" });
    expect(await page.getByTestId("held-count").count()).toBe(0);
    expect(await server.get<PainFlag[]>("/api/pain-flags")).toHaveLength(0);
  }, 120_000);

  it("sends a held write again once the refusal has passed, with the writes behind it", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const { page, context } = await session.launchBrowser();
    await page.goto(`${server.url}/#/today`);
    await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 20_000 });
    // The first answer is a refusal that can pass (access taken away, then given back).
    let refused = 0;
    await context.route("**/api/pain-flags", async (route) => {
      if (refused++ > 0) return route.fallback();
      await route.fulfill({
        status: 403,
        contentType: "application/json",
        body: JSON.stringify({
          error: { code: "forbidden", message: "this account cannot write to this journal" },
        }),
      });
    });
    await queue(page, [
      { region: "calves", kind: "niggle" },
      { region: "hamstrings", kind: "niggle" },
    ]);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));

    const card = page.getByTestId("held-writes");
    await card.waitFor({ timeout: 20_000 });
    // The refused write does not block the one behind it.
    await page.waitForFunction(async () => {
      const flags = (await (await fetch("/api/pain-flags")).json()) as unknown[];
      return flags.length === 1;
    });
    expect(await card.getByTestId("held-write").textContent()).toMatch(
      /The server said: this account cannot write to this journal/,
    );

    await card.getByTestId("held-send").click();
    // Back in the queue ("waiting to sync"), then delivered.
    await card.waitFor({ state: "detached", timeout: 20_000 });
    await page.getByTestId("outbox-count").waitFor({ state: "detached", timeout: 20_000 });
    const flags = await server.get<PainFlag[]>("/api/pain-flags");
    expect(flags.map((f) => f.region).sort()).toEqual(["calves", "hamstrings"]);
    // Sent again under its first key: another "online" sends nothing twice.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.waitForTimeout(500);
    expect(await server.get<PainFlag[]>("/api/pain-flags")).toHaveLength(2);
  }, 120_000);

  it("keeps Sign out waiting while a refused write is held", async () => {
    const server = await session.startServer({ accounts: true });
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/today`);
    await page.getByTestId("signin-switch").click();
    await page.getByLabel("Email").fill("kim@example.org");
    await page.getByLabel("Password").fill("a long pass phrase 42");
    await page.getByTestId("signin-submit").click();
    await page.waitForURL(/#\/onboarding/);
    await page.getByLabel("Your name").fill("Kim");
    for (let i = 0; i < 3; i++) await page.getByTestId("onboarding-next").click();
    await page.waitForURL(/#\/today/);

    await queue(page, [{ region: "elbows", kind: "niggle" }]);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.getByTestId("held-writes").waitFor({ timeout: 20_000 });
    await page.goto(`${server.url}/#/settings`);
    expect(await page.getByTestId("sign-out").isDisabled()).toBe(true);
    expect(await page.getByTestId("sign-out-held").textContent()).toMatch(
      /^1 entry the server refused is under "Not saved yet" at the top/,
    );

    await page.getByTestId("held-discard").click();
    await page.getByTestId("confirm-discard-held").getByRole("button", { name: "Discard" }).click();
    await page.getByTestId("held-writes").waitFor({ state: "detached" });
    expect(await page.getByTestId("sign-out").isDisabled()).toBe(false);
  }, 120_000);
});

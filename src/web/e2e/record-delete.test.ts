/**
 * End to end: a runner deletes a range-of-motion result and a body check recorded by mistake,
 * from "Recent checks and tests" on Progress.
 * 1. Delete asks first; "Keep it" (or Escape) deletes nothing and gives the focus back to the
 *    Delete button.
 * 2. Confirmed, the record goes from the server and the list, the runner is told what went
 *    (focus on that sentence), and the app reloads what it shows from the journal.
 * 3. Today's routine is built from the check before it.
 * 4. With no connection the list stays and says deleting needs one.
 */
import { expect, it } from "vitest";
import type { BodyCheck, RomTest } from "../../core/journal/types.js";
import { addDays } from "../../core/time/calendar.js";
import { describeInBrowser, e2eSession } from "./support/session.js";
import { seedRunner } from "./support/flows.js";
import { today } from "./support/harness.js";

const session = e2eSession();

describeInBrowser("deleting a check or test recorded by mistake", () => {
  it("asks first, deletes only what was confirmed, and rebuilds from the rest", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const yesterday = addDays(today(), -1);
    const kept = await server.send<RomTest>("POST", "/api/rom-tests", {
      test: "knee-to-wall",
      left: 9,
      right: 10,
      date: yesterday,
    });
    // A typo: 19 cm for 10, which would pass for a real change in range.
    const typo = await server.send<RomTest>("POST", "/api/rom-tests", {
      test: "knee-to-wall",
      left: 9,
      right: 19,
    });
    await server.send<BodyCheck>("POST", "/api/body-checks", {
      date: yesterday,
      entries: [{ region: "calves-left", stiffness: 4, tenderness: 1 }],
    });
    const wrong = await server.send<BodyCheck>("POST", "/api/body-checks", {
      entries: [{ region: "calves-left", stiffness: 9, tenderness: 2 }],
    });

    const { page, context } = await session.launchBrowser();
    await page.goto(`${server.url}/#/progress`);
    const card = page.getByTestId("recent-records");
    await card.waitFor({ timeout: 20_000 });
    const romRows = card.getByTestId("recent-rom").getByTestId("record");
    expect(await romRows.count()).toBe(2);
    // Newest first, in words with units.
    expect(await romRows.first().textContent()).toMatch(/Knee-to-wall: left 9 cm, right 19 cm/);

    // 1. Asked first; keeping it changes nothing and focus returns to its button.
    const deleteTypo = card.getByRole("button", { name: /^Delete the Knee-to-wall result of/ });
    expect(await deleteTypo.count()).toBe(2);
    await deleteTypo.first().click();
    const dialog = page.getByTestId("confirm-delete-record");
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/left 9 cm, right 19 cm/);
    // The safe answer has the focus.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-testid") === "confirm-delete-record-no",
    );
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(
      (id) => document.activeElement?.id === `delete-rom-test-${id}`,
      typo.id,
    );
    expect(await server.get<RomTest[]>("/api/rom-tests")).toHaveLength(2);

    // 2. Confirmed: gone from the server and the list, said in words, and the data reloaded.
    await deleteTypo.first().click();
    const reloaded = page.waitForRequest(
      (r) => r.method() === "GET" && new URL(r.url()).pathname === "/api/rom-tests",
    );
    await page.getByTestId("confirm-delete-record-yes").click();
    const said = page.getByTestId("record-deleted");
    await said.waitFor();
    expect(await said.textContent()).toMatch(
      /^Deleted the Knee-to-wall result of .* \(left 9 cm, right 19 cm\)\. Your progress/,
    );
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-testid") === "record-deleted",
    );
    await reloaded;
    expect(await server.get<RomTest[]>("/api/rom-tests")).toEqual([kept]);
    expect(await romRows.count()).toBe(1);

    // The wrong body check, likewise.
    await card
      .getByRole("button", { name: /^Delete the body check of/ })
      .first()
      .click();
    expect(await dialog.textContent()).toMatch(/left calf stiffness 9\/10, tenderness 2\/10/);
    await page.getByTestId("confirm-delete-record-yes").click();
    await page.waitForFunction(() =>
      /^Deleted the body check of/.test(
        document.querySelector('[data-testid="record-deleted"]')?.textContent ?? "",
      ),
    );
    const checks = await server.get<BodyCheck[]>("/api/body-checks");
    expect(checks.map((c) => c.id)).not.toContain(wrong.id);
    expect(checks).toHaveLength(1);

    // 4. Offline: the list stays, with no Delete, and says why.
    await context.setOffline(true);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="recent-records"] button').length === 0 &&
        /No connection: deleting/.test(
          document.querySelector('[data-testid="recent-records"]')?.textContent ?? "",
        ),
    );
    expect(await card.getByTestId("record").count()).toBe(2);
    await context.setOffline(false);
    await card.getByRole("button", { name: /^Delete the body check of/ }).waitFor();

    // 3. Today reads the check before it: the left calf at 4/10, not the 9/10 deleted.
    await page.goto(`${server.url}/#/today`);
    const why = page.getByTestId("explanation");
    await why.waitFor({ state: "attached", timeout: 20_000 });
    const text = (await why.textContent()) ?? "";
    expect(text).toMatch(/left calf 4\/10/);
    expect(text).not.toMatch(/9\/10/);
  }, 120_000);
});

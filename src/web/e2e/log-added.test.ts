/**
 * End to end: a runner who did a technique beside the routine logs it with the session.
 * 1. A time outside 10 s to 60 min is refused under the time boxes, and Save logs nothing
 *    while the technique is not added.
 * 2. Added with its time (and one added by mistake removed), it is stored at the end of the
 *    session's items as done, added, with the seconds typed.
 */
import { expect, it } from "vitest";
import type { SessionLog } from "../../core/journal/types.js";
import { describeInBrowser, e2eSession } from "./support/session.js";
import { routineItems, seedRunner } from "./support/flows.js";

const session = e2eSession();

describeInBrowser("techniques added to the log", () => {
  it("refuses a bad time, then logs the technique added with its time", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/today`);
    await routineItems(page);
    await page.getByTestId("start").click();
    await page.waitForURL(/#\/player/);
    await page.getByText("End and log the session").click();
    await page.waitForURL(/#\/log/);

    const select = page.getByTestId("added-movement");
    await select.waitFor();
    const offered = await select
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered.length).toBeGreaterThan(10);
    // A stretch: no pressure to note, so the stored item is exactly what was typed.
    const stretch = select.locator('optgroup[label="Stretches"] option').first();
    const id = (await stretch.getAttribute("value")) ?? "";
    const name = (await stretch.textContent()) ?? "";
    expect(id).not.toBe("");

    // Too short: the error names what is allowed, under the time boxes, and nothing is added.
    await select.selectOption(id);
    expect(await page.getByTestId("added-pressure").count()).toBe(0);
    await page.getByLabel("Minutes", { exact: true }).fill("0");
    await page.getByLabel("Seconds", { exact: true }).fill("5");
    await page.getByTestId("add-technique").click();
    const error = page.locator("#added-time-error");
    await error.waitFor();
    expect(await error.textContent()).toBe("Time: enter from 10 s to 60 min (you entered 5 s).");
    expect(await error.getAttribute("role")).toBe("alert");
    expect(await error.getAttribute("class")).toContain("field-error");
    expect(await page.locator("#added-minutes").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("added-list").count()).toBe(0);

    // Save with the bad time still there: it goes back to the time, and logs nothing.
    await page.getByTestId("skip-ratings").check();
    await page.getByTestId("save-log").click();
    await page.waitForFunction(() => document.activeElement?.id === "added-minutes");
    expect(await error.textContent()).toBe("Time: enter from 10 s to 60 min (you entered 5 s).");
    expect(await page.getByTestId("log-result").count()).toBe(0);
    expect(await server.get<SessionLog[]>("/api/sessions")).toEqual([]);

    // Fixed and added; a second one added by mistake is removed again.
    await page.getByLabel("Minutes", { exact: true }).fill("1");
    await page.getByLabel("Seconds", { exact: true }).fill("30");
    await page.getByTestId("add-technique").click();
    const rows = page.getByTestId("added-item");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator("#added-time-error").count()).toBe(0);
    expect(await rows.first().locator("span").first().textContent()).toBe(`${name} · 1 min 30 s`);
    expect(await select.locator(`option[value="${id}"]`).count()).toBe(0);
    const other = offered.find((o) => o !== id) ?? "";
    await select.selectOption(other);
    await page.getByLabel("Seconds", { exact: true }).fill("45");
    await page.getByTestId("add-technique").click();
    await expect.poll(() => rows.count()).toBe(2);
    await rows.nth(1).getByTestId("remove-added").click();
    await expect.poll(() => rows.count()).toBe(1);

    await page.getByTestId("save-log").click();
    await page.getByTestId("log-result").waitFor();
    const [stored] = await server.get<SessionLog[]>("/api/sessions?limit=1");
    expect(stored?.items.at(-1)).toEqual({ id, status: "done", added: true, seconds: 90 });
    expect(stored?.items.filter((i) => i.added)).toHaveLength(1);
    // The routine's own movements were never offered.
    const routineIds = stored?.routine.items.map((i) => i.id) ?? [];
    expect(routineIds.length).toBeGreaterThan(0);
    expect(offered.filter((o) => routineIds.includes(o))).toEqual([]);
  }, 120_000);
});

/**
 * End to end: a runner corrects a session already logged, from Recent sessions on Progress.
 * 1. A rating that is not 0-10 is refused by name, and nothing changes.
 * 2. The after-rating fixed, an item marked not done and the notes emptied are stored as
 *    such; the routine and everything else stay as logged.
 * 3. A session logged twice: "Keep it" keeps it, "Delete it" deletes that one only.
 * 4. A session deleted on another device meanwhile: deleting it here says it was deleted
 *    already and takes it off the list, rather than failing.
 */
import { expect, it } from "vitest";
import type { SessionLog } from "../../core/journal/types.js";
import type { Routine } from "../../core/routine/types.js";
import type { RunningServer } from "./support/harness.js";
import { describeInBrowser, e2eSession } from "./support/session.js";
import { seedRunner } from "./support/flows.js";

const session = e2eSession();

/** A runner with two after-run sessions: 3 h ago (stiffness 6 → 4) and 1 h ago (6 → 2). */
async function twoSessions(server: RunningServer, seed: number): Promise<[SessionLog, SessionLog]> {
  await seedRunner(server);
  const routine = await server.get<Routine>(`/api/routine?run=easy&seed=${seed}`);
  const log = (hoursAgo: number, after: number) =>
    server.send<SessionLog>("POST", "/api/sessions", {
      kind: "post-run",
      routine,
      startedAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      before: { stiffness: 6 },
      after: { stiffness: after },
    });
  return [await log(3, 4), await log(1, 2)];
}

describeInBrowser("correcting a logged session", () => {
  it("refuses a bad rating, then stores the correction", async () => {
    const server = await session.startServer();
    await seedRunner(server);
    const routine = await server.get<Routine>("/api/routine?run=easy&seed=3");
    const { feltWorse: _advice, ...logged } = await server.send<
      SessionLog & { feltWorse?: unknown }
    >("POST", "/api/sessions", {
      kind: "post-run",
      routine,
      before: { stiffness: 5, soreness: 4, pain: 0 },
      after: { stiffness: 9, soreness: 4, pain: 0 },
      mood: 4,
      notes: "typed 9, meant 3",
    });
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/progress`);
    const row = page.getByTestId("recent-session").first();
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toMatch(/stiffness 5 → 9/);
    const correct = row.getByRole("button", { name: /^Correct the after-run session/ });
    await correct.click();
    const form = page.getByTestId("edit-session");
    await form.waitFor();
    // Focus moves into the form, and back to the button when the form is cancelled.
    await page.waitForFunction(
      () => document.activeElement?.closest('[data-testid="edit-session"]') != null,
    );
    await form.getByRole("button", { name: "Cancel" }).click();
    await page.waitForFunction(() => document.activeElement?.id.startsWith("correct-") === true);
    await correct.click();
    await form.waitFor();
    // Filled with what was logged.
    expect(await form.locator("#after-stiffness").inputValue()).toBe("9");
    expect(await form.locator("#notes").inputValue()).toBe("typed 9, meant 3");

    await form.locator("#after-stiffness").fill("12");
    await page.getByTestId("save-edit").click();
    const error = page.getByTestId("edit-error");
    await error.waitFor();
    expect(await error.textContent()).toBe(
      "After stiffness: enter a whole number 0-10, or leave it empty.",
    );
    expect(await server.get<SessionLog>(`/api/sessions/${logged.id}`)).toEqual(logged);

    await form.locator("#after-stiffness").fill("3");
    const second = routine.items[1]!;
    await form.getByRole("checkbox", { name: second.name, exact: true }).uncheck();
    await form.locator("#notes").fill("");
    await page.getByTestId("save-edit").click();
    await page.getByTestId("edit-result").waitFor();
    expect(await page.getByTestId("edit-result").textContent()).toMatch(/stiffness 5 → 3/);

    const stored = await server.get<SessionLog>(`/api/sessions/${logged.id}`);
    expect(stored.after).toEqual({ stiffness: 3, soreness: 4, pain: 0 });
    expect(stored.before).toEqual(logged.before);
    expect(stored.mood).toBe(4);
    expect(stored.notes).toBeUndefined();
    expect(stored.items.find((i) => i.id === second.id)?.status).toBe("skipped");
    expect(stored.items.filter((i) => i.status === "skipped")).toHaveLength(1);
    expect(stored.routine).toEqual(logged.routine);
    expect(stored.createdAt).toBe(logged.createdAt);
  }, 90_000);

  it("asks before deleting a session logged twice, and deletes only that one", async () => {
    const server = await session.startServer();
    const [kept, twice] = await twoSessions(server, 5);
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/progress`);
    const rows = page.getByTestId("recent-session");
    await rows.first().waitFor({ timeout: 20_000 });
    expect(await rows.count()).toBe(2);
    const newest = rows.first();
    expect(await newest.textContent()).toMatch(/stiffness 6 → 2/);
    const remove = newest.getByRole("button", { name: /^Delete the after-run session/ });

    // "Keep it" (which has the focus, as the safe answer) keeps it, and focus returns.
    await remove.click();
    const dialog = page.getByTestId("confirm-delete-session");
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/stiffness 6 → 2/);
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(
      () => document.activeElement?.id.startsWith("delete-session-") === true,
    );
    expect((await server.get<SessionLog[]>("/api/sessions")).length).toBe(2);

    await remove.click();
    await page.getByTestId("confirm-delete-session-yes").click();
    const result = page.getByTestId("delete-result");
    await result.waitFor();
    expect(await result.textContent()).toMatch(/^Deleted: .*stiffness 6 → 2\. /);
    expect(await rows.count()).toBe(1);
    const left = await server.get<SessionLog[]>("/api/sessions");
    expect(left.map((x) => x.id)).toEqual([kept.id]);
    expect(left.some((x) => x.id === twice.id)).toBe(false);
  }, 90_000);

  it("says a session deleted elsewhere meanwhile was deleted already, and takes it off", async () => {
    const server = await session.startServer();
    const [kept, other] = await twoSessions(server, 7);
    const { page } = await session.launchBrowser();
    await page.goto(`${server.url}/#/progress`);
    const rows = page.getByTestId("recent-session");
    await rows.first().waitFor({ timeout: 20_000 });
    expect(await rows.count()).toBe(2);

    // Deleted on another device after this page loaded its list.
    await server.send("DELETE", `/api/sessions/${other.id}`);
    await rows
      .first()
      .getByRole("button", { name: /^Delete the after-run session/ })
      .click();
    await page.getByTestId("confirm-delete-session-yes").click();
    const result = page.getByTestId("delete-result");
    await result.waitFor();
    expect(await result.textContent()).toMatch(
      /^The after-run session of .+ at \d\d:\d\d was deleted already\.$/,
    );
    expect(await result.getAttribute("role")).toBe("status");
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-testid") === "delete-result",
    );
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(/stiffness 6 → 4/);
    expect((await server.get<SessionLog[]>("/api/sessions")).map((x) => x.id)).toEqual([kept.id]);
  }, 90_000);
});

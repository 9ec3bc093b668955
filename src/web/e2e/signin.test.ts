/**
 * Server mode in a real Chromium, as a runner meets it: nobody is signed in, so the app asks
 * to sign in (no screen of the journal and no navigation before that); a new runner signs up
 * on that screen and lands in onboarding; signing out returns to the sign-in screen and forgets
 * the device's copy; a wrong password says so; the right one opens Today, not onboarding.
 */
import { expect, it } from "vitest";
import { describeInBrowser, e2eSession } from "./support/session.js";
import { expectClean } from "./support/month.js";

const session = e2eSession();

describeInBrowser("sign-in on a server", () => {
  it("signs up, onboards, signs out and back in through the app's own screens", async () => {
    const server = await session.startServer({ accounts: true });
    const browser = await session.launchBrowser();
    const { page } = browser;
    const email = "robin@example.org";
    const password = "a long pass phrase 42";

    await page.goto(`${server.url}/#/today`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("signin-h");

    // Sign-up: a short password is refused before anything is sent, naming the field.
    await page.getByTestId("signin-switch").click();
    await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByTestId("signin-submit").click();
    expect(await page.getByTestId("signin-error").textContent()).toBe(
      "Password: use at least 10 characters.",
    );
    await page.getByLabel("Password").fill(password);
    await page.getByTestId("signin-submit").click();

    // A new account has no profile yet: onboarding, through the CSRF-protected writes.
    await page.waitForURL(/#\/onboarding/);
    await page.getByLabel("Your name").fill("Robin");
    await page.getByLabel("Foam roller").check();
    for (let i = 0; i < 3; i++) await page.getByTestId("onboarding-next").click();
    await page.waitForURL(/#\/today/);
    await page.locator('[data-testid="routine-item"]').first().waitFor();
    await expectClean(page);

    // Settings names the account; signing out goes back to the sign-in screen.
    await page.goto(`${server.url}/#/settings`);
    expect(await page.getByTestId("account-card").textContent()).toContain(email);
    await page.getByTestId("sign-out").click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/limber_csrf=\w/);

    // A wrong password says so; the right one opens Today with the runner's routine.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByTestId("signin-submit").click();
    expect(await page.getByTestId("signin-error").textContent()).toBe(
      "Email or password is wrong.",
    );
    await page.getByLabel("Password").fill(password);
    await page.getByTestId("signin-submit").click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor({ state: "detached" });
    await page.goto(`${server.url}/#/today`);
    await page.locator('[data-testid="routine-item"]').first().waitFor();
    expect(page.url()).toMatch(/#\/today/);
    await expectClean(page);
  }, 120_000);
});

/**
 * Server mode in a real Chromium: a runner signs up, saves a reminder time (a cookie write,
 * so the page must echo the CSRF cookie), makes a calendar link in Settings, a calendar app
 * reads the feed with it, and once the runner revokes it the feed is refused.
 */
import { expect, it } from "vitest";
import { describeInBrowser, e2eSession } from "./support/session.js";

const session = e2eSession();

describeInBrowser("calendar link on a server", () => {
  it("makes a feed-only link once, which a calendar can read until it is revoked", async () => {
    const server = await session.startServer({ accounts: true });
    const browser = await session.launchBrowser();
    const { page } = browser;
    await page.goto(`${server.url}/`);
    // Sign-up and the profile go through the page, so its cookies are the browser's own.
    const status = await page.evaluate(async () => {
      const signup = await fetch("/api/auth/signup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "sam@example.org", password: "a long pass phrase 42" }),
      });
      const csrf = /limber_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? "";
      const profile = await fetch("/api/profile", {
        method: "PUT",
        headers: { "content-type": "application/json", "x-csrf-token": csrf },
        body: JSON.stringify({
          name: "Sam",
          units: "metric",
          timeZone: "UTC",
          equipment: [],
          previousInjuries: [],
          goals: [],
        }),
      });
      return [signup.status, profile.status];
    });
    expect(status).toEqual([201, 200]);

    // A fresh load, so the app reads the profile made above.
    await page.goto(`${server.url}/#/settings`);
    await page.reload();
    await page.locator("#reminder").fill("07:30");
    await page.getByTestId("save-reminder").click();
    await page.getByText("Reminder time saved: 07:30.").waitFor();

    await page.getByTestId("create-calendar-link").click();
    const link = (await page.getByTestId("calendar-feed-url").textContent()) ?? "";
    expect(link).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/api\/week\.ics\?token=/);
    await page.getByText(/can only read your week plan/).waitFor();

    const feedUrl = link.replace(/^webcal:/, "http:");
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    await page.getByTestId("revoke-feed").click();
    await page.getByTestId("feed-tokens").waitFor({ state: "detached" });
    expect((await fetch(feedUrl)).status).toBe(401);
  }, 90_000);
});

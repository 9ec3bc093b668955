import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { profileOf } from "../../core/plan/fixtures.js";
import { ensureUser, profileRepository } from "../../store/index.js";
import { createTestDatabase, type TestDatabase } from "../../store/test-support/databases.js";
import { listFeeds, refreshFeeds, subscribeFeed, unsubscribeFeed } from "./feeds.js";
import { listPlannedRuns } from "./planned-runs.js";

const USER = "runner-1";
const NOW = new Date("2026-12-07T09:00:00Z");
const original = readFileSync(new URL("./fixtures/all-day-events.ics", import.meta.url), "utf8");

describe("calendar feed subscriptions (a real HTTP server on this machine)", () => {
  let server: Server;
  let body = original;
  let status = 200;
  let base: string;
  let t: TestDatabase;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(status, { "content-type": "text/calendar" });
      res.end(status === 200 ? body : "gone");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(async () => {
    t = await createTestDatabase("sqlite");
    await ensureUser(t.database, USER);
    await profileRepository(t.database).saveProfile(USER, profileOf({ timeZone: "UTC" }));
    body = original;
    status = 200;
  });
  afterEach(() => t.dispose());

  it("subscribes, reads the plan, picks up changes on refresh, keeps the plan when the feed fails, and unsubscribes", async () => {
    const sub = await subscribeFeed(
      t.database,
      USER,
      { url: `${base}/club.ics`, name: "Club" },
      { now: NOW, fetch: { allowLoopbackForTests: true } },
    );
    expect(sub.result).toMatchObject({ added: 5 });
    expect(
      await subscribeFeed(
        t.database,
        USER,
        { url: `${base}/club.ics` },
        { now: NOW, fetch: { allowLoopbackForTests: true } },
      ),
    ).toMatchObject({ feed: { id: sub.feed.id }, result: { unchanged: 5 } });
    expect(await listFeeds(t.database, USER)).toHaveLength(1);
    // the club moves the track session from 55 to 60 minutes
    body = original.replace("Track: 5 x 1000 m (55 min)", "Track: 5 x 1000 m (60 min)");
    const [r] = await refreshFeeds(t.database, USER, {
      now: NOW,
      fetch: { allowLoopbackForTests: true },
    });
    expect(r!.result).toMatchObject({ added: 0, updated: 1, unchanged: 4, removed: 0 });
    expect(
      (await listPlannedRuns(t.database, USER, { now: NOW })).find((l) => l.type === "intervals")
        ?.minutes,
    ).toBe(60);
    status = 404;
    const [failed] = await refreshFeeds(t.database, USER, {
      now: NOW,
      fetch: { allowLoopbackForTests: true },
    });
    expect(failed!.error).toMatch(/404/);
    expect(await listPlannedRuns(t.database, USER, { now: NOW })).toHaveLength(5);
    expect((await listFeeds(t.database, USER))[0]!.lastError).toMatch(/404/);
    await unsubscribeFeed(t.database, USER, sub.feed.id);
    expect(await listPlannedRuns(t.database, USER, { now: NOW })).toHaveLength(0);
  });

  it("a feed on a private or local address is not read (the allowance is for tests only)", async () => {
    const r = await subscribeFeed(t.database, USER, { url: `${base}/club.ics` }, { now: NOW });
    expect(r.error).toMatch(/127\.0\.0\.1 is a private or local address/);
    expect(await listPlannedRuns(t.database, USER, { now: NOW })).toHaveLength(0);
  });

  it("refuses an address that is not a web address, naming url", async () => {
    await expect(
      subscribeFeed(t.database, USER, { url: "file:///etc/passwd" }, { now: NOW }),
    ).rejects.toThrow(/^url: must be an https:\/\/, http:\/\/ or webcal:\/\/ address/);
  });
});

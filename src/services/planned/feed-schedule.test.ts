import fc from "fast-check";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { profileOf } from "../../core/plan/fixtures.js";
import { ensureUser, profileRepository } from "../../store/index.js";
import { createTestDatabase, type TestDatabase } from "../../store/test-support/databases.js";
import {
  FEED_REFRESH_JITTER,
  nextRefreshDelayMs,
  refreshDueFeeds,
  startFeedRefresh,
} from "./feed-schedule.js";
import { listFeeds, subscribeFeed } from "./feeds.js";

const NOW = new Date("2026-12-07T09:00:00Z");
const HOUR = 3_600_000;
const ICS = readFileSync(new URL("./fixtures/all-day-events.ics", import.meta.url), "utf8");
const test = { allowLoopbackForTests: true } as const;

describe("nextRefreshDelayMs", () => {
  it("stays within the interval give or take the jitter, and moves with the random draw", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 24 * HOUR }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (interval, r) => {
          const d = nextRefreshDelayMs(interval, () => r);
          expect(d).toBeGreaterThanOrEqual(Math.floor(interval * (1 - FEED_REFRESH_JITTER)));
          expect(d).toBeLessThanOrEqual(Math.ceil(interval * (1 + FEED_REFRESH_JITTER)));
        },
      ),
    );
    expect(nextRefreshDelayMs(3 * HOUR, () => 0)).toBeLessThan(
      nextRefreshDelayMs(3 * HOUR, () => 0.99),
    );
  });
});

describe("background refresh of calendar feeds (a real HTTP server on this machine)", () => {
  let server: Server;
  let base: string;
  let requests = 0;
  let t: TestDatabase;
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests++;
      if (req.url === "/gone.ics") {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": "text/calendar" });
      res.end(ICS);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(async () => {
    t = await createTestDatabase("sqlite");
    for (const u of ["ana", "ben", "cy"]) {
      await ensureUser(t.database, u);
      await profileRepository(t.database).saveProfile(u, profileOf({ timeZone: "UTC" }));
    }
  });
  afterEach(() => t.dispose());

  it("reads the feeds that are due, retries a failed one, and leaves one read recently", async () => {
    const earlier = new Date(NOW.getTime() - 4 * HOUR);
    await subscribeFeed(t.database, "ana", { url: `${base}/a.ics` }, { now: earlier, fetch: test });
    await subscribeFeed(t.database, "ben", { url: `${base}/gone.ics` }, { now: NOW, fetch: test });
    const recent = new Date(NOW.getTime() - HOUR);
    await subscribeFeed(t.database, "cy", { url: `${base}/c.ics` }, { now: recent, fetch: test });
    const pass = await refreshDueFeeds(t.database, { now: NOW, staleMs: 1.5 * HOUR, fetch: test });
    expect(pass).toEqual({ users: 2, read: 1, failed: 1 });
    expect((await listFeeds(t.database, "ana"))[0]!.lastSyncedAt).toBe(NOW.toISOString());
    expect((await listFeeds(t.database, "cy"))[0]!.lastSyncedAt).toBe(recent.toISOString());
    expect((await listFeeds(t.database, "ben"))[0]!.lastError).toMatch(/404/);
  });

  it("runs passes on its timer until stopped, and stop waits for a pass under way", async () => {
    const earlier = new Date(NOW.getTime() - 4 * HOUR);
    await subscribeFeed(t.database, "ana", { url: `${base}/a.ics` }, { now: earlier, fetch: test });
    const passes: Record<string, unknown>[] = [];
    let clock = NOW.getTime();
    const refresher = startFeedRefresh({
      database: t.database,
      intervalMs: 20,
      // each pass happens an hour later, so the feed is always due again
      now: () => new Date((clock += HOUR)),
      fetch: test,
      log: (message, fields) => passes.push({ message, ...fields }),
    });
    await vi.waitFor(() => expect(passes.length).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
    await refresher.stop();
    expect(passes[0]).toEqual({ message: "calendar feeds read", users: 1, read: 1, failed: 0 });
    const after = requests;
    await new Promise((r) => setTimeout(r, 150));
    expect(requests).toBe(after);
  });
});

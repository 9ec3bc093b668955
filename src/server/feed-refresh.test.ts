import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listFeeds } from "../services/planned/index.js";
import { makePerson, startHarness } from "./test-support/harness.js";

const ics = readFileSync(
  new URL("../services/planned/fixtures/all-day-events.ics", import.meta.url),
  "utf8",
);

describe("the server reads subscribed feeds in the background", () => {
  let feed: Server;
  let url: string;
  let reads = 0;
  beforeAll(async () => {
    feed = createServer((_req, res) => {
      reads++;
      res.writeHead(200, { "content-type": "text/calendar" });
      res.end(ics);
    });
    await new Promise<void>((r) => feed.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/club.ics`;
  });
  afterAll(() => new Promise<void>((r) => feed.close(() => r())));

  it("in server mode, until the server closes", async () => {
    const h = await startHarness("sqlite", "server", {
      feedRefresh: { intervalMs: 20, fetch: { allowLoopbackForTests: true } },
    });
    try {
      const runner = await makePerson(h, "runner");
      // the API refuses this machine's address; the subscription is stored, its read fails
      const sub = await h.app.inject({
        method: "POST",
        url: "/api/calendar/feeds",
        headers: { authorization: runner.bearer },
        payload: { url },
      });
      expect(sub.statusCode).toBe(201);
      // (the answer's error is the API's own read; the background pass may already have read
      // the feed by now, so the count of reads cannot tell the two apart)
      expect(sub.json().error).toMatch(/private or local address/);
      // the background pass (given the test-only allowance) reads it
      await vi.waitFor(
        async () =>
          expect((await listFeeds(h.t.database, runner.id))[0]!.lastSyncedAt).toBeDefined(),
        { timeout: 10_000 },
      );
      expect(reads).toBeGreaterThanOrEqual(1);
    } finally {
      await h.close();
    }
    const after = reads;
    await new Promise((r) => setTimeout(r, 150));
    expect(reads).toBe(after);
  });
});

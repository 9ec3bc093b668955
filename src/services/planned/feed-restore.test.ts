import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { JournalExport } from "../../core/journal/types.js";
import { profileOf } from "../../core/plan/fixtures.js";
import { ensureUser, profileRepository } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { exportJournal, restoreJournal } from "../journal/export.js";
import { listFeeds, refreshFeeds, subscribeFeed, unsubscribeFeed } from "./feeds.js";
import { listPlannedRuns } from "./planned-runs.js";

const U = "runner-1";
const NOW = new Date("2026-12-07T09:00:00Z");
const ICS = readFileSync(new URL("./fixtures/all-day-events.ics", import.meta.url), "utf8");
const test = { allowLoopbackForTests: true } as const;

/** Through text, as `limber export > file; limber restore file` does. */
const asText = (d: JournalExport) => JSON.parse(JSON.stringify(d)) as JournalExport;

describe.each(ENGINES)("calendar feeds in export and restore on %s", (engine) => {
  let server: Server;
  let url: string;
  let a: TestDatabase;
  let b: TestDatabase;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/calendar" });
      res.end(ICS);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/club.ics`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(async () => {
    a = await createTestDatabase(engine);
    b = await createTestDatabase(engine);
    for (const t of [a, b]) await ensureUser(t.database, U);
    // b stays empty: the restore brings the profile (UTC) along
    await profileRepository(a.database).saveProfile(U, profileOf({ timeZone: "UTC" }));
    const sub = await subscribeFeed(
      a.database,
      U,
      { url, name: "Club" },
      { now: NOW, fetch: test },
    );
    expect(sub.result).toMatchObject({ added: 5 });
  });
  afterEach(async () => {
    await a.dispose();
    await b.dispose();
  });

  it("exports the subscription; a restored journal keeps it, and reading it again changes nothing", async () => {
    const doc = await exportJournal(a.database, U, { now: NOW });
    expect(doc.calendarFeeds).toEqual([
      expect.objectContaining({ url, name: "Club", lastSyncedAt: NOW.toISOString() }),
    ]);
    const r = await restoreJournal(b.database, U, asText(doc), { now: NOW });
    expect(r).toMatchObject({ calendarFeeds: 1, skipped: [] });
    expect(JSON.stringify(await exportJournal(b.database, U, { now: NOW }))).toBe(
      JSON.stringify(doc),
    );
    const [again] = await refreshFeeds(b.database, U, { now: NOW, fetch: test });
    expect(again!.result).toMatchObject({ added: 0, unchanged: 5, removed: 0 });
    expect(await listPlannedRuns(b.database, U, { now: NOW })).toHaveLength(5);
  });

  it("a feed whose id another journal uses takes a new one, and its planned runs follow it", async () => {
    const doc = asText(await exportJournal(a.database, U, { now: NOW }));
    await ensureUser(a.database, "u2");
    await restoreJournal(a.database, "u2", doc, { now: NOW });
    const [copy] = await listFeeds(a.database, "u2");
    expect(copy!.url).toBe(url);
    expect(copy!.id).not.toBe(doc.calendarFeeds![0]!.id);
    const [again] = await refreshFeeds(a.database, "u2", { now: NOW, fetch: test });
    expect(again!.result).toMatchObject({ added: 0, unchanged: 5 });
    // ending the copy's subscription removes the copy's planned runs, and nobody else's
    await unsubscribeFeed(a.database, "u2", copy!.id);
    expect(await listPlannedRuns(a.database, "u2", { now: NOW })).toHaveLength(0);
    expect(await listPlannedRuns(a.database, U, { now: NOW })).toHaveLength(5);
  });

  it("restores a document written before feeds were exported, and leaves out a feed that is not a web address", async () => {
    const doc = asText(await exportJournal(a.database, U, { now: NOW }));
    const { calendarFeeds: _none, ...old } = doc;
    expect(await restoreJournal(b.database, U, old, { now: NOW })).toMatchObject({
      calendarFeeds: 0,
      skipped: [],
    });
    const bad = {
      ...doc,
      calendarFeeds: [{ ...doc.calendarFeeds![0]!, url: "file:///etc/passwd" }],
    };
    const r = await restoreJournal(b.database, U, bad, { now: NOW, replace: true });
    expect(r.skipped).toEqual([
      {
        field: "calendarFeeds[0].url",
        message: 'must be an http:// or https:// address, got "file:///etc/passwd"',
      },
    ]);
    expect(await listFeeds(b.database, U)).toEqual([]);
  });
});

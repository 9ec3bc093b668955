import { describe, expect, it } from "vitest";
import { feedStatus, outcomeText } from "./calendar-feeds.js";

const NOW = new Date("2026-12-07T09:00:00Z");
const feed = { id: "f1", url: "https://club.example/plan.ics" };

describe("calendar feed words", () => {
  it("says when a feed was last read, and why the last try failed", () => {
    expect(feedStatus(feed, NOW)).toBe("Not read yet.");
    expect(feedStatus({ ...feed, lastSyncedAt: "2026-12-07T08:59:40Z" }, NOW)).toBe(
      "Read just now.",
    );
    expect(feedStatus({ ...feed, lastSyncedAt: "2026-12-07T08:35:00Z" }, NOW)).toBe(
      "Read 25 min ago.",
    );
    expect(feedStatus({ ...feed, lastSyncedAt: "2026-12-07T07:00:00Z" }, NOW)).toBe(
      "Read 2 h ago.",
    );
    expect(feedStatus({ ...feed, lastSyncedAt: "2026-12-03T09:00:00Z" }, NOW)).toBe(
      "Read 4 days ago.",
    );
    expect(
      feedStatus(
        { ...feed, lastSyncedAt: "2026-12-07T07:00:00Z", lastError: "the feed answered 404" },
        NOW,
      ),
    ).toBe("Read 2 h ago. The last try failed: the feed answered 404.");
    expect(feedStatus({ ...feed, lastError: "club.example could not be found" }, NOW)).toBe(
      "The last try failed: club.example could not be found.",
    );
  });

  it("says what a read changed", () => {
    const r = { added: 0, updated: 0, unchanged: 5, removed: 0 };
    expect(outcomeText({ feed, result: r })).toBe("Read: nothing changed.");
    expect(outcomeText({ feed, result: { ...r, added: 2, updated: 1 } })).toBe(
      "Read: 2 added, 1 updated.",
    );
    expect(outcomeText({ feed, error: "the feed answered 500" })).toBe(
      "Could not read it: the feed answered 500.",
    );
  });
});

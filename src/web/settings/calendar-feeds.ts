/**
 * Words for the training-plan calendars Limber reads (GET /api/calendar/feeds): when each
 * was last read and why the last read failed, in the runner's terms.
 */

/** A feed as GET /api/calendar/feeds lists it. */
export interface FeedView {
  id: string;
  url: string;
  name?: string;
  lastSyncedAt?: string;
  lastError?: string;
}

/** What one subscribe or refresh did, as POST /api/calendar/feeds(/refresh) answers. */
export interface FeedOutcomeView {
  feed: FeedView;
  result?: { added: number; updated: number; unchanged: number; removed: number };
  error?: string;
}

/**
 * One line about a feed's last read.
 *
 * @example
 * feedStatus({ id: "f1", url: "https://club.example/plan.ics", lastSyncedAt: "2026-12-07T07:00:00Z" }, new Date("2026-12-07T09:00:00Z"));
 * // "Read 2 h ago."
 */
export function feedStatus(feed: FeedView, now: Date): string {
  const read = feed.lastSyncedAt ? `Read ${ago(Date.parse(feed.lastSyncedAt), now)}.` : "";
  if (!feed.lastError) return read || "Not read yet.";
  return `${read ? `${read} ` : ""}The last try failed: ${feed.lastError}.`;
}

/**
 * What a read changed, e.g. "2 added, 1 updated" or "nothing changed".
 *
 * @example
 * outcomeText({ feed, result: { added: 5, updated: 0, unchanged: 0, removed: 0 } }); // "Read: 5 added."
 */
export function outcomeText(o: FeedOutcomeView): string {
  if (o.error) return `Could not read it: ${o.error}.`;
  const r = o.result;
  if (!r) return "Not read yet.";
  const parts = [
    r.added ? `${r.added} added` : "",
    r.updated ? `${r.updated} updated` : "",
    r.removed ? `${r.removed} removed` : "",
  ].filter(Boolean);
  return parts.length ? `Read: ${parts.join(", ")}.` : "Read: nothing changed.";
}

function ago(then: number, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - then) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

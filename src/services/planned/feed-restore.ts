/**
 * Calendar feed subscriptions in a journal restore (services/journal/export.ts calls these
 * inside its transaction). Feed ids key the planned runs a feed brought
 * (`ics:<feed id>:<uid>`), so a feed that must take a new id (another journal in the
 * database uses its id) takes its planned runs' keys along, and a feed the runner already
 * follows at the same address is kept once.
 *
 * @example
 * const feeds = await placeFeeds(tx, userId, journal.calendarFeeds ?? [], { replace });
 * const runs = withFeedKeys(journal.runs, feeds.renamed);
 * // ... insert the runs, then:
 * await plannedRunsRepository(tx).insertFeeds(userId, feeds.items);
 */
import { feedIdOfKey, withFeedKey } from "../../core/calendar-plan/feed.js";
import type { CalendarFeedRecord } from "../../core/calendar-plan/feed.js";
import type { RunRecord } from "../../core/journal/types.js";
import { plannedRunsRepository, type Database } from "../../store/index.js";

/**
 * The feeds to write and the ids that changed. With `replace` the user's current feeds are
 * removed first; otherwise a feed at an address the user already follows maps to that one.
 */
export async function placeFeeds(
  tx: Database,
  userId: string,
  feeds: readonly CalendarFeedRecord[],
  opts: { replace?: boolean },
): Promise<{ items: CalendarFeedRecord[]; renamed: Map<string, string> }> {
  const repo = plannedRunsRepository(tx);
  if (opts.replace) await repo.deleteFeedsOf(userId);
  const current = new Map((await repo.listFeeds(userId)).map((f) => [f.url, f.id]));
  const taken = await repo.takenFeedIds(feeds.map((f) => f.id));
  const renamed = new Map<string, string>();
  const items: CalendarFeedRecord[] = [];
  for (const f of feeds) {
    const existing = current.get(f.url);
    if (existing) {
      if (existing !== f.id) renamed.set(f.id, existing);
      continue;
    }
    const id = taken.has(f.id) ? crypto.randomUUID() : f.id;
    if (id !== f.id) renamed.set(f.id, id);
    current.set(f.url, id);
    items.push({ ...f, id });
  }
  return { items, renamed };
}

/** Planned runs with their feed keys moved to the feeds' new ids. */
export function withFeedKeys(runs: RunRecord[], renamed: ReadonlyMap<string, string>): RunRecord[] {
  if (renamed.size === 0) return runs;
  return runs.map((r) => {
    const key = r.activity.source.fileHash;
    const to = renamed.get(feedIdOfKey(key) ?? "");
    if (!key || !to) return r;
    return {
      ...r,
      activity: { ...r.activity, source: { ...r.activity.source, fileHash: withFeedKey(key, to) } },
    };
  });
}

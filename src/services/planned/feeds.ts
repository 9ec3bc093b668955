/**
 * Calendar feed subscriptions: Limber keeps the address of a plan's iCalendar feed (a club
 * schedule, TrainingPeaks, intervals.icu, Runna) and reads it again on `refreshFeeds`, so
 * changes in the plan reach the week plan. Reading a feed that fails keeps the last good
 * planned runs and records the error.
 *
 * @example
 * const feed = await subscribeFeed(database, userId, { url: "webcal://example.com/plan.ics" });
 * const [result] = await refreshFeeds(database, userId);
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import { plannedRunsRepository, type CalendarFeed, type Database } from "../../store/index.js";
import { parseInput } from "../../core/schemas/parse.js";
import { FeedBody } from "../../core/schemas/planned.js";
import { importCalendar, type CalendarImportResult } from "./calendar-import.js";
import { fetchFeed, type FeedFetchOptions } from "./feed-fetch.js";

export type FeedResult = { feed: CalendarFeed; result?: CalendarImportResult; error?: string };

function feedUrl(v: string): string {
  const raw = v;
  const s = raw.replace(/^webcals?:\/\//i, "https://");
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new InputError("url", `must be an https://, http:// or webcal:// address, got ${raw}`);
  }
  if (u.protocol !== "https:" && u.protocol !== "http:")
    throw new InputError("url", `must be an https://, http:// or webcal:// address, got ${raw}`);
  return u.toString();
}

/** Subscribes to a feed (the same address twice is one subscription) and reads it once. */
export async function subscribeFeed(
  database: Database,
  userId: string,
  input: { url: unknown; name?: unknown },
  opts: { now?: Date; fetch?: FeedFetchOptions } = {},
): Promise<FeedResult> {
  const body = parseInput(FeedBody, input);
  const url = feedUrl(body.url);
  const name = body.name ?? undefined;
  const now = opts.now ?? new Date();
  const feed = await plannedRunsRepository(database).addFeed(userId, {
    url,
    ...(name ? { name } : {}),
    createdAt: now.toISOString(),
  });
  const [r] = await refreshFeeds(database, userId, {
    now,
    only: feed.id,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  return {
    feed,
    ...(r?.result ? { result: r.result } : {}),
    ...(r?.error ? { error: r.error } : {}),
  };
}

export async function listFeeds(database: Database, userId: string): Promise<CalendarFeed[]> {
  return plannedRunsRepository(database).listFeeds(userId);
}

/** Ends a subscription and removes the planned runs it brought. */
export async function unsubscribeFeed(
  database: Database,
  userId: string,
  id: string,
): Promise<void> {
  if (!(await plannedRunsRepository(database).deleteFeed(userId, id)))
    throw new NotFoundError(`calendar feed ${id}`);
}

/** Reads every subscribed feed again (or only `only`); one result or error per feed. */
export async function refreshFeeds(
  database: Database,
  userId: string,
  /** `fetch`: bounds of the read, and the loopback allowance for tests (feed-fetch.ts). */
  opts: { now?: Date; only?: string; fetch?: FeedFetchOptions } = {},
): Promise<FeedResult[]> {
  const repo = plannedRunsRepository(database);
  const now = opts.now ?? new Date();
  const feeds = (await repo.listFeeds(userId)).filter((f) => !opts.only || f.id === opts.only);
  const out: FeedResult[] = [];
  for (const feed of feeds) {
    try {
      const ics = await fetchFeed(feed.url, opts.fetch);
      const result = await importCalendar(database, userId, ics, {
        calendar: feed.id,
        label: feed.name ?? new URL(feed.url).host,
        now,
      });
      await repo.markFeed(userId, feed.id, now.toISOString(), null);
      out.push({ feed, result });
    } catch (e) {
      const error =
        e instanceof InputError ? e.message : e instanceof Error ? e.message : String(e);
      await repo.markFeed(userId, feed.id, now.toISOString(), error);
      out.push({ feed, error });
    }
  }
  return out;
}

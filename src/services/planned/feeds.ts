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
import { text } from "../journal/validate.js";
import { importCalendar, type CalendarImportResult } from "./calendar-import.js";

/** A feed larger than this is not a training plan. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 20_000;

function feedUrl(v: unknown): string {
  const raw = text("url", v, 2000);
  if (!raw)
    throw new InputError(
      "url",
      "is required: the address of an iCalendar feed (https:// or webcal://)",
    );
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
  opts: { now?: Date } = {},
): Promise<{ feed: CalendarFeed; result?: CalendarImportResult; error?: string }> {
  const url = feedUrl(input.url);
  const name = text("name", input.name, 200);
  const now = opts.now ?? new Date();
  const feed = await plannedRunsRepository(database).addFeed(userId, {
    url,
    ...(name ? { name } : {}),
    createdAt: now.toISOString(),
  });
  const [r] = await refreshFeeds(database, userId, { now, only: feed.id });
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

async function download(url: string): Promise<string> {
  const res = await fetch(url, {
    signal: AbortSignal.timeout(FEED_TIMEOUT_MS),
    headers: { accept: "text/calendar, */*;q=0.5" },
  });
  if (!res.ok) throw new Error(`the feed answered ${res.status} ${res.statusText}`);
  const declared = Number(res.headers.get("content-length") ?? 0);
  if (declared > MAX_FEED_BYTES)
    throw new Error(`the feed is ${declared} bytes, more than ${MAX_FEED_BYTES}`);
  const body = await res.arrayBuffer();
  if (body.byteLength > MAX_FEED_BYTES)
    throw new Error(`the feed is more than ${MAX_FEED_BYTES} bytes`);
  return new TextDecoder().decode(body);
}

/** Reads every subscribed feed again (or only `only`); one result or error per feed. */
export async function refreshFeeds(
  database: Database,
  userId: string,
  opts: { now?: Date; only?: string } = {},
): Promise<{ feed: CalendarFeed; result?: CalendarImportResult; error?: string }[]> {
  const repo = plannedRunsRepository(database);
  const now = opts.now ?? new Date();
  const feeds = (await repo.listFeeds(userId)).filter((f) => !opts.only || f.id === opts.only);
  const out: { feed: CalendarFeed; result?: CalendarImportResult; error?: string }[] = [];
  for (const feed of feeds) {
    try {
      const ics = await download(feed.url);
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

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
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { InputError, NotFoundError } from "../../core/errors.js";
import { plannedRunsRepository, type CalendarFeed, type Database } from "../../store/index.js";
import { parseInput } from "../../core/schemas/parse.js";
import { FeedBody } from "../../core/schemas/planned.js";
import { importCalendar, type CalendarImportResult } from "./calendar-import.js";

/** A feed larger than this is not a training plan. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 20_000;

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
  opts: { now?: Date; allowPrivateAddresses?: boolean } = {},
): Promise<{ feed: CalendarFeed; result?: CalendarImportResult; error?: string }> {
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
    ...(opts.allowPrivateAddresses ? { allowPrivateAddresses: true } : {}),
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

/** Loopback, private, link-local and shared address ranges (IPv4 and IPv6). */
export function isPrivateAddress(ip: string): boolean {
  const v4 = ip.startsWith("::ffff:") ? ip.slice(7) : ip;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split(".").map(Number) as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const x = ip.toLowerCase();
  return (
    x === "::" ||
    x === "::1" ||
    x.startsWith("fc") ||
    x.startsWith("fd") ||
    x.startsWith("fe8") ||
    x.startsWith("fe9") ||
    x.startsWith("fea") ||
    x.startsWith("feb")
  );
}

/**
 * On a shared server a feed address must not reach the server's own network (the server
 * would fetch it for whoever asked). The address is checked when it is read.
 */
async function assertPublic(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress))
    throw new Error(
      `${host} is a private or local address; a server reads only public calendar feeds`,
    );
}

async function download(url: string, allowPrivate: boolean): Promise<string> {
  let at = url;
  let res: Response | undefined;
  // redirects are followed by hand (at most 5) so each address is checked
  for (let hop = 0; hop <= 5; hop++) {
    if (!allowPrivate) await assertPublic(at);
    res = await fetch(at, {
      redirect: "manual",
      signal: AbortSignal.timeout(FEED_TIMEOUT_MS),
      headers: { accept: "text/calendar, */*;q=0.5" },
    });
    const next = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
    if (!next) break;
    at = new URL(next, at).toString();
    if (!/^https?:/.test(at))
      throw new Error(`the feed redirects to ${at}, which is not a web address`);
    res = undefined;
  }
  if (!res) throw new Error("the feed redirects too many times");
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
  /** `allowPrivateAddresses`: a journal on the runner's own machine may read local feeds. */
  opts: { now?: Date; only?: string; allowPrivateAddresses?: boolean } = {},
): Promise<{ feed: CalendarFeed; result?: CalendarImportResult; error?: string }[]> {
  const repo = plannedRunsRepository(database);
  const now = opts.now ?? new Date();
  const feeds = (await repo.listFeeds(userId)).filter((f) => !opts.only || f.id === opts.only);
  const out: { feed: CalendarFeed; result?: CalendarImportResult; error?: string }[] = [];
  for (const feed of feeds) {
    try {
      const ics = await download(feed.url, opts.allowPrivateAddresses === true);
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

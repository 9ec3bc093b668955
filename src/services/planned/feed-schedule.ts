/**
 * The server reads every subscribed calendar feed again in the background, so a coach's
 * change to the plan reaches the week plan without the runner asking. One pass every three
 * hours, each pass at a jittered time (so many servers do not all call a calendar service
 * at once), feeds read one after another; a feed read less than half an interval ago (a
 * runner's own refresh) waits for the next pass. `stop` ends the timer and waits for a pass
 * under way, so the database is never closed beneath it. On the runner's own machine the
 * CLI reads feeds on demand (`limber plan refresh`).
 *
 * @example
 * const refresher = startFeedRefresh({ database, log: (msg, fields) => logger.info(fields, msg) });
 * // ... on shutdown:
 * await refresher.stop();
 */
import type { Database } from "../../store/index.js";
import { plannedRunsRepository } from "../../store/index.js";
import type { FeedFetchOptions } from "./feed-fetch.js";
import { refreshFeeds } from "./feeds.js";

export const FEED_REFRESH_MINUTES = 180;
/** Each wait is the interval give or take this share of it. */
export const FEED_REFRESH_JITTER = 0.2;

/**
 * The wait before the next pass: the interval, moved by up to the jitter either way.
 *
 * @example
 * nextRefreshDelayMs(180 * 60_000, () => 0.5); // 10_800_000 (no shift)
 * nextRefreshDelayMs(180 * 60_000, () => 0); // 8_640_000 (20% earlier)
 */
export function nextRefreshDelayMs(intervalMs: number, random: () => number): number {
  const shift = (random() * 2 - 1) * FEED_REFRESH_JITTER;
  return Math.max(1, Math.round(intervalMs * (1 + shift)));
}

/** What one pass did. */
export interface FeedPass {
  users: number;
  read: number;
  failed: number;
}

/**
 * One pass over every user's feeds that are due (not read since `staleMs` before now).
 *
 * @example
 * await refreshDueFeeds(database, { now: new Date(), staleMs: 90 * 60_000 }); // { users: 3, read: 4, failed: 1 }
 */
export async function refreshDueFeeds(
  database: Database,
  opts: { now: Date; staleMs: number; fetch?: FeedFetchOptions },
): Promise<FeedPass> {
  const before = new Date(opts.now.getTime() - opts.staleMs).toISOString();
  const users = await plannedRunsRepository(database).usersWithFeedsToRead(before);
  const pass: FeedPass = { users: users.length, read: 0, failed: 0 };
  for (const userId of users) {
    const results = await refreshFeeds(database, userId, {
      now: opts.now,
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
    });
    for (const r of results) {
      if (r.error) pass.failed++;
      else pass.read++;
    }
  }
  return pass;
}

export interface FeedRefreshOptions {
  database: Database;
  /** Default FEED_REFRESH_MINUTES; tests pass a few milliseconds through `intervalMs`. */
  intervalMs?: number;
  now?: () => Date;
  random?: () => number;
  /** Where a pass is reported (the server's log). */
  log?: (message: string, fields: Record<string, unknown>) => void;
  fetch?: FeedFetchOptions;
}

/** Starts the background refresh; the timer does not keep the process alive. */
export function startFeedRefresh(opts: FeedRefreshOptions): { stop: () => Promise<void> } {
  const intervalMs = opts.intervalMs ?? FEED_REFRESH_MINUTES * 60_000;
  const now = opts.now ?? (() => new Date());
  const random = opts.random ?? Math.random;
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        running = pass().finally(() => {
          running = undefined;
          schedule();
        });
      },
      nextRefreshDelayMs(intervalMs, random),
    );
    timer.unref();
  };
  const pass = async () => {
    try {
      const r = await refreshDueFeeds(opts.database, {
        now: now(),
        staleMs: intervalMs / 2,
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
      });
      if (r.users > 0) opts.log?.("calendar feeds read", { ...r });
    } catch (e) {
      // A failed pass (the database busy or gone) waits for the next one.
      opts.log?.("calendar feed pass failed", {
        error: e instanceof Error ? e.message : String(e),
      });
    }
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

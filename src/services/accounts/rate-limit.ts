/** Rate limits for sign-in and sign-up, counted in the database (shared by every API node). */
import { rateLimitsRepository } from "../../store/index.js";
import type { DatabaseHandle } from "./database.js";

export interface RateRule {
  /** Most hits allowed per window. */
  max: number;
  windowSeconds: number;
}

/** Counts a hit; returns whether it is allowed and, if not, seconds until the window ends. */
export async function consumeRate(
  database: DatabaseHandle,
  key: string,
  rule: RateRule,
  now: Date,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const nowSec = Math.floor(now.getTime() / 1000);
  const windowStart = nowSec - (nowSec % rule.windowSeconds);
  const hits = await rateLimitsRepository(database).hitRateLimit(key, windowStart);
  return {
    allowed: hits <= rule.max,
    retryAfterSeconds: windowStart + rule.windowSeconds - nowSec,
  };
}

/** Forgets a counter (a successful sign-in clears the per-email failures). */
export async function resetRate(database: DatabaseHandle, key: string): Promise<void> {
  await rateLimitsRepository(database).clearRateLimit(key);
}

/**
 * Sign-in backoff per account: after a few wrong passwords each further try waits twice as
 * long as the one before (1 s, 2 s, 4 s, ... up to a ceiling), counted in the database so
 * every API node agrees. Unlike a lockout, the wait is short at first and bounded, and the
 * owner signing in from a device they used before is not held back at all (the route
 * decides that), so a stranger guessing cannot lock them out.
 *
 * @example
 * const wait = await signInWait(database, key, { max: 5, windowSeconds: 900 }, new Date());
 * if (wait > 0) throw tooMany(wait);
 */
import { rateLimitsRepository } from "../../store/index.js";
import type { DatabaseHandle } from "./database.js";
import type { RateRule } from "./rate-limit.js";

/** Seconds to wait before the next try may be checked (0: go ahead). `rule.max` failures are free; `rule.windowSeconds` caps the wait. */
export async function signInWait(
  database: DatabaseHandle,
  key: string,
  rule: RateRule,
  now: Date,
): Promise<number> {
  const counter = await rateLimitsRepository(database).readCounter(key);
  if (!counter || counter.hits < rule.max) return 0;
  const wait = Math.min(2 ** Math.min(counter.hits - rule.max, 30), rule.windowSeconds);
  // The last failure is stored to the whole second, so it is counted from the end of that
  // second: the wait is then never shorter than promised. Counted from its start, a try a
  // few milliseconds after a failure just before the clock ticked over went straight through.
  const elapsed = now.getTime() / 1000 - (counter.windowStart + 1);
  return Math.max(0, Math.ceil(wait - elapsed));
}

/** Counts a wrong password. */
export async function noteFailedSignIn(
  database: DatabaseHandle,
  key: string,
  now: Date,
): Promise<void> {
  await rateLimitsRepository(database).recordFailure(key, Math.floor(now.getTime() / 1000));
}

/** Forgets the failures (after a correct sign-in). */
export async function clearFailedSignIns(database: DatabaseHandle, key: string): Promise<void> {
  await rateLimitsRepository(database).clearRateLimit(key);
}

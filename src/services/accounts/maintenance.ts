/**
 * Housekeeping any API node may run at any time (it only deletes what no request needs):
 * idempotency records older than a day, finished rate-limit windows, expired sessions.
 */
import {
  authSessionsRepository,
  idempotencyRepository,
  rateLimitsRepository,
} from "../../store/index.js";
import type { DatabaseHandle } from "./database.js";

/** How long a retry may come back with the same Idempotency-Key. */
export const IDEMPOTENCY_KEEP_MS = 24 * 3600_000;

/** Deletes expired account-side records. */
export async function pruneExpired(database: DatabaseHandle, now: Date): Promise<void> {
  await idempotencyRepository(database).pruneIdempotencyKeys(
    new Date(now.getTime() - IDEMPOTENCY_KEEP_MS).toISOString(),
  );
  await rateLimitsRepository(database).pruneRateLimits(
    Math.floor(now.getTime() / 1000) - 24 * 3600,
  );
  await authSessionsRepository(database).pruneAuthSessions(now.toISOString());
}

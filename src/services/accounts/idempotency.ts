/**
 * Idempotency keys for writes: a client that retries after a lost response gets the first
 * response back and nothing is created twice. The request claims the key inside the same
 * transaction as its write and stores its response there too, so the key, the record and
 * the answer commit together or not at all. Two nodes racing on one key: the second insert
 * waits for the first transaction and then finds its answer.
 */
import { idempotencyRepository } from "../../store/index.js";
import type { DatabaseHandle } from "./database.js";
import { sha256 } from "./secrets.js";

/** A claim without an answer older than this was left by an older version that claimed keys outside the write's transaction. */
const STALE_MS = 120_000;

export interface IdempotentRequest {
  userId: string;
  key: string;
  method: string;
  path: string;
  body: unknown;
}

export type IdempotencyOutcome =
  | { kind: "proceed" }
  | { kind: "replay"; status: number; contentType: string | null; body: string }
  | { kind: "mismatch" }
  | { kind: "in-progress" };

/** Stable hash of the request: method, path and body. */
export function requestHash(method: string, path: string, body: unknown): string {
  return sha256(`${method} ${path}\n${body === undefined ? "" : JSON.stringify(body)}`);
}

/** Claims the key or tells how to answer a repeat. Call it inside the write's transaction. */
export async function beginIdempotent(
  database: DatabaseHandle,
  req: IdempotentRequest,
  now: Date,
): Promise<IdempotencyOutcome> {
  const row = {
    user_id: req.userId,
    key: req.key,
    method: req.method,
    path: req.path,
    body_hash: requestHash(req.method, req.path, req.body),
    status_code: null,
    content_type: null,
    response_body: null,
    created_at: now.toISOString(),
  };
  if (await idempotencyRepository(database).claimIdempotencyKey(row)) return { kind: "proceed" };
  const first = await idempotencyRepository(database).findIdempotencyKey(req.userId, req.key);
  if (!first)
    return (await idempotencyRepository(database).claimIdempotencyKey(row))
      ? { kind: "proceed" }
      : { kind: "in-progress" };
  if (first.body_hash !== row.body_hash) return { kind: "mismatch" };
  if (first.status_code === null) {
    const staleBefore = new Date(now.getTime() - STALE_MS).toISOString();
    return (await idempotencyRepository(database).takeOverStaleKey(row, staleBefore))
      ? { kind: "proceed" }
      : { kind: "in-progress" };
  }
  return {
    kind: "replay",
    status: first.status_code,
    contentType: first.content_type,
    body: first.response_body ?? "",
  };
}

/** Stores the response of a request that claimed its key. */
export async function finishIdempotent(
  database: DatabaseHandle,
  userId: string,
  key: string,
  response: { status: number; contentType: string | null; body: string },
): Promise<void> {
  await idempotencyRepository(database).completeIdempotencyKey(userId, key, response);
}

/** Frees the key of a request that failed on the server side, so the retry runs for real. */
export async function abandonIdempotent(
  database: DatabaseHandle,
  userId: string,
  key: string,
): Promise<void> {
  await idempotencyRepository(database).releaseIdempotencyKey(userId, key);
}

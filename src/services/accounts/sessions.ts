/**
 * Sign-in sessions: the cookie holds a random id, the database its SHA-256 and expiry, so
 * any API node can check a session and a leaked table hands out nothing usable.
 */
import { authSessionsRepository } from "../../store/index.js";
import type { DatabaseHandle } from "./database.js";
import { randomSecret, sha256 } from "./secrets.js";

export const SESSION_DAYS = 30;

/** Starts a session; returns the raw id for the cookie (never stored) and its hash. */
export async function startSession(
  database: DatabaseHandle,
  userId: string,
  now: Date,
): Promise<{ id: string; idHash: string; expiresAt: string }> {
  const id = randomSecret();
  const idHash = sha256(id);
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await authSessionsRepository(database).insertAuthSession({
    id_hash: idHash,
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { id, idHash, expiresAt };
}

/** The user of a live session, from the cookie's raw id. */
export async function resolveSession(
  database: DatabaseHandle,
  rawId: string,
  now: Date,
): Promise<{ userId: string; idHash: string } | null> {
  const idHash = sha256(rawId);
  const row = await authSessionsRepository(database).findLiveAuthSession(idHash, now.toISOString());
  return row ? { userId: row.user_id, idHash } : null;
}

/** Ends every session of the user (sign-out everywhere). */
export async function endAllSessions(database: DatabaseHandle, userId: string): Promise<void> {
  await authSessionsRepository(database).deleteAuthSessionsOfUser(userId);
}

/** Ends a session by its hash. */
export async function endSession(database: DatabaseHandle, idHash: string): Promise<void> {
  await authSessionsRepository(database).deleteAuthSession(idHash);
}

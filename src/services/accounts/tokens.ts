/**
 * Personal API tokens for scripts (`Authorization: Bearer lmb_...`). The token is shown
 * once at creation; only its SHA-256 is stored.
 */
import { apiTokensRepository } from "../../store/index.js";
import { InputError, NotFoundError } from "../../core/errors.js";
import type { DatabaseHandle } from "./database.js";
import { newId, randomSecret, sha256 } from "./secrets.js";

export const TOKEN_PREFIX = "lmb_";

export interface ApiTokenInfo {
  id: string;
  name: string;
  /** First characters of the token, to tell tokens apart. */
  prefix: string;
  createdAt: string;
  lastUsedAt?: string;
}

/** Creates a token; the returned `token` is the only time it is visible. */
export async function createApiToken(
  database: DatabaseHandle,
  userId: string,
  name: string,
  now: Date,
): Promise<ApiTokenInfo & { token: string }> {
  const label = name.trim();
  if (label.length < 1 || label.length > 100) throw new InputError("name", "must be 1 to 100 characters");
  const token = TOKEN_PREFIX + randomSecret();
  const info = { id: newId(), name: label, prefix: token.slice(0, 8), createdAt: now.toISOString() };
  await apiTokensRepository(database).insertApiToken({
    id: info.id,
    user_id: userId,
    name: label,
    token_hash: sha256(token),
    prefix: info.prefix,
    created_at: info.createdAt,
    last_used_at: null,
  });
  return { ...info, token };
}

/** The user's tokens (without the secrets). */
export async function listTokens(database: DatabaseHandle, userId: string): Promise<ApiTokenInfo[]> {
  const rows = await apiTokensRepository(database).listApiTokens(userId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at,
    ...(r.last_used_at ? { lastUsedAt: r.last_used_at } : {}),
  }));
}

/** Revokes one of the user's tokens. Throws NotFoundError when the user has no such token. */
export async function revokeToken(database: DatabaseHandle, userId: string, id: string): Promise<void> {
  if (!(await apiTokensRepository(database).deleteApiToken(userId, id))) throw new NotFoundError("token");
}

/** The user a bearer token belongs to, or null. */
export async function resolveToken(database: DatabaseHandle, token: string, now: Date): Promise<{ userId: string } | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await apiTokensRepository(database).findApiTokenByHash(sha256(token));
  if (!row) return null;
  await apiTokensRepository(database).touchApiToken(row.id, now.toISOString(), new Date(now.getTime() - 60_000).toISOString());
  return { userId: row.user_id };
}

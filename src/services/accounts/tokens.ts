/**
 * Personal API tokens for scripts (`Authorization: Bearer lmb_...`). The token is shown
 * once at creation; only its SHA-256 is stored.
 */
import { apiTokensRepository } from "../../store/index.js";
import { InputError, NotFoundError } from "../../core/errors.js";
import type { DatabaseHandle } from "./database.js";
import { newId, randomSecret, sha256 } from "./secrets.js";
import { TOKEN_SCOPES, type TokenScope } from "./types.js";

export const TOKEN_PREFIX = "lmb_";

export interface ApiTokenInfo {
  id: string;
  name: string;
  /** First characters of the token, to tell tokens apart. */
  prefix: string;
  createdAt: string;
  lastUsedAt?: string;
  scopes: TokenScope[];
}

/** Scopes as stored (comma-separated); unknown words are dropped. */
function scopesOf(stored: string): TokenScope[] {
  return stored
    .split(",")
    .filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s));
}

/**
 * Creates a token with the given scopes (default read and write; a feed token must be
 * feed-only); the returned `token` is the only time it is visible.
 *
 * @example
 * const { token } = await createApiToken(database, userId, "calendar", new Date(), ["feed"]);
 */
export async function createApiToken(
  database: DatabaseHandle,
  userId: string,
  name: string,
  now: Date,
  scopes: readonly string[] = ["read", "write"],
): Promise<ApiTokenInfo & { token: string }> {
  const label = name.trim();
  if (label.length < 1 || label.length > 100)
    throw new InputError("name", "must be 1 to 100 characters");
  const bad = scopes.find((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
  if (bad !== undefined || scopes.length === 0)
    throw new InputError("scopes", `must be one or more of ${TOKEN_SCOPES.join(", ")}`);
  const chosen = TOKEN_SCOPES.filter((s) => scopes.includes(s));
  if (chosen.includes("feed") && chosen.length > 1)
    throw new InputError(
      "scopes",
      "a feed token is feed-only: its URL is kept in calendar apps in plain sight",
    );
  const token = TOKEN_PREFIX + randomSecret();
  const info = {
    id: newId(),
    name: label,
    prefix: token.slice(0, 8),
    createdAt: now.toISOString(),
    scopes: chosen,
  };
  await apiTokensRepository(database).insertApiToken({
    id: info.id,
    user_id: userId,
    name: label,
    token_hash: sha256(token),
    prefix: info.prefix,
    created_at: info.createdAt,
    last_used_at: null,
    scopes: chosen.join(","),
  });
  return { ...info, token };
}

/** The user's tokens (without the secrets). */
export async function listTokens(
  database: DatabaseHandle,
  userId: string,
): Promise<ApiTokenInfo[]> {
  const rows = await apiTokensRepository(database).listApiTokens(userId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at,
    ...(r.last_used_at ? { lastUsedAt: r.last_used_at } : {}),
    scopes: scopesOf(r.scopes),
  }));
}

/** Revokes one of the user's tokens. Throws NotFoundError when the user has no such token. */
export async function revokeToken(
  database: DatabaseHandle,
  userId: string,
  id: string,
): Promise<void> {
  if (!(await apiTokensRepository(database).deleteApiToken(userId, id)))
    throw new NotFoundError("token");
}

/** Revokes every token of the user (password reset, sign-out everywhere). */
export async function revokeAllTokens(database: DatabaseHandle, userId: string): Promise<void> {
  await apiTokensRepository(database).deleteApiTokensOfUser(userId);
}

/** The user a bearer token belongs to and what it may do, or null. */
export async function resolveToken(
  database: DatabaseHandle,
  token: string,
  now: Date,
): Promise<{ userId: string; scopes: TokenScope[] } | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await apiTokensRepository(database).findApiTokenByHash(sha256(token));
  if (!row) return null;
  await apiTokensRepository(database).touchApiToken(
    row.id,
    now.toISOString(),
    new Date(now.getTime() - 60_000).toISOString(),
  );
  return { userId: row.user_id, scopes: scopesOf(row.scopes) };
}

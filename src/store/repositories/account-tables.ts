/**
 * Row shapes of the account tables (migration 0002_accounts), for the typed query builder.
 * Instants are ISO 8601 text; `plan` and `response_body` hold JSON text.
 */
import type { Kysely } from "kysely";

export interface AccountRow {
  id: string;
  email: string;
  name: string | null;
  role: string;
  password_hash: string;
  created_at: string;
  updated_at: string;
  /** `active`, or `pending` for a professional awaiting approval (migration 0004). */
  status: string;
}

export interface AuthSessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  /** Comma-separated scopes: read, write, feed (migration 0004). */
  scopes: string;
}

export interface AccessGrantRow {
  id: string;
  runner_id: string;
  professional_id: string;
  access: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ProfessionalPlanRow {
  runner_id: string;
  professional_id: string;
  plan: string;
  updated_at: string;
}

export interface IdempotencyRow {
  user_id: string;
  key: string;
  method: string;
  path: string;
  body_hash: string;
  status_code: number | null;
  content_type: string | null;
  response_body: string | null;
  created_at: string;
}

export interface RateLimitRow {
  key: string;
  window_start: number;
  hits: number;
}

export interface ServerSecretRow {
  name: string;
  value: string;
}

export interface AccountTables {
  accounts: AccountRow;
  auth_sessions: AuthSessionRow;
  api_tokens: ApiTokenRow;
  access_grants: AccessGrantRow;
  professional_plans: ProfessionalPlanRow;
  idempotency_keys: IdempotencyRow;
  rate_limits: RateLimitRow;
  server_secrets: ServerSecretRow;
}

export type AccountsDb = Kysely<AccountTables>;

/**
 * The account tables seen through any Kysely instance of the journal database (the
 * journal's own table types do not list them).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function accountsDb(db: Kysely<any>): AccountsDb {
  return db as AccountsDb;
}

/** True when an error is a unique-constraint violation on either engine. */
export function isUniqueViolation(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const code = (e as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

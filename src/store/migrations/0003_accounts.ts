/**
 * Accounts for server mode: people, their sign-in sessions and personal API tokens, the
 * access they grant professionals (C1), professional plans, idempotency records for
 * retried writes and rate-limit counters. Everything lives in the database so API nodes
 * keep no state in memory. Column types are the portable subset (text, integer) so the
 * SQLite and PostgreSQL schemas stay identical; instants are ISO 8601 text, JSON is text.
 */
import type { Kysely } from "kysely";
import type { Migration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("accounts")
    .addColumn("id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text")
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  // The cookie carries a random id; only its SHA-256 is stored, so a database leak
  // does not hand out live sessions.
  await db.schema
    .createTable("auth_sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("auth_sessions_user").on("auth_sessions").column("user_id").execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .execute();
  await db.schema.createIndex("api_tokens_user").on("api_tokens").column("user_id").execute();

  await db.schema
    .createTable("access_grants")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("professional_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("access", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("access_grants_runner").on("access_grants").column("runner_id").execute();
  await db.schema.createIndex("access_grants_professional").on("access_grants").column("professional_id").execute();

  await db.schema
    .createTable("professional_plans")
    .addColumn("runner_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("professional_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("plan", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("idempotency_keys")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("body_hash", "text", (c) => c.notNull())
    .addColumn("status_code", "integer")
    .addColumn("content_type", "text")
    .addColumn("response_body", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pk", ["user_id", "key"])
    .execute();

  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_start", "integer", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("server_secrets")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

/** Account tables; every per-user row goes when its user row is deleted. */
export const accounts0003: Migration = { id: "0003_accounts", up };

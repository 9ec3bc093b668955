/**
 * A typed description of every table: column, SQL type and nullability. The compiler holds
 * it to the row types of schema.ts (same columns, string columns are text, number columns
 * integer or double precision, nullable exactly where the row type allows null), and
 * schema.test.ts holds it to what the migrations create on SQLite and PostgreSQL. A column
 * added to a migration but not to schema.ts, or the other way round, fails one of the two.
 */
import type { Schema } from "../schema.js";

export type SqlType = "text" | "integer" | "double precision";

export interface ColumnDescription<T extends SqlType = SqlType, N extends boolean = boolean> {
  type: T;
  nullable: N;
}

type IsNullable<V> = null extends V ? true : false;
type SqlTypeOf<V> =
  NonNullable<V> extends string
    ? "text"
    : NonNullable<V> extends number
      ? "integer" | "double precision"
      : never;

/** The description each table of `Schema` must have: exactly its columns, each matching its row type. */
export type SchemaDescription = {
  [T in keyof Schema]: {
    [C in keyof Schema[T]]-?: ColumnDescription<SqlTypeOf<Schema[T][C]>, IsNullable<Schema[T][C]>>;
  };
};

const TEXT = { type: "text", nullable: false } as const;
const TEXT_NULL = { type: "text", nullable: true } as const;
const INTEGER = { type: "integer", nullable: false } as const;
const INTEGER_NULL = { type: "integer", nullable: true } as const;
const DOUBLE = { type: "double precision", nullable: false } as const;
const DOUBLE_NULL = { type: "double precision", nullable: true } as const;

export const SCHEMA_DESCRIPTION = {
  users: { id: TEXT, created_at: TEXT },
  profiles: {
    user_id: TEXT,
    name: TEXT,
    units: TEXT,
    time_zone: TEXT,
    equipment: TEXT,
    years_running: DOUBLE_NULL,
    weekly_distance_km: DOUBLE_NULL,
    previous_injuries: TEXT,
    hours_sitting_per_day: DOUBLE_NULL,
    preferred_session_time: TEXT_NULL,
    goals: TEXT,
    new_to_soft_tissue: INTEGER_NULL,
    max_heart_rate: INTEGER_NULL,
    resting_heart_rate: INTEGER_NULL,
    threshold_heart_rate: INTEGER_NULL,
    updated_at: TEXT,
    units_chosen: TEXT_NULL,
    name_given: TEXT_NULL,
    weekly_budget_minutes: INTEGER_NULL,
    week_start: TEXT_NULL,
  },
  body_checks: { user_id: TEXT, id: TEXT, date: TEXT, created_at: TEXT },
  body_check_entries: {
    user_id: TEXT,
    body_check_id: TEXT,
    position: INTEGER,
    region: TEXT,
    side: TEXT_NULL,
    stiffness: INTEGER,
    tenderness: INTEGER,
    fade_seconds: DOUBLE_NULL,
    rebound: INTEGER,
    rebound_answer: INTEGER_NULL,
  },
  rom_tests: {
    user_id: TEXT,
    id: TEXT,
    date: TEXT,
    test: TEXT,
    left_value: DOUBLE_NULL,
    right_value: DOUBLE_NULL,
    value: DOUBLE_NULL,
    left_pass: INTEGER_NULL,
    right_pass: INTEGER_NULL,
    notes: TEXT_NULL,
    created_at: TEXT,
  },
  sessions: {
    user_id: TEXT,
    id: TEXT,
    started_at: TEXT,
    kind: TEXT,
    routine: TEXT,
    before_stiffness: INTEGER_NULL,
    before_soreness: INTEGER_NULL,
    before_pain: INTEGER_NULL,
    after_stiffness: INTEGER_NULL,
    after_soreness: INTEGER_NULL,
    after_pain: INTEGER_NULL,
    mood: INTEGER_NULL,
    energy: INTEGER_NULL,
    notes: TEXT_NULL,
    created_at: TEXT,
  },
  session_items: {
    user_id: TEXT,
    session_id: TEXT,
    position: INTEGER,
    movement_id: TEXT,
    status: TEXT,
    pressure: TEXT_NULL,
    added: INTEGER_NULL,
    seconds: INTEGER_NULL,
  },
  pain_flags: {
    user_id: TEXT,
    id: TEXT,
    region: TEXT,
    side: TEXT_NULL,
    kind: TEXT,
    opened_at: TEXT,
    resolved_at: TEXT_NULL,
    notes: TEXT_NULL,
  },
  run_comfort: {
    user_id: TEXT,
    id: TEXT,
    date: TEXT,
    run_id: TEXT_NULL,
    comfort: INTEGER,
    notes: TEXT_NULL,
    created_at: TEXT,
  },
  runs: {
    user_id: TEXT,
    id: TEXT,
    sport: TEXT,
    sub_sport: TEXT_NULL,
    name: TEXT_NULL,
    start_time: TEXT,
    time_zone: TEXT_NULL,
    elapsed_seconds: DOUBLE,
    moving_seconds: DOUBLE_NULL,
    distance_meters: DOUBLE_NULL,
    elevation_gain_meters: DOUBLE_NULL,
    avg_heart_rate: DOUBLE_NULL,
    max_heart_rate: DOUBLE_NULL,
    avg_pace_seconds_per_km: DOUBLE_NULL,
    avg_cadence: DOUBLE_NULL,
    laps: TEXT,
    source_rpe: DOUBLE_NULL,
    race_flag: INTEGER_NULL,
    source_kind: TEXT,
    source_file_name: TEXT_NULL,
    source_file_hash: TEXT_NULL,
    source_index: INTEGER_NULL,
    source_notes: TEXT_NULL,
    classification: TEXT_NULL,
    type_override: TEXT_NULL,
    rpe: DOUBLE_NULL,
    rpe_estimated: INTEGER_NULL,
    planned: INTEGER_NULL,
    created_at: TEXT,
    date_only: INTEGER_NULL,
  },
  accounts: {
    id: TEXT,
    email: TEXT,
    name: TEXT_NULL,
    role: TEXT,
    password_hash: TEXT,
    created_at: TEXT,
    updated_at: TEXT,
    status: TEXT,
  },
  auth_sessions: { id_hash: TEXT, user_id: TEXT, created_at: TEXT, expires_at: TEXT },
  api_tokens: {
    id: TEXT,
    user_id: TEXT,
    name: TEXT,
    token_hash: TEXT,
    prefix: TEXT,
    created_at: TEXT,
    last_used_at: TEXT_NULL,
    scopes: TEXT,
  },
  access_grants: {
    id: TEXT,
    runner_id: TEXT,
    professional_id: TEXT,
    access: TEXT,
    created_at: TEXT,
    revoked_at: TEXT_NULL,
  },
  professional_plans: { runner_id: TEXT, professional_id: TEXT, plan: TEXT, updated_at: TEXT },
  idempotency_keys: {
    user_id: TEXT,
    key: TEXT,
    method: TEXT,
    path: TEXT,
    body_hash: TEXT,
    status_code: INTEGER_NULL,
    content_type: TEXT_NULL,
    response_body: TEXT_NULL,
    created_at: TEXT,
  },
  rate_limits: { key: TEXT, window_start: INTEGER, hits: INTEGER },
  server_secrets: { name: TEXT, value: TEXT },
  calendar_feeds: {
    id: TEXT,
    user_id: TEXT,
    url: TEXT,
    name: TEXT_NULL,
    created_at: TEXT,
    last_synced_at: TEXT_NULL,
    last_error: TEXT_NULL,
  },
  load_baselines: {
    user_id: TEXT,
    as_of: TEXT,
    inputs: TEXT,
    fitness: DOUBLE,
    fatigue: DOUBLE,
    rest_days: INTEGER,
    block_start: TEXT_NULL,
  },
  deleted_runs: {
    id: TEXT,
    user_id: TEXT,
    source_file_hash: TEXT,
    source_index: INTEGER_NULL,
    sport: TEXT,
    start_time: TEXT,
    distance_meters: DOUBLE_NULL,
    deleted_at: TEXT,
  },
  limber_migrations: { id: TEXT, applied_at: TEXT },
} satisfies SchemaDescription;

/**
 * Row types of every table the journal migrations create, as Kysely sees them. The same
 * types hold on SQLite and PostgreSQL because the migrations only use column types both
 * engines read back alike: `text` (ids, ISO instants and days, JSON blobs), `integer`
 * (whole numbers and 0/1 flags) and `double precision` (measurements).
 *
 * One set of table types for the whole database, journal and accounts alike; a test
 * (schema.test.ts) compares it column by column with what the migrations create on both
 * engines, so a column added on one side only fails there.
 */

/** 0/1 in both engines; booleans are stored as integers so both read back the same. */
export type Flag = 0 | 1;

export interface UserRow {
  id: string;
  created_at: string;
}

export interface ProfileRow {
  user_id: string;
  /** Written with what older code would show; read `name_given` instead. */
  name: string;
  /** Written with the default for older code; read `units_chosen` instead. */
  units: string;
  time_zone: string;
  /** JSON array of equipment names. */
  equipment: string;
  years_running: number | null;
  weekly_distance_km: number | null;
  /** JSON array of strings. */
  previous_injuries: string;
  hours_sitting_per_day: number | null;
  preferred_session_time: string | null;
  /** JSON array of strings. */
  goals: string;
  new_to_soft_tissue: number | null;
  max_heart_rate: number | null;
  resting_heart_rate: number | null;
  threshold_heart_rate: number | null;
  updated_at: string;
  /** Units the runner chose; NULL when they never did (migration 0007). `units` is no longer read. */
  units_chosen: string | null;
  /** The name the runner gave; NULL when they never did (migration 0009). `name` is no longer read. */
  name_given: string | null;
  /** Minutes of care a week, as the runner set them; NULL until they do (migration 0010). */
  weekly_budget_minutes: number | null;
  /** The weekday the runner's week starts on; NULL until set (migration 0010). */
  week_start: string | null;
}

export interface BodyCheckRow {
  id: string;
  user_id: string;
  date: string;
  created_at: string;
}

export interface BodyCheckEntryRow {
  body_check_id: string;
  user_id: string;
  position: number;
  region: string;
  side: string | null;
  stiffness: number;
  tenderness: number;
  fade_seconds: number | null;
  /** Written with the default for older code; read `rebound_answer` instead. */
  rebound: number;
  /** 0/1 as the runner answered; NULL when they did not say (migration 0007). */
  rebound_answer: number | null;
}

export interface RomTestRow {
  id: string;
  user_id: string;
  date: string;
  test: string;
  left_value: number | null;
  right_value: number | null;
  value: number | null;
  left_pass: number | null;
  right_pass: number | null;
  notes: string | null;
  created_at: string;
}

export interface SessionRow {
  id: string;
  user_id: string;
  started_at: string;
  kind: string;
  /** The routine as given, JSON. */
  routine: string;
  before_stiffness: number | null;
  before_soreness: number | null;
  before_pain: number | null;
  after_stiffness: number | null;
  after_soreness: number | null;
  after_pain: number | null;
  mood: number | null;
  energy: number | null;
  notes: string | null;
  created_at: string;
}

export interface SessionItemRow {
  session_id: string;
  user_id: string;
  position: number;
  movement_id: string;
  status: string;
  pressure: string | null;
  /** 1 for a technique done beside the routine (added when logging); NULL otherwise. */
  added: number | null;
  /** Seconds the runner gave for an added technique; NULL otherwise. */
  seconds: number | null;
}

export interface PainFlagRow {
  id: string;
  user_id: string;
  region: string;
  side: string | null;
  kind: string;
  opened_at: string;
  resolved_at: string | null;
  notes: string | null;
}

export interface RunComfortRow {
  id: string;
  user_id: string;
  date: string;
  run_id: string | null;
  comfort: number;
  notes: string | null;
  created_at: string;
}

export interface RunRow {
  id: string;
  user_id: string;
  sport: string;
  sub_sport: string | null;
  name: string | null;
  /** ISO instant, normalised to `Date#toISOString()` so text order is time order. */
  start_time: string;
  time_zone: string | null;
  elapsed_seconds: number;
  moving_seconds: number | null;
  distance_meters: number | null;
  elevation_gain_meters: number | null;
  avg_heart_rate: number | null;
  max_heart_rate: number | null;
  avg_pace_seconds_per_km: number | null;
  avg_cadence: number | null;
  /** JSON array of laps. */
  laps: string;
  /** RPE as the source file gave it (Activity.rpe). */
  source_rpe: number | null;
  race_flag: number | null;
  source_kind: string;
  source_file_name: string | null;
  source_file_hash: string | null;
  source_index: number | null;
  /** JSON array of importer notes, or null. */
  source_notes: string | null;
  /** JSON RunClassification, or null. */
  classification: string | null;
  type_override: string | null;
  /** RPE used for load (RunRecord.rpe). */
  rpe: number | null;
  rpe_estimated: number | null;
  planned: number | null;
  created_at: string;
  /** 1 when only the day was given and `start_time` is noon of it (migration 0008), else NULL. */
  date_only: number | null;
}

// Account tables (migration 0003_accounts). Instants are ISO 8601 text; `plan` and
// `response_body` hold JSON text.

export interface AccountRow {
  id: string;
  email: string;
  name: string | null;
  role: string;
  password_hash: string;
  created_at: string;
  updated_at: string;
  /** `active`, or `pending` for a professional awaiting approval (migration 0005). */
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
  /** Comma-separated scopes: read, write, feed (migration 0005). */
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

// Calendar feeds (migration 0004_calendar_feeds): a runner's subscribed calendars.

export interface CalendarFeedRow {
  id: string;
  user_id: string;
  url: string;
  name: string | null;
  created_at: string;
  last_synced_at: string | null;
  last_error: string | null;
}

// Load baselines (migration 0006_load_baselines): derived load-model state, see core/load/baseline.ts.

export interface LoadBaselineRow {
  user_id: string;
  /** Day "YYYY-MM-DD" in the runner's time zone. */
  as_of: string;
  /** JSON of the time zone and heart-rate anchors the state was computed with. */
  inputs: string;
  fitness: number;
  fatigue: number;
  rest_days: number;
  block_start: string | null;
}

// Deleted runs (migration 0012_deleted_runs): imported runs the runner deleted, so a later
// import leaves them out.

export interface DeletedRunRow {
  id: string;
  user_id: string;
  /** The deleted run's file hash; only runs that came from a file are remembered. */
  source_file_hash: string;
  source_index: number | null;
  sport: string;
  /** ISO instant, normalised like `runs.start_time`. */
  start_time: string;
  distance_meters: number | null;
  /** ISO instant of the deletion. */
  deleted_at: string;
}

export interface MigrationRow {
  id: string;
  applied_at: string;
}

/** Every table. */
export interface Schema {
  users: UserRow;
  profiles: ProfileRow;
  body_checks: BodyCheckRow;
  body_check_entries: BodyCheckEntryRow;
  rom_tests: RomTestRow;
  sessions: SessionRow;
  session_items: SessionItemRow;
  pain_flags: PainFlagRow;
  run_comfort: RunComfortRow;
  runs: RunRow;
  accounts: AccountRow;
  auth_sessions: AuthSessionRow;
  api_tokens: ApiTokenRow;
  access_grants: AccessGrantRow;
  professional_plans: ProfessionalPlanRow;
  idempotency_keys: IdempotencyRow;
  rate_limits: RateLimitRow;
  server_secrets: ServerSecretRow;
  calendar_feeds: CalendarFeedRow;
  load_baselines: LoadBaselineRow;
  deleted_runs: DeletedRunRow;
  limber_migrations: MigrationRow;
}

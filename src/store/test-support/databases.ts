/**
 * Test databases on every engine available: a fresh SQLite file in a temp folder always,
 * and PostgreSQL when DATABASE_URL is set (a uniquely named schema per database, dropped
 * afterwards). Use with describe.each so every repository test runs on both engines.
 *
 * @example
 * describe.each(ENGINES)("runs on %s", (engine) => {
 *   const t = databaseForEachTest(engine, ["u1"]);
 *   it("...", async () => { await runsRepository(t.database).listRuns("u1"); });
 * });
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, beforeEach } from "vitest";
import { openDatabase, type Database } from "../db.js";
import { ensureUser } from "../users.js";
import type { Migration } from "../migrations/index.js";

export type Engine = "sqlite" | "postgres";

/** sqlite always; postgres too when DATABASE_URL is set. */
export const ENGINES: Engine[] = process.env.DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestDatabase {
  engine: Engine;
  database: Database;
  /** SQLite: the data folder. */
  dataDir?: string;
  /** PostgreSQL: the schema. */
  schema?: string;
  /** Connection options that reach this same database (for child processes: env). */
  env: Record<string, string>;
  /** Closes the current handle and opens the same database again with these migrations. */
  reopen(migrations?: readonly Migration[]): Promise<Database>;
  /** Closes and removes the database. */
  dispose(): Promise<void>;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated (or partly migrated, with `migrations`) database on `engine`. */
export async function createTestDatabase(
  engine: Engine,
  opts: { migrations?: readonly Migration[] } = {},
): Promise<TestDatabase> {
  if (engine === "sqlite") {
    const dataDir = mkdtempSync(join(tmpdir(), "limber-test-"));
    const t: TestDatabase = {
      engine,
      dataDir,
      env: { LIMBER_DATA_DIR: dataDir },
      database: await openDatabase({ dataDir, migrations: opts.migrations }),
      async reopen(migrations) {
        await t.database.close();
        t.database = await openDatabase({ dataDir, migrations });
        return t.database;
      },
      async dispose() {
        await t.database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
    return t;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const schema = `t_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  const withSchema = new URL(url);
  withSchema.searchParams.set("options", `-c search_path=${schema}`);
  const t: TestDatabase = {
    engine,
    schema,
    env: { DATABASE_URL: withSchema.toString() },
    database: await openDatabase({ url, schema, migrations: opts.migrations }),
    async reopen(migrations) {
      await t.database.close();
      t.database = await openDatabase({ url, schema, migrations });
      return t.database;
    },
    async dispose() {
      await t.database.close();
      await adminQuery(`DROP SCHEMA ${schema} CASCADE`);
    },
  };
  return t;
}

/**
 * A fresh database for each test of the suite it is called in, with these users in it, disposed
 * after the test. Read it inside a test (or a later hook): before the first test there is none.
 *
 * @example
 * describe.each(ENGINES)("deleting body checks on %s", (engine) => {
 *   const t = databaseForEachTest(engine, ["u1", "u2"]);
 *   it("...", async () => { await bodyChecksRepository(t.database).deleteCheck("u1", id); });
 * });
 */
export function databaseForEachTest(
  engine: Engine,
  users: readonly string[] = [],
): Omit<TestDatabase, "dispose"> {
  let current: TestDatabase | undefined;
  beforeEach(async () => {
    current = await createTestDatabase(engine);
    for (const u of users) await ensureUser(current.database, u);
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  const now = (): TestDatabase => {
    if (!current) throw new Error("databaseForEachTest: read outside a test");
    return current;
  };
  return {
    get engine() {
      return now().engine;
    },
    get database() {
      return now().database;
    },
    get dataDir() {
      return now().dataDir;
    },
    get schema() {
      return now().schema;
    },
    get env() {
      return now().env;
    },
    reopen: (migrations) => now().reopen(migrations),
  };
}

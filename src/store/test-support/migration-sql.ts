/**
 * The SQL a migration runs, per engine, without a database: the migration runs against a
 * Kysely whose driver records each compiled statement instead of sending it. Its hash is
 * what "this shipped migration is unchanged" means (formatting of the file may change; what
 * it does to a database may not).
 *
 * @example
 * const statements = await migrationSql(MIGRATIONS[0], "postgres");
 */
import { createHash } from "node:crypto";
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from "kysely";
import type { Dialect, Migration } from "../migrations/index.js";

class RecordingDriver implements Driver {
  constructor(private readonly statements: string[]) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    const statements = this.statements;
    return {
      async executeQuery<R>(compiled: {
        sql: string;
        parameters: readonly unknown[];
      }): Promise<QueryResult<R>> {
        statements.push(
          compiled.parameters.length
            ? `${compiled.sql} -- ${JSON.stringify(compiled.parameters)}`
            : compiled.sql,
        );
        return { rows: [] };
      },
      // eslint-disable-next-line require-yield
      async *streamQuery() {
        throw new Error("not used by migrations");
      },
    };
  }
  async beginTransaction(): Promise<void> {}
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** Every statement `migration.up` runs on `dialect`, in order. */
export async function migrationSql(migration: Migration, dialect: Dialect): Promise<string[]> {
  const statements: string[] = [];
  const pg = dialect === "postgres";
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const db = new Kysely<any>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new RecordingDriver(statements),
      createIntrospector: (k) => (pg ? new PostgresIntrospector(k) : new SqliteIntrospector(k)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
  });
  await migration.up(db, dialect);
  await db.destroy();
  return statements;
}

/** sha256 of a migration's statements on both engines. */
export async function migrationChecksum(migration: Migration): Promise<string> {
  const text = [
    ...(await migrationSql(migration, "sqlite")),
    "--",
    ...(await migrationSql(migration, "postgres")),
  ].join("\n");
  return createHash("sha256").update(text).digest("hex");
}

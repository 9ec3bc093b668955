/**
 * Reads the schema a database ended up with, in one engine-neutral shape, so tests can
 * compare what the migrations built on SQLite and on PostgreSQL.
 */
import { sql } from "kysely";
import type { Database } from "../db.js";

export interface ColumnShape {
  type: string;
  nullable: boolean;
}

export interface SchemaShape {
  tables: Record<string, Record<string, ColumnShape>>;
  /**
   * Names of indexes created by CREATE INDEX (those behind PRIMARY KEY / UNIQUE constraints
   * are left out: the engines name them differently).
   */
  indexes: string[];
}

/** Tables, columns (declared type, nullability) and index names of the current schema. */
export async function introspect(database: Database): Promise<SchemaShape> {
  const tables: SchemaShape["tables"] = {};
  if (database.dialect === "sqlite") {
    const names = await sql<{
      name: string;
    }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(
      database.db,
    );
    for (const { name } of names.rows) {
      const cols = await sql<{
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }>`SELECT name, type, "notnull", pk FROM pragma_table_info(${name})`.execute(database.db);
      tables[name] = Object.fromEntries(
        cols.rows.map((c) => [
          c.name,
          { type: c.type.toLowerCase(), nullable: c.notnull === 0 && c.pk === 0 },
        ]),
      );
    }
    const idx = await sql<{
      name: string;
    }>`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%' ORDER BY name`.execute(
      database.db,
    );
    return { tables, indexes: idx.rows.map((r) => r.name) };
  }
  const cols = await sql<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
  }>`
    SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
    WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`.execute(
    database.db,
  );
  for (const c of cols.rows) {
    (tables[c.table_name] ??= {})[c.column_name] = {
      type: c.data_type.toLowerCase(),
      nullable: c.is_nullable === "YES",
    };
  }
  const idx = await sql<{ indexname: string }>`
    SELECT i.indexname FROM pg_indexes i
    JOIN pg_class c ON c.relname = i.indexname
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname
    WHERE i.schemaname = current_schema()
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)
    ORDER BY i.indexname`.execute(database.db);
  return { tables, indexes: idx.rows.map((r) => r.indexname) };
}

/**
 * Every row of every table, each table's rows sorted, for before/after comparisons; with
 * `columns`, only those columns of the tables it names (columns a later migration added).
 */
export async function dumpTables(
  database: Database,
  tables: string[],
  columns?: Record<string, readonly string[]>,
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(t)}`.execute(
      database.db,
    );
    const keep = columns?.[t];
    out[t] = rows.rows
      .map((r) =>
        JSON.stringify(
          Object.entries(r)
            .filter(([c]) => !keep || keep.includes(c))
            .sort(([a], [b]) => a.localeCompare(b)),
        ),
      )
      .sort();
  }
  return out;
}

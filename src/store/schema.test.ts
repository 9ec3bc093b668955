/**
 * The table types of schema.ts, the typed description of the tables, and what the
 * migrations create agree on both engines; shipped migrations never change and later ones
 * only add.
 */
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "./migrations/index.js";
import { ENGINES, createTestDatabase, type TestDatabase } from "./test-support/databases.js";
import { introspect } from "./test-support/introspect.js";
import { migrationChecksum, migrationSql } from "./test-support/migration-sql.js";
import { SCHEMA_DESCRIPTION } from "./test-support/schema-description.js";

describe.each(ENGINES)("schema.ts matches the migrated database on %s", (engine) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it("same tables, same columns, same SQL types and nullability", async () => {
    t = await createTestDatabase(engine);
    const actual = (await introspect(t.database)).tables;
    // Compared as sorted lists so a failure names the table and column that differ.
    const flat = (tables: Record<string, Record<string, { type: string; nullable: boolean }>>) =>
      Object.entries(tables)
        .flatMap(([table, cols]) =>
          Object.entries(cols).map(
            ([col, c]) => `${table}.${col}: ${c.type}${c.nullable ? " null" : " not null"}`,
          ),
        )
        .sort();
    expect(flat(actual)).toEqual(flat(SCHEMA_DESCRIPTION));
  });
});

// Recorded when each migration shipped: the sha256 of the SQL it runs on SQLite and PostgreSQL.
// A new migration adds its line here; an existing line never changes.
const SHIPPED: Record<string, string> = {
  "0001_journal": "591326d1caf9403c44181f62e2d2e7477652960b9be27f22a147160c30c3341d",
  "0002_journal_indexes": "0e08b38f30692001006291855f66de12c73e96edf15f5249cf8ccb7ffe275ca7",
  "0003_accounts": "5c0276412af26fe3d97e63b8775c6fc49340120c3be10ff93f88bf9258dab33c",
  "0004_calendar_feeds": "5681f0c1af345db40808beea340ffe7908b1d78facc1433282d6c77cb9d2244d",
  "0005_account_hardening": "4df63d8c6ab2d1ffeaa7119ab0afb6aa0a6bed66bc79b9f1355c3296d22ebced",
  "0006_load_baselines": "9d2eb9f29537efe449c0181f560635ecafe96fe59d59df2e32ca07deb6581850",
  "0007_said_or_default": "89ea9ac3da2761b46d8f79ca65d9fccf98abe86ca760b55624a15c9f57b4281e",
  "0008_run_date_only": "cd28f84a34b9d8f573b3daf2bd2d3180004de82d35875c997cf6a5b40f8d566d",
  "0009_name_given": "d868c572a48f9fc6af38d26c78b044488b2d5bf50f31a830a671a9d01cbc694d",
  "0010_week_settings": "dbf9f9093595c8f4d74fe159addf975d0bd2eb80cdc162969f7389d35d3f6861",
  "0011_added_items": "ca786f230cd0e859c0a07ad425d57b63f1d6054eafb1371e304b9e00d3e1231a",
  "0012_deleted_runs": "f946790c32ee818b1c3215c1f3a4a90d550dd6b07a566a64c2c9a9baf7f1faa5",
};

describe("migrations", () => {
  it("every migration's checksum is recorded", () => {
    expect(MIGRATIONS.map((m) => m.id)).toEqual(Object.keys(SHIPPED));
  });

  it.each(MIGRATIONS.map((m) => [m.id, m] as const))(
    "%s runs the SQL it shipped with",
    async (id, migration) => {
      expect(await migrationChecksum(migration)).toBe(SHIPPED[id]);
    },
  );

  it.each(MIGRATIONS.slice(1).map((m) => [m.id, m] as const))(
    "%s only adds (no drop, rename or type change)",
    async (_id, migration) => {
      for (const dialect of ["sqlite", "postgres"] as const) {
        for (const statement of await migrationSql(migration, dialect)) {
          expect(statement).not.toMatch(
            /\bdrop\b|\brename\b|\balter\s+column\b|\btype\s+\w+\s+using\b/i,
          );
        }
      }
    },
  );

  it("the additive check catches a destructive statement", async () => {
    const destructive = {
      id: "9999_destructive",
      up: async (db: Parameters<(typeof MIGRATIONS)[number]["up"]>[0]) => {
        await db.schema.alterTable("runs").dropColumn("name").execute();
      },
    };
    const [statement] = await migrationSql(destructive, "postgres");
    expect(statement).toMatch(/\bdrop\b/i);
  });
});

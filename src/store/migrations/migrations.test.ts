import { afterEach, describe, expect, it } from "vitest";
import { ENGINES, createTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { dumpTables, introspect } from "../test-support/introspect.js";
import {
  sampleBodyCheck,
  sampleComfort,
  samplePainFlag,
  sampleRomTest,
  sampleRun,
  sampleSession,
} from "../test-support/fixtures.js";
import { bodyChecksRepository } from "../repositories/body-checks.js";
import { painFlagsRepository } from "../repositories/pain-flags.js";
import { profileRepository, profileToRow } from "../repositories/profile.js";
import { romTestsRepository } from "../repositories/rom-tests.js";
import { runComfortRepository } from "../repositories/run-comfort.js";
import { runToRow, runsRepository } from "../repositories/runs.js";
import { sessionItemRows, sessionRow, sessionsRepository } from "../repositories/sessions.js";
import { ensureUser } from "../users.js";
import { applyMigrations, MIGRATIONS } from "./index.js";

describe("migration list", () => {
  it("has unique ids in ascending numbered order", () => {
    const ids = MIGRATIONS.map((m) => m.id);
    expect(ids.every((id) => /^\d{4}_[a-z0-9_]+$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(ENGINES)("migrations on %s", (engine) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it("records every migration and applies nothing twice", async () => {
    t = await createTestDatabase(engine);
    const rows = await t.database.db
      .selectFrom("limber_migrations")
      .select("id")
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await applyMigrations(t.database.db, t.database.dialect, MIGRATIONS)).toEqual([]);
    await t.reopen();
    expect(await t.database.db.selectFrom("limber_migrations").select("id").execute()).toHaveLength(
      MIGRATIONS.length,
    );
  });

  it("upgrades a journal made by the first migration and keeps every row", async () => {
    t = await createTestDatabase(engine, { migrations: MIGRATIONS.slice(0, 1) });
    const db = t.database;
    await ensureUser(db, "u1");
    // profiles and body check entries as the first schema's code stored them (migration 0007
    // added a column to each)
    const {
      units_chosen: _u,
      name_given: _n,
      weekly_budget_minutes: _b,
      week_start: _w,
      ...profileRow
    } = profileToRow(
      "u1",
      {
        name: "Ana",
        units: "metric",
        timeZone: "UTC",
        equipment: ["band"],
        previousInjuries: [],
        goals: [],
      },
      new Date("2026-10-01T06:00:00.000Z"),
    );
    await db.db.insertInto("profiles").values(profileRow).execute();
    for (let i = 1; i <= 9; i++) {
      const day = `2026-10-0${i}`;
      // stored as the first schema stored it (migration 0011 added added and seconds)
      const session = sampleSession(`s${i}`, `${day}T08:00:00.000Z`);
      await db.db.insertInto("sessions").values(sessionRow("u1", session)).execute();
      await db.db
        .insertInto("session_items")
        .values(sessionItemRows("u1", session).map(({ added: _a, seconds: _s, ...row }) => row))
        .execute();
      const check = sampleBodyCheck(`c${i}`, day);
      await db.db
        .insertInto("body_checks")
        .values({ id: check.id, user_id: "u1", date: check.date, created_at: check.createdAt })
        .execute();
      await db.db
        .insertInto("body_check_entries")
        .values(
          check.entries.map((e, position) => ({
            body_check_id: check.id,
            user_id: "u1",
            position,
            region: e.region,
            side: e.side ?? null,
            stiffness: e.stiffness,
            tenderness: e.tenderness,
            fade_seconds: e.fadeSeconds ?? null,
            rebound: e.rebound ? 1 : 0,
          })),
        )
        .execute();
      await romTestsRepository(db).insertRomTest("u1", sampleRomTest(`r${i}`, day));
      await painFlagsRepository(db).insertPainFlag(
        "u1",
        samplePainFlag(`p${i}`, `${day}T09:00:00.000Z`),
      );
      // stored as the first schema's code stored it (today's repository also keeps the
      // load baselines of migration 0006 up to date)
      const id = `run${i}`;
      const run = sampleRun(`${day}T06:00:00Z`, 8000, { source: { kind: "manual" } });
      // (migration 0008 added date_only)
      const { date_only: _d, ...runRow } = runToRow("u1", {
        ...run,
        id,
        createdAt: `${day}T07:00:00.000Z`,
      });
      await db.db.insertInto("runs").values(runRow).execute();
      await runComfortRepository(db).insertRunComfort("u1", sampleComfort(`k${i}`, day, id));
    }
    const oldShape = (await introspect(db)).tables;
    const oldTables = Object.keys(oldShape).filter((n) => n !== "limber_migrations");
    const oldColumns = Object.fromEntries(
      oldTables.map((n) => [n, Object.keys(oldShape[n] ?? {})]),
    );
    const before = await dumpTables(db, oldTables);
    expect(before.session_items).toHaveLength(18);

    const upgraded = await t.reopen(MIGRATIONS);
    expect(await dumpTables(upgraded, oldTables, oldColumns)).toEqual(before);
    const applied = await upgraded.db
      .selectFrom("limber_migrations")
      .select("id")
      .orderBy("id")
      .execute();
    expect(applied.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    // The upgraded journal reads back through the repositories.
    expect(await sessionsRepository(upgraded).listSessions("u1", { limit: 3 })).toHaveLength(3);
    // Runs stored before 0008 keep their start time as a time.
    const runs = await runsRepository(upgraded).listRuns("u1");
    expect(runs).toHaveLength(9);
    expect(runs.every((r) => r.activity.dateOnly === undefined)).toBe(true);
    // Units and rebound stored before 0007 read back as they were stored.
    expect((await profileRepository(upgraded).getProfile("u1"))?.units).toBe("metric");
    // A name stored before 0009 reads back as given.
    expect((await profileRepository(upgraded).getProfile("u1"))?.name).toBe("Ana");
    expect(await bodyChecksRepository(upgraded).listBodyChecks("u1")).toEqual(
      Array.from({ length: 9 }, (_, i) => sampleBodyCheck(`c${i + 1}`, `2026-10-0${i + 1}`)),
    );
  });

  it("upgrades to remembered deletions (0012): none at first, then a run imported before is remembered when deleted", async () => {
    const upTo0011 = MIGRATIONS.filter((m) => m.id < "0012");
    t = await createTestDatabase(engine, { migrations: upTo0011 });
    await ensureUser(t.database, "u1");
    const imported = sampleRun("2026-10-01T06:00:00Z", 8000);
    await t.database.db
      .insertInto("runs")
      .values(runToRow("u1", { ...imported, id: "old", createdAt: "2026-10-01T07:00:00.000Z" }))
      .execute();
    expect((await introspect(t.database)).tables.deleted_runs).toBeUndefined();

    const upgraded = await t.reopen(MIGRATIONS);
    expect(await upgraded.db.selectFrom("deleted_runs").selectAll().execute()).toEqual([]);
    const runs = runsRepository(upgraded);
    expect(await runs.deleteRun("u1", "old")).toBe(true);
    expect((await runs.insertRun("u1", imported)).deletedBefore).toEqual(expect.any(String));
  });

  it("applies each migration atomically: a failing one leaves no trace", async () => {
    t = await createTestDatabase(engine);
    const broken = {
      id: "9999_broken",
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: any) {
        await db.schema.createTable("half_done").addColumn("id", "text").execute();
        throw new Error("boom");
      },
    };
    await expect(
      applyMigrations(t.database.db, t.database.dialect, [...MIGRATIONS, broken]),
    ).rejects.toThrow("boom");
    const shape = await introspect(t.database);
    expect(shape.tables.half_done).toBeUndefined();
    const ids = await t.database.db.selectFrom("limber_migrations").select("id").execute();
    expect(ids.map((r) => r.id)).not.toContain("9999_broken");
  });
});

describe.skipIf(!ENGINES.includes("postgres"))("SQLite and PostgreSQL schemas", () => {
  it("have the same tables, columns, types, nullability and indexes after all migrations", async () => {
    const lite = await createTestDatabase("sqlite");
    const pg = await createTestDatabase("postgres");
    try {
      const a = await introspect(lite.database);
      const b = await introspect(pg.database);
      expect(Object.keys(a.tables).sort()).toEqual(Object.keys(b.tables).sort());
      expect(a.tables).toEqual(b.tables);
      expect(a.indexes.sort()).toEqual(b.indexes.sort());
    } finally {
      await lite.dispose();
      await pg.dispose();
    }
  });

  it("migrate concurrently on PostgreSQL without errors", async () => {
    const pg = await createTestDatabase("postgres", { migrations: [] });
    try {
      const { openDatabase } = await import("../db.js");
      const url = process.env.DATABASE_URL as string;
      const opened = await Promise.all(
        Array.from({ length: 4 }, () => openDatabase({ url, schema: pg.schema })),
      );
      const ids = await opened[0]!.db.selectFrom("limber_migrations").select("id").execute();
      expect(ids).toHaveLength(MIGRATIONS.length);
      await Promise.all(opened.map((d) => d.close()));
    } finally {
      await pg.dispose();
    }
  });
});

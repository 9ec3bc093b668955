/**
 * Group commit: every SQLite write resolves only after a disk sync that started after its
 * commit, concurrent writes share syncs, and reads never wait for one.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./db.js";
import { groupSync } from "./durability.js";
import { COMMITS_BEFORE_WORKER } from "./durability-checkpoint.js";
import { refreshStatistics } from "./statistics.js";
import { createTestDatabase } from "./test-support/databases.js";
import { accountsRepository } from "./repositories/accounts.js";
import { withTransaction } from "./transaction.js";
import { ensureUser } from "./users.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "limber-durability-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("groupSync", () => {
  it("lets callers that arrive during a sync share the next one", async () => {
    const file = join(dir, "limber.db");
    writeFileSync(file, "pages");
    writeFileSync(`${file}-wal`, "log");
    const group = groupSync(file);
    await Promise.all(Array.from({ length: 50 }, () => group.sync()));
    expect(group.requests).toBe(50);
    // The first starts a sync; the 49 that arrive while it runs share the one after it.
    expect(group.completedSyncs).toBe(2);
  });

  it("never resolves a caller with a sync that started before its call", async () => {
    const file = join(dir, "limber.db");
    writeFileSync(`${file}-wal`, "log");
    const group = groupSync(file);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(3), { minLength: 1, maxLength: 30 }), async (gaps) => {
        // Callers arrive with 0-3 event-loop turns between them. Syncs run one after
        // another, so a caller is covered once more syncs have finished than had started
        // when it called.
        const waits: Promise<[number, number]>[] = [];
        for (const gap of gaps) {
          for (let i = 0; i < gap; i++) await new Promise((r) => setImmediate(r));
          const startedAtCall = group.startedSyncs;
          waits.push(group.sync().then(() => [startedAtCall, group.completedSyncs]));
        }
        for (const [startedAtCall, completedAtResume] of await Promise.all(waits))
          expect(completedAtResume).toBeGreaterThan(startedAtCall);
        await group.drain();
      }),
      { numRuns: 25 },
    );
  });

  it("syncs the database file when there is no write-ahead log", async () => {
    const file = join(dir, "limber.db");
    writeFileSync(file, "pages");
    const group = groupSync(file);
    await group.sync();
    expect(group.completedSyncs).toBe(1);
  });

  it("reports a file it cannot open", async () => {
    const group = groupSync(join(dir, "missing", "limber.db"));
    await expect(group.sync()).rejects.toThrow(/ENOENT/);
  });
});

describe("writes through openDatabase (SQLite)", () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ dataDir: dir });
  });
  afterEach(() => database.close());

  const counters = () => {
    const d = database.durability;
    if (!d) throw new Error("SQLite handle without durability counters");
    return { requests: d.requests, completedSyncs: d.completedSyncs };
  };

  it("makes every autocommit write wait for a sync, and concurrent writes share syncs", async () => {
    const start = counters();
    await Promise.all(Array.from({ length: 20 }, (_, i) => ensureUser(database, `runner-${i}`)));
    const end = counters();
    expect(end.requests - start.requests).toBe(20);
    expect(end.completedSyncs - start.completedSyncs).toBeGreaterThan(0);
    expect(end.completedSyncs - start.completedSyncs).toBeLessThan(20);
  });

  it("syncs a transaction once, at its commit, and not for a rollback", async () => {
    const start = counters();
    await withTransaction(database, async (tx) => {
      await ensureUser(tx, "a");
      await ensureUser(tx, "b");
      await ensureUser(tx, "c");
    });
    expect(counters().requests - start.requests).toBe(1);
    await expect(
      withTransaction(database, async (tx) => {
        await ensureUser(tx, "d");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(counters().requests - start.requests).toBe(1);
    expect(
      await database.db.selectFrom("users").select("id").where("id", "=", "d").execute(),
    ).toEqual([]);
  });

  it("syncs Kysely's own transactions and raw writes too", async () => {
    const start = counters();
    await database.db.transaction().execute(async (trx) => {
      await sql`INSERT INTO users (id, created_at) VALUES ('k', '2026-01-01T00:00:00.000Z')`.execute(
        trx,
      );
    });
    await sql`DELETE FROM users WHERE id = 'k'`.execute(database.db);
    expect(counters().requests - start.requests).toBe(2);
  });

  it("does not make reads, or writes that changed nothing, wait for the disk", async () => {
    await ensureUser(database, "reader");
    const start = counters();
    await database.db.selectFrom("users").selectAll().execute();
    await sql`PRAGMA user_version`.execute(database.db);
    await accountsRepository(database).findAccountByEmail("nobody@example.org");
    await database.db.updateTable("users").set({ id: "x" }).where("id", "=", "nobody").execute();
    expect(counters().requests - start.requests).toBe(0);
  });

  it("keeps statements prepared, and a stream open does not break the next query", async () => {
    await ensureUser(database, "s1");
    await ensureUser(database, "s2");
    const query = () => database.db.selectFrom("users").select("id").orderBy("id");
    const streamed: string[] = [];
    for await (const row of query().stream()) streamed.push(row.id);
    const twice = [await query().execute(), await query().execute()];
    expect(twice[0]!.map((r) => r.id)).toEqual(streamed);
    expect(twice[1]).toEqual(twice[0]);
  });

  it("refreshes the planner's statistics after a large batch of writes", async () => {
    const stats = () =>
      sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'users'`
        .execute(database.db)
        .then((r) => r.rows[0]?.n ?? 0)
        .catch(() => 0); // no sqlite_stat1 table yet
    expect(await stats()).toBe(0);
    await withTransaction(database, async (tx) => {
      for (let i = 0; i < 6000; i += 500) {
        const rows = Array.from({ length: 500 }, (_, k) => ({
          id: `bulk-${i + k}`,
          created_at: "2026-01-01T00:00:00.000Z",
        }));
        await tx.db.insertInto("users").values(rows).execute();
      }
    });
    expect(await stats()).toBeGreaterThan(0);
  });
});

describe("checkpoints once a process writes steadily (SQLite)", () => {
  it("hands them to a worker thread that copies the log into the database file", async () => {
    const database = await openDatabase({ dataDir: dir });
    try {
      const file = join(dir, "limber.db");
      const sizeBefore = statSync(file).size;
      // Enough commits to start the worker, each adding a few pages to the log.
      for (let i = 0; i <= COMMITS_BEFORE_WORKER; i++)
        await ensureUser(database, `steady-${i}-${"x".repeat(3000)}`);
      const autocheckpoint = await sql<{
        wal_autocheckpoint: number;
      }>`PRAGMA wal_autocheckpoint`.execute(database.db);
      expect(autocheckpoint.rows[0]?.wal_autocheckpoint).toBe(0);
      // The worker checkpoints every second: the pages reach the database file.
      for (let i = 0; i < 100 && statSync(file).size <= sizeBefore; i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(statSync(file).size).toBeGreaterThan(sizeBefore);
      const rows = await database.db.selectFrom("users").select("id").execute();
      expect(rows.length).toBe(COMMITS_BEFORE_WORKER + 1);
    } finally {
      await database.close();
    }
    const reopened = await openDatabase({ dataDir: dir });
    try {
      expect((await reopened.db.selectFrom("users").select("id").execute()).length).toBe(
        COMMITS_BEFORE_WORKER + 1,
      );
    } finally {
      await reopened.close();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)("planner statistics on PostgreSQL", () => {
  it("analyses the journal's own tables", async () => {
    const t = await createTestDatabase("postgres");
    try {
      await ensureUser(t.database, "analysed");
      await refreshStatistics(t.database.db, "postgres");
      const { rows } = await sql<{ analysed: number }>`
        SELECT count(*)::int AS analysed FROM pg_stat_user_tables
        WHERE schemaname = current_schema() AND last_analyze IS NOT NULL`.execute(t.database.db);
      expect(rows[0]?.analysed).toBeGreaterThan(0);
    } finally {
      await t.dispose();
    }
  });
});

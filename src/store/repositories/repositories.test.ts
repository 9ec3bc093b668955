import { describe, expect, it } from "vitest";
import { withTransaction } from "../transaction.js";
import { ENGINES, databaseForEachTest } from "../test-support/databases.js";
import {
  sampleBodyCheck,
  sampleComfort,
  samplePainFlag,
  sampleRomTest,
  sampleRun,
  sampleSession,
} from "../test-support/fixtures.js";
import { bodyChecksRepository } from "./body-checks.js";
import { journalRepository } from "./journal.js";
import { painFlagsRepository } from "./pain-flags.js";
import { profileRepository } from "./profile.js";
import { romTestsRepository } from "./rom-tests.js";
import { runComfortRepository } from "./run-comfort.js";
import { runsRepository, storedRunId } from "./runs.js";
import { sessionsRepository } from "./sessions.js";

describe.each(ENGINES)("repositories on %s", (engine) => {
  const t = databaseForEachTest(engine, ["u1", "u2"]);

  it("saves, replaces and reads a profile with every field", async () => {
    const repo = profileRepository(t.database);
    expect(await repo.getProfile("u1")).toBeNull();
    const profile = {
      name: "Ana",
      units: "metric" as const,
      timeZone: "Europe/Berlin",
      equipment: ["foam-roller" as const, "band" as const],
      yearsRunning: 4.5,
      weeklyDistanceKm: 42,
      previousInjuries: ["achilles 2023"],
      hoursSittingPerDay: 7,
      preferredSessionTime: "18:30",
      goals: ["sub-4 marathon"],
      newToSoftTissue: false,
      weeklyBudgetMinutes: 75,
      weekStart: "sunday" as const,
      maxHeartRate: 188,
      restingHeartRate: 48,
      thresholdHeartRate: 170,
    };
    await repo.saveProfile("u1", profile);
    expect(await repo.getProfile("u1")).toEqual(profile);
    await repo.saveProfile("u1", { ...profile, name: "Ana B", equipment: [] });
    expect(await repo.getProfile("u1")).toMatchObject({ name: "Ana B", equipment: [] });
    expect(await repo.getProfile("u2")).toBeNull();
  });

  it("stores body checks with entries in order and finds the latest", async () => {
    const repo = bodyChecksRepository(t.database);
    await repo.insertBodyCheck("u1", sampleBodyCheck("c1", "2026-11-01"));
    await repo.insertBodyCheck("u1", sampleBodyCheck("c2", "2026-11-10"));
    await repo.insertBodyCheck("u2", sampleBodyCheck("c3", "2026-11-20"));
    const all = await repo.listBodyChecks("u1");
    expect(all.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(all[0]).toEqual(sampleBodyCheck("c1", "2026-11-01"));
    expect((await repo.latestBodyCheck("u1"))?.id).toBe("c2");
    expect((await repo.latestBodyCheck("u1", "2026-11-05"))?.id).toBe("c1");
    expect(await repo.listBodyChecks("u1", { from: "2026-11-02" })).toHaveLength(1);
  });

  it("keeps units and rebound the runner never gave apart from the defaults", async () => {
    const profiles = profileRepository(t.database);
    const unchosen = {
      name: "Ana",
      timeZone: "UTC",
      equipment: [],
      previousInjuries: [],
      goals: [],
    };
    await profiles.saveProfile("u1", unchosen);
    expect(await profiles.getProfile("u1")).toEqual(unchosen);
    await profiles.saveProfile("u1", { ...unchosen, units: "metric" });
    expect((await profiles.getProfile("u1"))?.units).toBe("metric");

    const checks = bodyChecksRepository(t.database);
    const check = {
      id: "c1",
      date: "2026-11-01",
      createdAt: "2026-11-01T07:00:00.000Z",
      entries: [
        { region: "calves" as const, stiffness: 6, tenderness: 3 },
        { region: "glutes" as const, stiffness: 2, tenderness: 1, rebound: false },
        { region: "quads" as const, stiffness: 4, tenderness: 2, rebound: true },
      ],
    };
    await checks.insertBodyCheck("u1", check);
    const [read] = await checks.listBodyChecks("u1");
    expect(read).toEqual(check);
    expect(read?.entries[0]).not.toHaveProperty("rebound");
  });

  it("writes nothing of a body check whose entry fails", async () => {
    const repo = bodyChecksRepository(t.database);
    const bad = sampleBodyCheck("c1", "2026-11-01");
    // A NOT NULL violation in the second entry row must roll back the check row too.
    (bad.entries[1] as { stiffness: unknown }).stiffness = null;
    await expect(repo.insertBodyCheck("u1", bad)).rejects.toThrow();
    expect(await repo.listBodyChecks("u1")).toEqual([]);
  });

  it("stores ROM tests and filters by kind", async () => {
    const repo = romTestsRepository(t.database);
    await repo.insertRomTest("u1", sampleRomTest("r1", "2026-11-01"));
    await repo.insertRomTest("u1", {
      id: "r2",
      date: "2026-11-02",
      test: "sit-and-reach",
      value: -3,
      createdAt: "2026-11-02T07:00:00.000Z",
    });
    await repo.insertRomTest("u1", {
      id: "r3",
      date: "2026-11-03",
      test: "thomas",
      leftPass: true,
      rightPass: false,
      createdAt: "2026-11-03T07:00:00.000Z",
    });
    expect(await repo.listRomTests("u1", { test: "knee-to-wall" })).toEqual([
      sampleRomTest("r1", "2026-11-01"),
    ]);
    expect((await repo.listRomTests("u1")).map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
    expect((await repo.listRomTests("u1"))[2]).toMatchObject({ leftPass: true, rightPass: false });
  });

  it("stores sessions with items and lists newest first", async () => {
    const repo = sessionsRepository(t.database);
    await repo.insertSession("u1", sampleSession("s1", "2026-11-01T08:00:00.000Z"));
    await repo.insertSession("u1", sampleSession("s2", "2026-11-02T08:00:00.000Z"));
    await repo.insertSession("u2", sampleSession("s3", "2026-11-03T08:00:00.000Z"));
    expect(await repo.getSession("u1", "s1")).toEqual(
      sampleSession("s1", "2026-11-01T08:00:00.000Z"),
    );
    expect(await repo.getSession("u1", "s3")).toBeNull();
    expect((await repo.listSessions("u1")).map((s) => s.id)).toEqual(["s2", "s1"]);
    expect((await repo.listSessions("u1", { order: "asc" })).map((s) => s.id)).toEqual([
      "s1",
      "s2",
    ]);
    expect((await repo.listSessions("u1", { limit: 1 })).map((s) => s.id)).toEqual(["s2"]);
    expect(await repo.countSessions("u1")).toBe(2);
  });

  it("replaces a session's row and items, only the owner's, and rolls back a failed replacement", async () => {
    const repo = sessionsRepository(t.database);
    const s = sampleSession("s1", "2026-11-01T08:00:00.000Z");
    await repo.insertSession("u1", s);
    const { before: _before, mood: _mood, ...rest } = s;
    const fixed = {
      ...rest,
      after: { stiffness: 2 },
      items: [
        { id: "foam-roll-calves", status: "done" as const },
        { id: "wall-ankle-mobilisation", status: "done" as const },
        { id: "hip-circles", status: "done" as const, added: true as const, seconds: 60 },
      ],
    };
    expect(await repo.replaceSession("u1", fixed)).toBe(true);
    expect(await repo.getSession("u1", "s1")).toEqual(fixed);
    // Another runner's session of the same id is not theirs to change.
    expect(await repo.replaceSession("u2", s)).toBe(false);
    expect(await repo.getSession("u1", "s1")).toEqual(fixed);
    // A replacement whose items fail leaves the session as it was.
    const broken = {
      ...s,
      notes: "half written",
      items: [s.items[0]!, { id: "cat-cow", status: null as unknown as "done" }],
    };
    await expect(repo.replaceSession("u1", broken)).rejects.toThrow();
    expect(await repo.getSession("u1", "s1")).toEqual(fixed);
    expect(await repo.countSessions("u1")).toBe(1);
  });

  it("deletes a session with its items, only the owner's", async () => {
    const repo = sessionsRepository(t.database);
    await repo.insertSession("u1", sampleSession("s1", "2026-11-01T08:00:00.000Z"));
    await repo.insertSession("u1", sampleSession("s2", "2026-11-02T08:00:00.000Z"));
    const itemRows = async (id: string) =>
      (
        await t.database.db
          .selectFrom("session_items")
          .select("movement_id")
          .where("session_id", "=", id)
          .execute()
      ).length;
    expect(await itemRows("s1")).toBeGreaterThan(0);
    // Another runner cannot delete it.
    expect(await repo.deleteSession("u2", "s1")).toBe(false);
    expect(await repo.getSession("u1", "s1")).not.toBeNull();
    expect(await repo.deleteSession("u1", "s1")).toBe(true);
    expect(await repo.getSession("u1", "s1")).toBeNull();
    expect(await itemRows("s1")).toBe(0);
    expect((await repo.listSessions("u1")).map((s) => s.id)).toEqual(["s2"]);
    expect(await itemRows("s2")).toBeGreaterThan(0);
    // Deleting it again finds nothing.
    expect(await repo.deleteSession("u1", "s1")).toBe(false);
    // A deletion whose transaction fails leaves the session and its items.
    await expect(
      withTransaction(t.database, async (tx) => {
        expect(await sessionsRepository(tx).deleteSession("u1", "s2")).toBe(true);
        throw new Error("the write after it failed");
      }),
    ).rejects.toThrow("the write after it failed");
    expect(await repo.getSession("u1", "s2")).toEqual(
      sampleSession("s2", "2026-11-02T08:00:00.000Z"),
    );
  });

  it("rolls back a session whose item rows fail", async () => {
    const repo = sessionsRepository(t.database);
    const s = sampleSession("s1", "2026-11-01T08:00:00.000Z");
    (s.items[1] as { status: unknown }).status = null;
    await expect(repo.insertSession("u1", s)).rejects.toThrow();
    expect(await repo.countSessions("u1")).toBe(0);
  });

  it("opens, lists and resolves pain flags per user", async () => {
    const repo = painFlagsRepository(t.database);
    await repo.insertPainFlag("u1", samplePainFlag("p1", "2026-11-01T08:00:00.000Z"));
    await repo.insertPainFlag("u1", {
      id: "p2",
      region: "shins",
      kind: "sharp",
      openedAt: "2026-11-02T08:00:00.000Z",
      notes: "after hills",
    });
    expect(await repo.resolvePainFlag("u2", "p1", "2026-11-03T08:00:00.000Z")).toBeNull();
    const resolved = await repo.resolvePainFlag("u1", "p1", "2026-11-03T08:00:00.000Z");
    expect(resolved?.resolvedAt).toBe("2026-11-03T08:00:00.000Z");
    expect((await repo.listPainFlags("u1", { open: true })).map((f) => f.id)).toEqual(["p2"]);
    expect(await repo.listPainFlags("u1")).toHaveLength(2);
  });

  it("stores run comfort tied to a run", async () => {
    const runs = runsRepository(t.database);
    const { id } = await runs.insertRun("u1", sampleRun("2026-11-01T07:00:00Z"));
    await runComfortRepository(t.database).insertRunComfort(
      "u1",
      sampleComfort("k1", "2026-11-02", id),
    );
    expect(await runComfortRepository(t.database).listRunComfort("u1")).toEqual([
      sampleComfort("k1", "2026-11-02", id),
    ]);
  });

  describe("runs", () => {
    it("round-trips an activity with every field", async () => {
      const runs = runsRepository(t.database);
      const rec = sampleRun("2026-11-01T07:00:00.000Z", 10_000, {
        subSport: "trail",
        name: "Morning",
        timeZone: "Europe/Berlin",
        elevationGainMeters: 120,
        maxHeartRate: 171,
        avgPaceSecondsPerKm: 355,
        avgCadence: 172,
        rpe: 5,
        raceFlag: false,
        dateOnly: true,
        source: { kind: "fit", fileName: "a.fit", fileHash: "h1", index: 2, notes: ["no GPS"] },
      });
      const inserted = await runs.insertRun("u1", {
        ...rec,
        typeOverride: "long",
        planned: false,
      });
      expect(inserted.duplicateOf).toBeUndefined();
      const id = storedRunId(inserted);
      const got = await runs.getRun("u1", id);
      expect(got).toMatchObject({ ...rec, typeOverride: "long", planned: false, id });
    });

    it("stores one file + index once", async () => {
      const runs = runsRepository(t.database);
      const a = await runs.insertRun("u1", sampleRun("2026-11-01T07:00:00Z"));
      const b = await runs.insertRun("u1", sampleRun("2026-11-05T07:00:00Z"));
      expect(b).toEqual({ id: a.id, duplicateOf: a.id });
      const c = await runs.insertRun(
        "u1",
        sampleRun("2026-11-05T07:00:00Z", 10_000, {
          source: { kind: "fit", fileHash: "ab12", index: 1 },
        }),
      );
      expect(c.duplicateOf).toBeUndefined();
      // Another user may store the same file.
      expect(
        (await runs.insertRun("u2", sampleRun("2026-11-01T07:00:00Z"))).duplicateOf,
      ).toBeUndefined();
      expect(await runs.listRuns("u1")).toHaveLength(2);
    });

    it("recognises the same run from another source by time and distance", async () => {
      const runs = runsRepository(t.database);
      const fit = await runs.insertRun("u1", sampleRun("2026-11-01T07:00:00Z", 10_000));
      const tcx = sampleRun("2026-11-01T07:00:45Z", 10_250, {
        source: { kind: "tcx", fileHash: "cd34" },
      });
      expect(await runs.insertRun("u1", tcx)).toEqual({ id: fit.id, duplicateOf: fit.id });
      // 61 s apart, or 4 % longer, or another sport: separate activities.
      const later = sampleRun("2026-11-01T07:01:01Z", 10_000, {
        source: { kind: "tcx", fileHash: "x1" },
      });
      expect((await runs.insertRun("u1", later)).duplicateOf).toBeUndefined();
      const longer = sampleRun("2026-11-01T06:59:30Z", 10_420, {
        source: { kind: "tcx", fileHash: "x2" },
      });
      expect((await runs.insertRun("u1", longer)).duplicateOf).toBeUndefined();
      const ride = sampleRun("2026-11-01T07:00:00Z", 10_000, {
        sport: "cycling",
        source: { kind: "gpx", fileHash: "x3" },
      });
      expect((await runs.insertRun("u1", ride)).duplicateOf).toBeUndefined();
      expect(await runs.listRuns("u1")).toHaveLength(4);
    });

    it("filters by time range and sport, and sets the type override", async () => {
      const runs = runsRepository(t.database);
      const a = storedRunId(
        await runs.insertRun(
          "u1",
          sampleRun("2026-11-01T07:00:00Z", 10_000, { source: { kind: "manual" } }),
        ),
      );
      await runs.insertRun(
        "u1",
        sampleRun("2026-11-03T07:00:00Z", 5_000, { sport: "swimming", source: { kind: "manual" } }),
      );
      expect(await runs.listRuns("u1", { from: "2026-11-02T00:00:00Z" })).toHaveLength(1);
      expect(await runs.listRuns("u1", { to: "2026-11-02T00:00:00Z" })).toHaveLength(1);
      expect(await runs.listRuns("u1", { sport: "run" })).toHaveLength(1);
      expect((await runs.setRunTypeOverride("u1", a, "tempo"))?.typeOverride).toBe("tempo");
      expect((await runs.setRunTypeOverride("u1", a, null))?.typeOverride).toBeUndefined();
      expect(await runs.setRunTypeOverride("u2", a, "tempo")).toBeNull();
      const re = await runs.setRunAssessment("u1", a, { rpe: 7, rpeEstimated: false });
      expect(re).toMatchObject({ rpe: 7, rpeEstimated: false });
    });

    it("keeps concurrent inserts of one file to a single row", async () => {
      const runs = runsRepository(t.database);
      const results = await Promise.all(
        Array.from({ length: 5 }, () => runs.insertRun("u1", sampleRun("2026-11-01T07:00:00Z"))),
      );
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(await runs.listRuns("u1")).toHaveLength(1);
    });
  });

  it("stores many sessions and checks in batches and lists the newest N oldest-first", async () => {
    const sessions = sessionsRepository(t.database);
    const many = Array.from({ length: 230 }, (_, i) =>
      sampleSession(
        `s${String(i).padStart(3, "0")}`,
        new Date(Date.UTC(2026, 0, 1) + i * 3600_000).toISOString(),
      ),
    );
    await sessions.insertSessions("u1", many);
    expect(await sessions.countSessions("u1")).toBe(230);
    expect(await sessions.getSession("u1", "s229")).toEqual(many[229]);
    const checks = bodyChecksRepository(t.database);
    await checks.insertBodyChecks("u1", [
      sampleBodyCheck("c1", "2026-01-01"),
      sampleBodyCheck("c2", "2026-01-02"),
      sampleBodyCheck("c3", "2026-01-03"),
    ]);
    expect((await checks.listBodyChecks("u1", { newest: 2 })).map((c) => c.id)).toEqual([
      "c2",
      "c3",
    ]);
    const runs = runsRepository(t.database);
    for (const d of [1, 2, 3])
      await runs.insertRun(
        "u1",
        sampleRun(`2026-01-0${d}T07:00:00Z`, 5000, { source: { kind: "manual" } }),
      );
    expect((await runs.listRuns("u1", { newest: 2 })).map((r) => r.activity.startTime)).toEqual([
      "2026-01-02T07:00:00.000Z",
      "2026-01-03T07:00:00.000Z",
    ]);
  });

  it("counts and deletes one user's journal in one transaction", async () => {
    await sessionsRepository(t.database).insertSession(
      "u1",
      sampleSession("s1", "2026-11-01T08:00:00.000Z"),
    );
    await sessionsRepository(t.database).insertSession(
      "u2",
      sampleSession("s2", "2026-11-01T08:00:00.000Z"),
    );
    await bodyChecksRepository(t.database).insertBodyCheck(
      "u1",
      sampleBodyCheck("c1", "2026-11-01"),
    );
    const journal = journalRepository(t.database);
    expect((await journal.countRows("u1")).total).toBe(6);
    await journal.deleteJournal("u1", { user: true });
    expect((await journal.countRows("u1")).total).toBe(0);
    expect((await journal.countRows("u2")).total).toBe(3);
  });

  it("rolls back every write of a failed transaction", async () => {
    const sessions = sessionsRepository(t.database);
    await expect(
      withTransaction(t.database, async (tx) => {
        await sessionsRepository(tx).insertSession(
          "u1",
          sampleSession("s1", "2026-11-01T08:00:00.000Z"),
        );
        await sessionsRepository(tx).insertSession(
          "u1",
          sampleSession("s1", "2026-11-02T08:00:00.000Z"),
        ); // same id
      }),
    ).rejects.toThrow();
    expect(await sessions.countSessions("u1")).toBe(0);
  });
});

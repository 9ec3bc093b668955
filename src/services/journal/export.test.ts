import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "../../core/errors.js";
import type { JournalExport } from "../../core/journal/types.js";
import { ensureUser, journalRepository, runsRepository, type Database } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { sampleRoutine, sampleRun } from "../../store/test-support/fixtures.js";
import { addBodyCheck } from "./body-checks.js";
import {
  exportJournal,
  restoreJournal,
  validateJournalExport,
  journalExportText,
} from "./export.js";
import { forgetMe } from "./forget.js";
import { addPainFlag, resolvePainFlag } from "./pain-flags.js";
import { updateProfile } from "./profile.js";
import { addRomTest } from "./rom-tests.js";
import { addRunComfort } from "./run-comfort.js";
import { addManualRun } from "./runs.js";
import { logSession } from "./sessions.js";

const NOW = new Date("2026-11-20T18:00:00Z");
const U = "u1";

/** A journal with every kind of record and every optional field in use. */
async function fill(db: Database): Promise<void> {
  await updateProfile(
    db,
    U,
    {
      name: "Ana",
      units: "imperial",
      timeZone: "Europe/Berlin",
      equipment: ["foam-roller", "massage-ball"],
      yearsRunning: 6,
      weeklyDistanceKm: 45.5,
      previousInjuries: ["plantar fasciitis"],
      hoursSittingPerDay: 8,
      preferredSessionTime: "07:15",
      goals: ["first ultra"],
      newToSoftTissue: true,
      weeklyBudgetMinutes: 90,
      weekStart: "saturday",
      maxHeartRate: 186,
      restingHeartRate: 50,
      thresholdHeartRate: 168,
    },
    { now: NOW },
  );
  for (let d = 1; d <= 5; d++) {
    const now = new Date(`2026-11-${10 + d}T17:00:00Z`);
    await addBodyCheck(
      db,
      U,
      {
        entries: [
          {
            region: "calves-left",
            stiffness: d,
            tenderness: 2,
            fadeSeconds: 15,
            rebound: d % 2 === 0,
          },
          { region: "hamstrings", stiffness: 3, tenderness: 1 },
        ],
      },
      { now },
    );
    await addManualRun(
      db,
      U,
      { type: d === 5 ? "long" : "easy", minutes: 40 + d, km: 8, rpe: 4 },
      { now },
    );
    await logSession(
      db,
      U,
      {
        routine: sampleRoutine,
        kind: "post-run",
        skipped: ["wall-ankle-mobilisation"],
        pressure: { "foam-roll-calves": "moderate" },
        // a technique done beside the routine, on odd days
        ...(d % 2 === 1
          ? { added: [{ id: "foam-roll-quads", seconds: 75, pressure: "light" }] }
          : {}),
        before: { stiffness: 6, soreness: 4 },
        after: { stiffness: 3, soreness: 2, pain: 0 },
        mood: 4,
        energy: 3,
        notes: `day ${d}`,
      },
      { now },
    );
    await addRunComfort(
      db,
      U,
      { comfort: 6 + (d % 4), notes: "felt loose" },
      { now: new Date(now.getTime() + 3600_000) },
    );
  }
  await addRomTest(db, U, { test: "knee-to-wall", left: 9.5, right: 11 }, { now: NOW });
  await addRomTest(
    db,
    U,
    { test: "thomas", leftPass: true, rightPass: false, left: 5 },
    { now: NOW },
  );
  await addRomTest(db, U, { test: "sit-and-reach", value: -4, notes: "cold" }, { now: NOW });
  const flag = await addPainFlag(
    db,
    U,
    { region: "shins-right", kind: "niggle", notes: "after hills" },
    { now: NOW },
  );
  await resolvePainFlag(db, U, flag.id, { now: new Date(NOW.getTime() + 86_400_000) });
  await addPainFlag(db, U, { region: "feet", kind: "sharp" }, { now: NOW });
  await runsRepository(db).insertRun(
    U,
    sampleRun("2026-11-19T06:00:00Z", 12_000, {
      subSport: "trail",
      name: "Hills",
      timeZone: "+01:00",
      elevationGainMeters: 300,
      maxHeartRate: 175,
      avgPaceSecondsPerKm: 380,
      avgCadence: 168,
      rpe: 7,
      raceFlag: true,
      source: {
        kind: "fit",
        fileName: "hills.fit",
        fileHash: "f00d",
        index: 1,
        notes: ["no power"],
      },
    }),
  );
}

describe.each(ENGINES)("export and restore on %s", (engine) => {
  let a: TestDatabase;
  let b: TestDatabase;
  beforeEach(async () => {
    a = await createTestDatabase(engine);
    b = await createTestDatabase(engine);
    await ensureUser(a.database, U);
    await ensureUser(b.database, U);
  });
  afterEach(async () => {
    await a.dispose();
    await b.dispose();
  });

  it("export, restore into a fresh journal, export again gives the identical document", async () => {
    await fill(a.database);
    const first = await exportJournal(a.database, U, { now: NOW });
    expect(first.sessions).toHaveLength(5);
    expect(first.sessions.flatMap((x) => x.items.filter((i) => i.added))).toHaveLength(3);
    expect(first.runs).toHaveLength(6);
    expect(first.runComfort.every((c) => c.runId)).toBe(true);
    // Through text, as `limber export > file; limber restore file` does.
    const result = await restoreJournal(b.database, U, JSON.parse(JSON.stringify(first)), {
      now: NOW,
    });
    expect(result).toMatchObject({
      sessions: 5,
      runs: 6,
      bodyChecks: 5,
      romTests: 3,
      painFlags: 2,
      runComfort: 5,
      profile: true,
    });
    const second = await exportJournal(b.database, U, { now: NOW });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("restores only what the runner gave: no units chosen, no rebound answer, a run without a time of day", async () => {
    await updateProfile(
      a.database,
      U,
      { name: "Kit", timeZone: "UTC", equipment: [] },
      { now: NOW },
    );
    await addBodyCheck(
      a.database,
      U,
      { entries: [{ region: "calves", stiffness: 6, tenderness: 2 }] },
      { now: NOW },
    );
    await addManualRun(
      a.database,
      U,
      { type: "easy", minutes: 40, date: "2026-11-18" },
      { now: NOW },
    );
    const first = await exportJournal(a.database, U, { now: NOW });
    expect(first.profile).not.toHaveProperty("units");
    expect(first.bodyChecks[0]?.entries[0]).not.toHaveProperty("rebound");
    expect(first.runs[0]?.activity.dateOnly).toBe(true);
    const result = await restoreJournal(b.database, U, JSON.parse(JSON.stringify(first)), {
      now: NOW,
    });
    expect(result).toMatchObject({ runs: 1, bodyChecks: 1, profile: true });
    const second = await exportJournal(b.database, U, { now: NOW });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("writes the document in pieces, a year at a time, with the same text as the whole document", async () => {
    await fill(a.database);
    // runs across the years, before the first yearly window and after the last
    for (const start of ["1985-06-01T07:00:00Z", "2019-03-01T07:00:00Z", "2024-12-31T23:30:00Z"])
      await runsRepository(a.database).insertRun(
        U,
        sampleRun(start, 5000, { source: { kind: "manual" } }),
      );
    const whole = await exportJournal(a.database, U, { now: NOW });
    // the whole document as the repositories list it in one read each
    expect(whole.runs).toEqual(await runsRepository(a.database).listRuns(U));
    expect(whole.runs).toHaveLength(9);
    for (const indent of [false, true]) {
      const pieces: string[] = [];
      for await (const t of journalExportText(a.database, U, { now: NOW, indent })) pieces.push(t);
      expect(pieces.join("")).toBe(indent ? JSON.stringify(whole, null, 2) : JSON.stringify(whole));
      expect(pieces.length).toBeGreaterThan(10);
    }
  });

  it("refuses a non-empty journal unless replace, and replace swaps the whole journal", async () => {
    await fill(a.database);
    const doc = await exportJournal(a.database, U, { now: NOW });
    await addPainFlag(b.database, U, { region: "neck", kind: "niggle" });
    const err = await restoreJournal(b.database, U, doc).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(
      "journal: already holds 1 records; restore with --replace to overwrite them",
    );
    expect((await journalRepository(b.database).countRows(U)).total).toBe(1);
    await restoreJournal(b.database, U, doc, { replace: true });
    const after = await exportJournal(b.database, U, { now: NOW });
    expect(after).toEqual(doc);
  });

  it("keeps every record that passes its checks and reports the rest by place and reason", async () => {
    await fill(a.database);
    const doc = JSON.parse(
      JSON.stringify(await exportJournal(a.database, U, { now: NOW })),
    ) as JournalExport;
    (doc.sessions[3]!.after as Record<string, number>).stiffness = 12;
    const result = await restoreJournal(b.database, U, doc);
    expect(result.sessions).toBe(4);
    expect(result.skipped).toEqual([
      { field: "sessions[3].after.stiffness", message: "must be a whole number 0-10, got 12" },
    ]);
    expect((await exportJournal(b.database, U)).sessions.map((x) => x.id)).toEqual(
      doc.sessions.filter((_, i) => i !== 3).map((x) => x.id),
    );
    expect(() => validateJournalExport({ format: "something-else" })).toThrow(
      'format: must be "limber-journal"',
    );
    expect(() => validateJournalExport(doc)).toThrow(
      "sessions[3].after.stiffness: must be a whole number 0-10, got 12",
    );
    const dupIds = { ...doc, sessions: [doc.sessions[0], doc.sessions[0]] };
    expect(() => validateJournalExport(dupIds)).toThrow(/^sessions\[1\]\.id: .* appears twice/);
    const orphan = { ...doc, sessions: [], runs: [] };
    expect(() => validateJournalExport(orphan)).toThrow(
      /^runComfort\(.*\)\.runId: .* is not a run restored from this document/,
    );
  });

  it("refuses a document whose profile has an unknown time zone or session time, writing nothing", async () => {
    await fill(a.database);
    const doc = JSON.parse(
      JSON.stringify(await exportJournal(a.database, U, { now: NOW })),
    ) as JournalExport;
    const withProfile = (change: object) => ({ ...doc, profile: { ...doc.profile!, ...change } });
    const refusal = async (d: unknown, replace: boolean) => {
      try {
        await restoreJournal(b.database, U, d, { replace });
      } catch (e) {
        if (e instanceof InputError) return e.fields;
        throw e;
      }
      throw new Error("expected the document to be refused");
    };
    expect(await refusal(withProfile({ timeZone: "Mars/Base" }), false)).toEqual({
      "profile.timeZone": 'must be an IANA time zone such as Europe/Berlin or UTC, got "Mars/Base"',
    });
    expect(await refusal(withProfile({ preferredSessionTime: "99:99" }), false)).toEqual({
      "profile.preferredSessionTime": 'must be a time HH:MM (24-hour), got "99:99"',
    });
    expect((await journalRepository(b.database).countRows(U)).total).toBe(0);
    expect(await exportJournal(b.database, U)).toMatchObject({ profile: null, sessions: [] });
    // With --replace too, the journal that was there stays as it was.
    await addBodyCheck(b.database, U, {
      entries: [{ region: "calves", stiffness: 4, tenderness: 1 }],
    });
    const before = await exportJournal(b.database, U, { now: NOW });
    expect(await refusal(withProfile({ timeZone: "" }), true)).toHaveProperty("profile.timeZone");
    expect(await exportJournal(b.database, U, { now: NOW })).toEqual(before);
    // The same document with a good profile restores whole.
    await restoreJournal(b.database, U, doc, { replace: true });
    expect(await exportJournal(b.database, U, { now: NOW })).toEqual(doc);
  });

  it("restores an export of a journal holding out-of-range values an old import stored (defect 1)", async () => {
    await fill(a.database);
    // A GPX with a year-1 timestamp once gave elapsedSeconds 63,839,694,000: stored as is.
    const broken = {
      id: "year-one-run",
      createdAt: NOW.toISOString(),
      ...sampleRun("2026-11-18T06:00:00Z", 8_000, {
        source: { kind: "gpx", fileName: "year-one.gpx", fileHash: "beef" },
      }),
    };
    broken.activity.elapsedSeconds = 63_839_694_000;
    await runsRepository(a.database).insertRunsAsIs(U, [broken]);
    const doc = JSON.parse(
      JSON.stringify(await exportJournal(a.database, U, { now: NOW })),
    ) as JournalExport;
    expect(doc.runs).toHaveLength(7);
    const result = await restoreJournal(b.database, U, doc, { now: NOW });
    expect(result).toMatchObject({
      sessions: 5,
      runs: 6,
      bodyChecks: 5,
      romTests: 3,
      painFlags: 2,
      runComfort: 5,
      profile: true,
    });
    const at = doc.runs.findIndex((r) => r.id === broken.id);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]!.field).toBe(`runs[${at}].activity.elapsedSeconds`);
    const back = await exportJournal(b.database, U, { now: NOW });
    expect(back.runs.map((r) => r.id).sort()).toEqual(
      doc.runs
        .filter((r) => r.id !== broken.id)
        .map((r) => r.id)
        .sort(),
    );
  });

  it("restores under new ids when another journal in the database uses them, overwriting nothing (defect 12)", async () => {
    await fill(a.database);
    const before = await exportJournal(a.database, U, { now: NOW });
    await ensureUser(a.database, "u2");
    const result = await restoreJournal(a.database, "u2", JSON.parse(JSON.stringify(before)), {
      now: NOW,
    });
    expect(result.renamed).toBe(5 + 3 + 6 + 5 + 2 + 5);
    expect(result.skipped).toEqual([]);
    expect(JSON.stringify(await exportJournal(a.database, U, { now: NOW }))).toBe(
      JSON.stringify(before),
    );
    const copy = await exportJournal(a.database, "u2", { now: NOW });
    expect(copy.sessions).toHaveLength(5);
    expect(copy.sessions.some((s) => before.sessions.some((o) => o.id === s.id))).toBe(false);
    // Comfort ratings still point at the restored copy of their run.
    const copyRuns = new Set(copy.runs.map((r) => r.id));
    expect(copy.runComfort.every((c) => c.runId && copyRuns.has(c.runId))).toBe(true);
  });

  it("forget-me deletes every record of the user and nobody else's", async () => {
    await fill(a.database);
    await ensureUser(a.database, "u2");
    await addPainFlag(a.database, "u2", { region: "neck", kind: "niggle" });
    const removed = await forgetMe(a.database, U);
    expect(removed.total).toBeGreaterThan(20);
    expect((await journalRepository(a.database).countRows(U)).total).toBe(0);
    expect((await journalRepository(a.database).countRows("u2")).total).toBe(1);
    const users = await a.database.db.selectFrom("users").select("id").execute();
    expect(users.map((u) => u.id)).toEqual(["u2"]);
  });
});

describe.skipIf(!ENGINES.includes("postgres"))("export across engines", () => {
  it("SQLite -> PostgreSQL -> SQLite keeps the identical document", async () => {
    const lite = await createTestDatabase("sqlite");
    const pg = await createTestDatabase("postgres");
    const lite2 = await createTestDatabase("sqlite");
    try {
      for (const t of [lite, pg, lite2]) await ensureUser(t.database, U);
      await fill(lite.database);
      const first = await exportJournal(lite.database, U, { now: NOW });
      await restoreJournal(pg.database, U, JSON.parse(JSON.stringify(first)));
      const viaPg = await exportJournal(pg.database, U, { now: NOW });
      expect(JSON.stringify(viaPg)).toBe(JSON.stringify(first));
      await restoreJournal(lite2.database, U, JSON.parse(JSON.stringify(viaPg)));
      expect(JSON.stringify(await exportJournal(lite2.database, U, { now: NOW }))).toBe(
        JSON.stringify(first),
      );
    } finally {
      await lite.dispose();
      await pg.dispose();
      await lite2.dispose();
    }
  });
});

/**
 * The stored load baseline (migration 0006) against a real journal: `limber load` and
 * today's load shaping read only a window of runs, and after every kind of write to the
 * runs (import or manual entry, the runner's type, RPE, a deleted run, restore, a new time
 * zone) they still equal the report computed from the whole history.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { heartRateAnchors } from "../../core/load/effort.js";
import { buildLoadReport } from "../../core/load/report.js";
import { profileOf, runOn } from "../../core/plan/fixtures.js";
import { addDays } from "../../core/time/calendar.js";
import {
  LOCAL_USER_ID,
  ensureUser,
  profileRepository,
  runsRepository,
  type Database,
} from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { exportJournal, restoreJournal } from "../journal/export.js";
import { addManualRun, deleteRun, setRunType } from "../journal/runs.js";
import { dayTrainingContext, loadReport, setRunRpe } from "./load.js";

const U = LOCAL_USER_ID;
const TODAY = "2026-12-04";
const NOW = new Date(`${TODAY}T18:00:00.000Z`);

/** What the whole history gives: every done run, the report computed from the first one. */
async function fullReport(database: Database, weeks: number) {
  const profile = await profileRepository(database).getProfile(U);
  const runs = await runsRepository(database).listRuns(U, { planned: false });
  return buildLoadReport(runs, {
    now: NOW,
    timeZone: profile!.timeZone,
    weeks,
    heartRate: heartRateAnchors(profile ?? undefined),
  });
}

async function storedBaselines(database: Database): Promise<number> {
  const r = await database.db
    .selectFrom("load_baselines")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", U)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

describe.each(ENGINES)("load baseline on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
    await profileRepository(t.database).saveProfile(U, profileOf({ timeZone: "Europe/Berlin" }));
    // a year of training with a month's break in the middle
    const types = ["easy", "long", "tempo", "easy", "intervals"] as const;
    for (let d = 400; d >= 1; d -= 2) {
      if (d > 180 && d < 215) continue;
      const r = runOn(
        addDays(TODAY, -d),
        "07:00",
        types[d % 5]!,
        30 + (d % 7) * 10,
        "Europe/Berlin",
      );
      await runsRepository(t.database).insertRun(U, r);
    }
  });
  afterEach(() => t.dispose());

  const same = async () => {
    for (const weeks of [1, 12]) {
      const windowed = await loadReport(t.database, U, { weeks, now: NOW });
      expect(windowed).toEqual(await fullReport(t.database, weeks));
    }
    const { load } = await dayTrainingContext(t.database, U, NOW);
    expect(load.state).toEqual((await fullReport(t.database, 1)).state);
  };

  it("stores baselines on the first read and equals the whole history after every write", async () => {
    await same();
    expect(await storedBaselines(t.database)).toBeGreaterThan(5);

    // a hard run entered by hand two months ago (before the newest baseline)
    const { run } = await addManualRun(
      t.database,
      U,
      { startTime: `${addDays(TODAY, -60)}T12:00:00.000Z`, type: "race", minutes: 180 },
      { now: NOW },
    );
    await same();

    // the runner's own type and RPE on older runs
    const old = (await runsRepository(t.database).listRuns(U, { planned: false }))[150]!;
    await setRunType(t.database, U, old.id, "race");
    await same();
    await setRunRpe(t.database, U, run.id, 10);
    await same();
    await setRunRpe(t.database, U, old.id, null);
    await same();

    // a restore that replaces the journal with one missing a month of runs
    const doc = await exportJournal(t.database, U, { now: NOW });
    doc.runs = doc.runs.filter(
      (r) =>
        r.activity.startTime < `${addDays(TODAY, -90)}` ||
        r.activity.startTime > addDays(TODAY, -60),
    );
    await restoreJournal(t.database, U, doc, { replace: true, now: NOW });
    await same();

    // a new time zone moves every run's day: the stored baselines no longer count
    const profile = (await profileRepository(t.database).getProfile(U))!;
    await profileRepository(t.database).saveProfile(U, {
      ...profile,
      timeZone: "Pacific/Auckland",
    });
    await same();
  });

  it("counts a deleted run's load nowhere, however far back it was", async () => {
    const before = await loadReport(t.database, U, { weeks: 12, now: NOW });
    // Typed in wrong three months ago: 400 minutes meant as 40. The read stores baselines with it.
    const { run } = await addManualRun(
      t.database,
      U,
      { startTime: `${addDays(TODAY, -90)}T12:00:00.000Z`, type: "long", minutes: 400, rpe: 7 },
      { now: NOW },
    );
    await same();
    expect(await loadReport(t.database, U, { weeks: 12, now: NOW })).not.toEqual(before);
    expect(await storedBaselines(t.database)).toBeGreaterThan(5);

    await deleteRun(t.database, U, run.id);
    await same();
    expect(await loadReport(t.database, U, { weeks: 12, now: NOW })).toEqual(before);
  });
});

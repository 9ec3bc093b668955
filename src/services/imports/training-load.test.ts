/**
 * Load that is right (issue: training context), against a real journal: the race sample
 * typed from the runner's own easy runs, type and RPE changes recomputing load, implausible
 * values refused at import, old history not counted as recent, and the big-run flag.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { profileOf, runOn } from "../../core/plan/fixtures.js";
import { addDays } from "../../core/time/calendar.js";
import { HARD_RUNS } from "../../core/vocabulary.js";
import { LOCAL_USER_ID, ensureUser, profileRepository, runsRepository } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { setRunType } from "../journal/runs.js";
import { hasSample, samplePath } from "../../import/test-support/samples.js";
import { importBuffers, importPaths } from "./import.js";
import { dayTrainingContext, listRunsWithLoad, setRunRpe, todayLoadShaping } from "./load.js";

// The race sample is GPL: it stays in the extended corpus beside the clone (a core test covers
// the same classification on an equivalent record when the corpus is absent).
const RACE_SAMPLE = "fit/10kUNLP2014-Garmin15.fit";
const RACE = samplePath(RACE_SAMPLE);
const U = LOCAL_USER_ID;

/** Easy 45-min runs at 5:30/km every `every` days, ending the day before `last`. */
function easyRuns(last: string, count: number, every: number) {
  return Array.from({ length: count }, (_, i) => {
    const r = runOn(addDays(last, -1 - i * every), "07:00", "easy", 45, "UTC");
    r.activity.distanceMeters = 8180;
    r.activity.avgPaceSecondsPerKm = 330;
    delete r.typeOverride;
    r.classification = { type: "easy", reasons: ["steady"], rules: ["L3"] };
    r.rpe = 3;
    r.rpeEstimated = true;
    return r;
  });
}

describe.each(ENGINES)("training load on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
    await profileRepository(t.database).saveProfile(U, profileOf({ timeZone: "UTC" }));
  });
  afterEach(() => t.dispose());

  it.skipIf(!hasSample(RACE_SAMPLE))(
    "the 10 km race sample (3:42/km) is typed hard against the runner's easy runs, with evidence",
    async () => {
      for (const r of easyRuns("2014-10-11", 12, 4))
        await runsRepository(t.database).insertRun(U, r);
      const s = await importPaths(t.database, U, [RACE]);
      const id = s.files[0]!.runIds![0]!;
      const run = (await runsRepository(t.database).getRun(U, id))!;
      expect(run.classification?.type).toBe("race");
      expect(HARD_RUNS).toContain(run.classification!.type);
      expect(run.classification!.reasons[0]).toMatch(
        /3:42\/km over 10\.0 km, 33% faster than your easy pace of 5:30\/km/,
      );
      // race RPE 9 x 37.1 min = 334 AU, not the 111 AU of an easy run
      const line = (await listRunsWithLoad(t.database, U)).find((l) => l.id === id)!;
      expect(line.load).toBe(334);
    },
  );

  it.skipIf(!hasSample(RACE_SAMPLE))(
    "changing the type or the RPE recomputes the load; RPE can be set on an imported run",
    async () => {
      const s = await importPaths(t.database, U, [RACE]);
      const id = s.files[0]!.runIds![0]!;
      const load = async () => (await listRunsWithLoad(t.database, U)).find((l) => l.id === id)!;
      // no history: easy, RPE 3 x 37.06 min = 111 AU
      expect(await load()).toMatchObject({ type: "easy", load: 111, rpeEstimated: true });
      await setRunType(t.database, U, id, "race");
      expect(await load()).toMatchObject({ type: "race", load: 334, rpeEstimated: true });
      await setRunRpe(t.database, U, id, 8);
      // 8 x 37.06 min = 296.5
      expect(await load()).toMatchObject({ rpe: 8, rpeEstimated: false, load: 297 });
      await setRunRpe(t.database, U, id, null);
      expect(await load()).toMatchObject({ rpe: 9, rpeEstimated: true });
      await expect(setRunRpe(t.database, U, id, 11)).rejects.toThrow(
        /^rpe: must be a whole number from 1 to 10/,
      );
    },
  );

  it("refuses implausible values at import, naming the file and the field", async () => {
    const gpx = (year: number) =>
      new TextEncoder()
        .encode(`<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>
<trkpt lat="52.5" lon="13.4"><time>${year}-06-01T07:00:00Z</time></trkpt>
<trkpt lat="52.51" lon="13.4"><time>${year}-06-01T07:10:00Z</time></trkpt>
<trkpt lat="52.52" lon="13.4"><time>${year}-06-01T07:20:00Z</time></trkpt></trkseg></trk></gpx>`);
    const s = await importBuffers(t.database, U, [{ name: "future.gpx", bytes: gpx(2099) }], {
      now: new Date("2026-12-07T09:00:00Z"),
    });
    expect(s.files[0]).toMatchObject({ status: "skipped" });
    expect(s.files[0]!.reason).toMatch(
      /^start time: 2099-06-01T07:00:00(\.000)?Z is in the future/,
    );
    expect(await runsRepository(t.database).listRuns(U)).toHaveLength(0);
  });

  it("a journal whose only history is two years old shows no fatigue warning, and says why", async () => {
    const now = new Date("2026-12-07T09:00:00Z");
    for (const r of easyRuns("2024-12-07", 120, 1)) {
      r.rpe = 8;
      await runsRepository(t.database).insertRun(U, r);
    }
    const shaping = await todayLoadShaping(t.database, U, now);
    expect(shaping.lighten).toBeUndefined();
    expect(shaping.state.ratio).toBeUndefined();
    expect(shaping.state.history.note).toMatch(/^not enough recent history/);
  });

  it("a run begun before midnight and finished after it is today's run, as for today's routine", async () => {
    // 22:45 to 00:20: the run ended today, so today's load shaping names it, and a run of
    // the day before that ended before midnight is not today's.
    const late = runOn("2026-12-06", "22:45", "long", 95, "UTC");
    const before = runOn("2026-12-06", "18:00", "tempo", 40, "UTC");
    for (const r of [before, late]) await runsRepository(t.database).insertRun(U, r);
    const morning = await todayLoadShaping(t.database, U, new Date("2026-12-07T08:00:00Z"));
    expect(morning.run).toBe("long");
    const dayBefore = await todayLoadShaping(t.database, U, new Date("2026-12-06T20:00:00Z"));
    expect(dayBefore.run).toBe("tempo");
    const nextDay = await todayLoadShaping(t.database, U, new Date("2026-12-08T08:00:00Z"));
    expect(nextDay.run).toBeUndefined();
  });

  it("a long run 40% longer than the previous month's longest is flagged today with figures and source", async () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const month = [
      runOn("2026-11-15", "08:00", "long", 100, "UTC"),
      runOn("2026-11-22", "08:00", "long", 110, "UTC"),
      runOn("2026-11-29", "08:00", "easy", 50, "UTC"),
    ];
    month[1]!.activity.distanceMeters = 20_000;
    const big = runOn("2026-12-07", "08:00", "long", 150, "UTC");
    big.activity.distanceMeters = 28_000;
    for (const r of [...month, big]) await runsRepository(t.database).insertRun(U, r);
    const ctx = await dayTrainingContext(t.database, U, now);
    expect(ctx.bigRun).toMatchObject({
      date: "2026-12-07",
      measure: "distance",
      value: 28,
      longest: 20,
      excess: 0.4,
      rules: ["L12", "L2", "L6"],
    });
    expect(ctx.bigRun!.message).toMatch(
      /40% longer than your longest in the previous 30 days \(20 km on Sun 22 Nov\).*Frandsen et al\., Br J Sports Med 2025/,
    );
    expect(ctx.load.run).toBe("long");
  });
});

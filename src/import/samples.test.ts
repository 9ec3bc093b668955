/**
 * Every sample activity file, imported in place: runs match the file's own summary,
 * non-runs are cross-training or skipped with a reason, damaged files fail clearly or
 * import partially and say so. Shipped samples always run; samples of the extended corpus
 * (copyleft, in ../shared) run when it is present and are skipped otherwise, except in CI.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Decoder, Stream } from "@garmin/fitsdk";
import { describe, expect, it, type TestContext } from "vitest";
import { importFileBytes } from "./read-file.js";
import {
  EXTENDED,
  FIXTURES,
  HAS_EXTENDED,
  REQUIRE_ALL,
  hasSamples,
  samplePath,
} from "./test-support/samples.js";
import type { FileResult } from "./types.js";

const load = (rel: string) => readFileSync(samplePath(rel));
const imp = (rel: string): FileResult => importFileBytes(rel, load(rel));

/** Skips the test when a sample of the extended corpus is not here (never in CI). */
function need(ctx: TestContext, ...rels: string[]): void {
  if (!hasSamples(...rels) && !REQUIRE_ALL)
    ctx.skip(`extended corpus not present: ${rels.join(", ")}`);
}

it.runIf(REQUIRE_ALL)("CI: the extended sample corpus is present", () => {
  expect(HAS_EXTENDED).toBe(true);
});

/** Run sessions' total_distance as Garmin's SDK reads it (the file's own summary). */
function fitRunDistances(rel: string): number[] {
  const { messages } = new Decoder(Stream.fromBuffer(load(rel))).read();
  return (messages.sessionMesgs ?? [])
    .filter((s) => s.sport === "running")
    .map((s) => Number(s.totalDistance));
}

/** Sum of <Lap><DistanceMeters> per running <Activity>, read with a plain regex. */
function tcxRunDistances(rel: string): number[] {
  const text = load(rel).toString("utf8");
  return [...text.matchAll(/<Activity Sport="Running">([\s\S]*?)<\/Activity>/g)].map((m) =>
    [
      ...m[1]!.matchAll(
        /<Lap [^>]*>\s*<TotalTimeSeconds>[^<]*<\/TotalTimeSeconds>\s*<DistanceMeters>([^<]+)</g,
      ),
    ].reduce((a, x) => a + Number(x[1]), 0),
  );
}

const runDistancesKm = (r: FileResult) =>
  (r.activities ?? []).filter((a) => a.sport === "run").map((a) => (a.distanceMeters ?? 0) / 1000);
const within = (actual: number, expected: number, share: number) =>
  Math.abs(actual - expected) <= expected * share;

describe("FIT runs match their session summary within 1%", () => {
  const files = [
    "fit/activity-small-fenix2-run.fit",
    "fit/2013-02-06-12-11-14.fit",
    "fit/developer-types-sample.fit",
    "fit/running-with-developer-data.fit",
    "fit/garmin-stamina.fit",
    "fit/10kUNLP2014-Garmin15.fit",
    "fit/Move_2020_01_15_19_27_16_Running.fit",
    "fit/Fr955v19.28andStryd.fit",
    "fit/6860622783.fit",
    "fit/6916663933.fit",
    "fit/sample_mulitple_header.fit",
  ];
  it.for(files)("%s", (rel, ctx) => {
    need(ctx, rel);
    const r = imp(rel);
    expect(r.status).toBe("imported");
    const expected = fitRunDistances(rel);
    const got = runDistancesKm(r);
    expect(got.length).toBe(expected.length);
    expected.forEach((m, i) => expect(within(got[i]! * 1000, m, 0.01)).toBe(true));
    for (const a of r.activities!) {
      expect(a.source.fileHash).toMatch(/^[0-9a-f]{64}$/);
      expect(a.elapsedSeconds).toBeGreaterThan(0);
      if (a.sport === "run") expect(a.avgPaceSecondsPerKm).toBeGreaterThan(150);
    }
  });

  it("reads the time zone from the activity's local timestamp", (ctx) => {
    need(ctx, "fit/10kUNLP2014-Garmin15.fit");
    expect(imp("fit/activity-small-fenix2-run.fit").activities?.[0]?.timeZone).toBe("+02:00");
    expect(imp("fit/10kUNLP2014-Garmin15.fit").activities?.[0]?.timeZone).toBe("-03:00");
  });

  it("reports run cadence as steps of both feet", () => {
    const a = imp("fit/activity-small-fenix2-run.fit").activities![0]!;
    expect(a.avgCadence).toBeGreaterThan(140);
    expect(a.avgCadence).toBeLessThan(200);
  });

  it("keeps the treadmill sub-sport", (ctx) => {
    need(ctx, "fit/6860622783.fit");
    expect(imp("fit/6860622783.fit").activities?.[0]?.subSport).toBe("treadmill");
  });
});

describe("FIT files Garmin's SDK cannot read fall back to fit-file-parser", () => {
  it("compressed timestamps: the 10.25 km run with 11 laps", () => {
    const sdk = new Decoder(Stream.fromBuffer(load("fit/compressed-speed-distance.fit"))).read();
    expect(sdk.errors.length).toBeGreaterThan(0); // the SDK really does stop on this file
    const r = imp("fit/compressed-speed-distance.fit");
    expect(r.status).toBe("imported");
    const a = r.activities![0]!;
    expect(a.sport).toBe("run");
    expect(within(a.distanceMeters!, 10_248.67, 0.01)).toBe(true);
    expect(a.laps).toHaveLength(11);
    expect(a.avgHeartRate).toBe(170);
    expect(r.partial?.join(" ")).toMatch(/clock/); // its date is 1990
  });

  it("summary-first triathlon: split into swim, bike and run, transitions skipped", () => {
    const r = imp("fit/triathlon_summary_first.fit");
    expect(r.status).toBe("imported");
    expect(r.activities!.map((a) => a.sport)).toEqual(["swimming", "cycling", "run"]);
    expect(within(r.activities![2]!.distanceMeters!, 4491.51, 0.01)).toBe(true);
    expect(r.activities![2]!.laps.length).toBeGreaterThan(0);
    expect(r.skipped?.map((s) => s.reason).join(" ")).toMatch(/transition/);
  });
});

describe("multisport and chained FIT files are split", () => {
  it("sample_mulitple_header.fit: 4 chained files, swim / bike / run kept, transitions skipped", () => {
    const r = imp("fit/sample_mulitple_header.fit");
    expect(r.activities!.map((a) => a.sport)).toEqual(["swimming", "cycling", "run"]);
    expect(r.activities!.map((a) => a.source.index)).toEqual([0, 2, 4]);
    expect(r.skipped).toHaveLength(2);
  });
});

describe("non-runs are cross-training or skipped with a reason", () => {
  it.for<[string, string]>([
    ["fit/Edge810-Vector-2013-08-16-15-35-10.fit", "cycling"],
    ["fit/2019-02-17-062644-ELEMNT-297E-195-0.fit", "cycling"],
    ["fit/coros-pace-2-cycling-misaligned-fields.fit", "cycling"],
    ["fit/14582164182.fit.gz", "cycling"],
    ["fit/event_timestamp.fit", "swimming"],
    ["tcx/garmin_connect.tcx", "cycling"],
  ])("%s is %s", ([rel, sport], ctx) => {
    need(ctx, rel);
    const r = imp(rel);
    expect(r.status).toBe("imported");
    expect(r.activities!.every((a) => a.sport === sport)).toBe(true);
  });

  it.for<[string, RegExp]>([
    ["fit/garmin-fenix-5-walk.fit", /walk/i],
    ["fit/20170518-191602-1740899583.fit", /rowing/i],
    ["fit/suunto-weight.fit", /strength/i],
    ["fit/Settings.fit", /settings file/],
    ["gpx/around-visnjan-with-car.gpx", /vehicle|too fast/],
    ["gpx/UrbanBiker2019-04-18_16-12.gpx", /vehicle|too fast/],
    ["gpx/route.gpx", /planned route/],
    ["gpx/strava_route_example.gpx", /no times/],
    ["tcx/tcx-courses.tcx", /course/],
  ])("%s is skipped (%s)", ([rel, why], ctx) => {
    need(ctx, rel);
    const r = imp(rel);
    expect(r.status).toBe("skipped");
    expect(r.reason).toMatch(why);
    expect(r.activities).toBeUndefined();
  });
});

describe("GPX runs", () => {
  // GPX has no summary of its own: distances the sample notes state, to their 0.1 km
  it.for<[string, number]>([
    ["gpx/run.gpx", 3.1],
    ["gpx/amazfit.gpx", 8.7],
    ["gpx/garmin-activity.gpx", 12.8],
  ])("%s is a run of about %s km", ([rel, km], ctx) => {
    need(ctx, rel);
    const r = imp(rel);
    expect(r.status).toBe("imported");
    const a = r.activities![0]!;
    expect(a.sport).toBe("run");
    expect(Math.abs((a.distanceMeters ?? 0) / 1000 - km)).toBeLessThanOrEqual(0.06);
  });

  it("reads heart rate and cadence from the extensions", () => {
    const a = imp("gpx/garmin-activity.gpx").activities![0]!;
    expect(a.avgHeartRate).toBeGreaterThan(100);
    expect(a.avgCadence).toBeGreaterThan(140);
  });

  it("does not bridge the pauses between track segments", () => {
    const a = imp("gpx/Friday-Evening-Run.gpx").activities![0]!;
    // the straight sum over all 17 points is ~796 m; most of it is jumps between segments
    expect(a.distanceMeters!).toBeLessThan(200);
    expect(a.movingSeconds!).toBeLessThan(a.elapsedSeconds);
  });

  it("keeps the time zone offset written in the times", () => {
    expect(imp("gpx/track-with-less-sec-time.gpx").activities![0]!.timeZone).toBe("+01:00");
  });

  it("a file without a sport is taken as a run from its speed and says so", () => {
    const r = imp("gpx/run.gpx");
    expect(r.partial?.join(" ")).toMatch(/from its speed/);
  });
});

describe("TCX runs use the file's own lap totals", () => {
  it.for([
    "tcx/test.tcx",
    "tcx/no_hr.tcx",
    "tcx/running_activity_1.tcx",
    "tcx/treadmill_1.tcx",
    "tcx/multiple_running_activities.tcx",
    "tcx/10kUNLP2014-Garmin15.tcx",
    "tcx/6860622783.tcx",
    "tcx/polar.tcx",
    "tcx/activity_165850259_multi-session.tcx",
  ])("%s", (rel, ctx) => {
    need(ctx, rel);
    const r = imp(rel);
    expect(r.status).toBe("imported");
    const expected = tcxRunDistances(rel);
    const got = runDistancesKm(r);
    expect(got.length).toBe(expected.length);
    expected.forEach((m, i) => expect(within(got[i]! * 1000, m, 0.01)).toBe(true));
  });

  it("splits multiple activities and multisport sessions", (ctx) => {
    need(ctx, "tcx/multiple_running_activities.tcx", "tcx/activity_165850259_multi-session.tcx");
    expect(imp("tcx/multiple_running_activities.tcx").activities).toHaveLength(2);
    expect(imp("tcx/activity_165850259_multi-session.tcx").activities!.map((a) => a.sport)).toEqual(
      ["run", "cycling", "run", "cycling"],
    );
  });

  it("no_hr.tcx is the same run as test.tcx, without heart rate", () => {
    const a = imp("tcx/test.tcx").activities![0]!;
    const b = imp("tcx/no_hr.tcx").activities![0]!;
    expect(b.distanceMeters).toBeCloseTo(a.distanceMeters!, 0);
    expect(a.avgHeartRate).toBeGreaterThan(0);
    expect(b.avgHeartRate).toBeUndefined();
  });
});

describe("the same activity as FIT and TCX agrees within 2%", () => {
  it.for(["10kUNLP2014-Garmin15", "6860622783"])("%s", (name, ctx) => {
    need(ctx, `fit/${name}.fit`, `tcx/${name}.tcx`);
    const f = imp(`fit/${name}.fit`).activities![0]!;
    const t = imp(`tcx/${name}.tcx`).activities![0]!;
    expect(within(t.distanceMeters!, f.distanceMeters!, 0.02)).toBe(true);
    expect(within(t.movingSeconds!, f.movingSeconds!, 0.02)).toBe(true);
    expect(Math.abs(Date.parse(t.startTime) - Date.parse(f.startTime))).toBeLessThanOrEqual(60_000);
    if (f.avgHeartRate) expect(Math.abs(t.avgHeartRate! - f.avgHeartRate)).toBeLessThanOrEqual(3);
  });
});

describe("bad files: a clear per-file error or a partial import that says so", () => {
  const shipped = readdirSync(path.join(FIXTURES, "bad"));
  const extended = HAS_EXTENDED ? readdirSync(path.join(EXTENDED, "bad")) : [];
  const bad = [...new Set([...shipped, ...extended])].sort();

  it.each(bad)("bad/%s", (name) => {
    const r = imp(`bad/${name}`);
    if (r.status === "imported") {
      // damaged but readable: either stated partial, or a readable file with odd content
      const damaged = /activity-|nick|strava-android|empty-/.test(name);
      if (damaged) expect(r.partial?.length).toBeGreaterThan(0);
    } else {
      expect(["failed", "skipped"]).toContain(r.status);
      expect(r.reason?.length).toBeGreaterThan(5);
    }
  });

  it("the empty file fails, the unfinished recording is rebuilt from its records", () => {
    expect(importFileBytes("empty.fit", new Uint8Array(0))).toMatchObject({
      status: "failed",
      reason: "the file is empty",
    });
    const nick = imp("bad/nick.fit");
    expect(nick.status).toBe("imported");
    expect(nick.partial!.join(" ")).toMatch(/no session summary/);
  });

  it("tolerates a BOM, undeclared namespace prefixes and spaces before the XML declaration (real files)", (ctx) => {
    need(ctx, "bad/6037744996.gpx", "bad/6281425038.tcx");
    expect(imp("bad/6037744996.gpx").activities![0]!.sport).toBe("run");
    expect(imp("bad/6281425038.tcx").activities![0]!.laps).toHaveLength(5);
  });

  it("never invents a duration for points that share one timestamp", () => {
    expect(imp("bad/Mojstrovka.gpx")).toMatchObject({ status: "skipped" });
    expect(imp("bad/Mojstrovka.gpx").reason).toMatch(/same time/);
  });

  it("a batch of all bad files plus a good one still imports the good one", () => {
    const empty = importFileBytes("empty.fit", new Uint8Array(0));
    const batch = [
      ...bad.map((n) => imp(`bad/${n}`)),
      empty,
      imp("fit/activity-small-fenix2-run.fit"),
    ];
    expect(batch).toHaveLength(bad.length + 2);
    expect(batch.at(-1)).toMatchObject({ status: "imported" });
    expect(batch.filter((r) => r.status === "failed").length).toBeGreaterThan(0);
  });
});

/**
 * Defect 2 ("limber: Invalid time value", exit 1, nothing imported): dates at the edges of
 * what JavaScript can hold (year 0, year 275760, the earliest instant), unreadable ones
 * (NaN, empty, a zone name after the time, an offset of +99:99) and Strava date columns in
 * other locales, all in one batch with a good file. Every file gets its own line; the good
 * one imports; no runtime words reach the runner.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpxOf, syntheticRun, tcxOf } from "../../import/test-support/generate.js";
import { limber as runLimber } from "./test-support/in-process.js";

const GOOD = syntheticRun({ start: "2026-11-01T07:00:00Z", km: 5, minutes: 25, heartRate: false });

/** Every timestamp of the good run replaced by `time`. */
function gpxAt(time: string): string {
  return gpxOf(GOOD).replace(/<time>[^<]*<\/time>/g, `<time>${time}</time>`);
}

/** The good run with its first point at `first` and the rest as recorded. */
function gpxStartingAt(first: string): string {
  let done = false;
  return gpxOf(GOOD).replace(/<time>[^<]*<\/time>/g, (m) => {
    if (done) return m;
    done = true;
    return `<time>${first}</time>`;
  });
}

const EDGE_TIMES = [
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "275760-09-13T00:00:00Z",
  "NaN",
  "",
  "2026-11-01T07:00:00+99:99",
  "2026-11-01T07:00:00+14:59",
  "2026-11-01T07:00:00 Europe/Berlin",
];

const CSV_DATES = [
  "Nov 2, 2026, 7:10:00 AM",
  "2 Nov 2026, 07:10:00",
  "02.11.2026, 07:10:00",
  "2026-11-02 07:10:00",
  "",
  "Nov 2, 275760, 7:10:00 AM",
  "Nov 2, 0, 7:10:00 AM",
  "Feb 30, 2026, 7:10:00 AM",
  "2 nov. 2026 à 07:10:00",
  "NaN",
];

let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "limber-import-dates-"));
  dataDir = mkdtempSync(path.join(tmpdir(), "limber-import-dates-data-"));
  writeFileSync(path.join(dir, "good.gpx"), gpxOf(GOOD));
  EDGE_TIMES.forEach((t, i) => {
    writeFileSync(path.join(dir, `all-${i}.gpx`), gpxAt(t));
    writeFileSync(path.join(dir, `first-${i}.gpx`), gpxStartingAt(t));
  });
  // A TCX with a good activity and one whose every time is at the far edge of the calendar.
  const far = tcxOf(
    syntheticRun({ start: "2026-11-03T07:00:00Z", km: 5, minutes: 25, heartRate: false }),
  ).replace(/2026-11-03T/g, "+275760-09-12T");
  const good = tcxOf(
    syntheticRun({ start: "2026-11-04T07:00:00Z", km: 5, minutes: 25, heartRate: false }),
  );
  const activity = (t: string) => /<Activity [\s\S]*<\/Activity>/.exec(t)![0];
  writeFileSync(
    path.join(dir, "two.tcx"),
    good.replace(/<Activity [\s\S]*<\/Activity>/, activity(good) + activity(far)),
  );
  const strava = path.join(dir, "strava");
  mkdirSync(strava);
  // each row a different distance, so no row is a duplicate of another
  const rows = CSV_DATES.map(
    (d, i) =>
      `${900 + i},"${d}",Run ${i},Run,,1800,${5 + i}.0,,,false,,,,,,1800,1700,${5000 + i * 1000}`,
  );
  writeFileSync(
    path.join(strava, "activities.csv"),
    [
      "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance",
      ...rows,
    ].join("\n"),
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe("limber import with dates at and beyond the edges", () => {
  it("gives every file its own line, imports the good ones and never stops the batch", async () => {
    // a zone east of UTC: printing an instant at the calendar's last day moves it past the end
    const tz = await runLimber({ LIMBER_DATA_DIR: dataDir }, ["profile", "--tz", "Asia/Tokyo"]);
    expect(tz.code, tz.err).toBe(0);
    const r = await runLimber({ LIMBER_DATA_DIR: dataDir }, ["import", dir], {
      now: new Date("2026-12-04T12:00:00Z"),
    });
    expect(r.err).not.toMatch(/Invalid time value|RangeError|NaN/);
    expect(r.out).not.toMatch(/Invalid time value|RangeError|undefined/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^imported .*good\.gpx: run/m);
    expect(r.out).toMatch(/^imported .*two\.tcx: run 5\.00 km 25 min on 2026-11-04/m);
    for (let i = 0; i < EDGE_TIMES.length; i++) {
      expect(r.out).toMatch(new RegExp(`^\\w+ +.*all-${i}\\.gpx: \\S`, "m"));
      expect(r.out).toMatch(new RegExp(`^\\w+ +.*first-${i}\\.gpx: \\S`, "m"));
    }
    // the English, British, German and ISO spellings of the date all read
    for (let i = 0; i < 4; i++)
      expect(r.out).toMatch(
        new RegExp(`^imported .*activities\\.csv line ${i + 2} .*on 2026-11-02`, "m"),
      );
    // a date that cannot be read says which column and what it held
    expect(r.out).toMatch(/line 6 .*: .*Activity Date.*empty/);
    expect(r.out).toMatch(/line 10 .*: .*Activity Date "2 nov\. 2026 à 07:10:00"/);
  });
});

/**
 * Strava bulk exports: the two real activities.csv files (duplicate column names with
 * different units, HTML in headers, column drift between export versions) and a
 * generated export zip with activity files, one of them missing.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { importStravaExport } from "./strava.js";
import { cleanHeader, columnIndex, parseStravaCsv, parseStravaDate } from "./strava-csv.js";
import { samplePath } from "./test-support/samples.js";
import { openZip } from "./zip.js";

const csv2023 = readFileSync(samplePath("strava/export_2023_10_25/activities.csv"), "utf8");
const csv2025 = readFileSync(samplePath("strava/export_08_25_2025/activities.csv"), "utf8");

describe("activities.csv", () => {
  it("finds repeated columns by position and cleans HTML headers", () => {
    const h = [
      "Activity ID",
      "Distance",
      "Elapsed Time",
      "Distance",
      '<span class="x" title="y">Type</span>',
    ].map(cleanHeader);
    expect(columnIndex(h, "Distance")).toBe(1);
    expect(columnIndex(h, "Distance", 1)).toBe(3);
    expect(columnIndex(h, "Distance", 2)).toBe(-1);
    expect(h[4]).toBe("Type");
  });

  it("parses Strava's en-US dates as UTC", () => {
    expect(parseStravaDate("Oct 5, 2014, 4:15:21 PM")).toBe("2014-10-05T16:15:21.000Z");
    expect(parseStravaDate("Feb 4, 2017, 12:00:43 AM")).toBe("2017-02-04T00:00:43.000Z");
    expect(parseStravaDate("yesterday")).toBeUndefined();
  });

  it.each([
    ["2023 export (87 columns)", csv2023, 1122, 424],
    ["2025 export (99 columns)", csv2025, 1845, 643],
  ])("%s: every row, metres from the second Distance column", (_label, text, rows, runs) => {
    const parsed = parseStravaCsv(text);
    expect(parsed).toHaveLength(rows);
    expect(parsed.filter((r) => r.type === "Run")).toHaveLength(runs);
    // activity 740821460: Distance 6.64 (km) and later Distance 6639.39990234375 (m)
    const r = parsed.find((x) => x.id === "740821460")!;
    expect(r).toMatchObject({
      type: "Run",
      startTime: "2016-10-10T20:55:48.000Z",
      elapsedSeconds: 1770,
      movingSeconds: 1765,
      fileName: "activities/740821460.gpx",
    });
    expect(r.distanceMeters).toBeCloseTo(6639.4, 1);
    // metres, never the km column: no run is recorded as a few metres long
    for (const x of parsed.filter((p) => p.type === "Run" && p.distanceMeters)) {
      expect(x.distanceMeters!).toBeGreaterThan(10);
    }
  });

  it("imports runs and rides from the CSV alone, stated as partial; skips hikes and sails", async () => {
    const results = await importStravaExport(csv2023, () => new Map(), { label: "export" });
    expect(results).toHaveLength(1122);
    const imported = results.filter((r) => r.status === "imported");
    expect(imported.length).toBe(424 + 609);
    expect(imported.every((r) => r.partial?.[0]?.includes("not in the export"))).toBe(true);
    const hike = results.find((r) => r.status === "skipped" && /Hike/.test(r.reason ?? ""));
    expect(hike?.reason).toMatch(/not a run, ride or swim/);
    const run = imported.find((r) => r.activities?.[0]?.sport === "run")!.activities![0]!;
    expect(run.source.kind).toBe("strava-csv");
    expect(run.source.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(run.avgPaceSecondsPerKm).toBeGreaterThan(150);
  });
});

function gpx(startIso: string, points: number, stepSeconds: number, stepDeg: number): string {
  const t0 = Date.parse(startIso);
  const pts = Array.from({ length: points }, (_, i) => {
    const time = new Date(t0 + i * stepSeconds * 1000).toISOString();
    return `<trkpt lat="${(46 + i * stepDeg).toFixed(6)}" lon="7.000000"><ele>500</ele><time>${time}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>150</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`;
  });
  return `<?xml version="1.0"?><gpx version="1.1" creator="test"><trk><type>running</type><trkseg>${pts.join("")}</trkseg></trk></gpx>`;
}

describe("a generated export zip", () => {
  const header =
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Perceived Exertion,Competition";
  const rows = [
    '1,"Mar 1, 2024, 7:00:00 AM",Morning Run,Run,,600,1.11,,,false,,,activities/1.gpx.gz,,,600.0,600.0,1112.0,6,',
    '2,"Mar 2, 2024, 7:00:00 AM",Race day,Run,,600,1.11,,,false,,,activities/2.gpx,,,600.0,590.0,1112.0,,1',
    '3,"Mar 3, 2024, 7:00:00 AM",Lost file,Run,,1800,5.00,,,false,,,activities/3.fit.gz,,,1800.0,1750.0,5000.0,,',
  ];
  // 101 points 6 s apart, 0.0001 deg (11.1 m) apart: 1.11 km in 10 min
  const zip = zipSync({
    "export/activities.csv": strToU8([header, ...rows].join("\n")),
    "export/activities/1.gpx.gz": gzipSync(gpx("2024-03-01T07:00:00Z", 101, 6, 0.0001)),
    "export/activities/2.gpx": strToU8(gpx("2024-03-02T07:00:00Z", 101, 6, 0.0001)),
  });

  it("imports from the files, adds RPE, name and race flag from the CSV, and the missing file from the CSV", async () => {
    const z = openZip(zip);
    const results = await importStravaExport(
      z.chunks("export/activities.csv", 1024 * 1024),
      (paths) =>
        new Map(paths.filter((p) => z.has(`export/${p}`)).map((p) => [p, z.read(`export/${p}`)])),
      { label: "export.zip" },
    );
    expect(results.map((r) => r.status)).toEqual(["imported", "imported", "imported"]);
    const [a, b, c] = results.map((r) => r.activities![0]!);
    expect(a!.source.kind).toBe("gpx");
    expect(a!.distanceMeters!).toBeCloseTo(1112, -1);
    expect(a!.rpe).toBe(6);
    expect(a!.name).toBe("Morning Run");
    expect(b!.raceFlag).toBe(true);
    expect(c!.source.kind).toBe("strava-csv");
    expect(results[2]!.partial?.[0]).toMatch(/activities\/3\.fit\.gz is not in the export/);
    expect(results[0]!.partial).toBeUndefined();
  });
});

/**
 * Seed files for the import fuzzer: activity files generated here (GPX, TCX, gzip, a zip
 * with a Strava-style CSV), plus every file in test/fixtures/activities when the repository
 * holds one. Generated seeds need no licence and keep the fuzzer running on a bare checkout.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

const FIXTURES = resolve(
  fileURLToPath(new URL(".", import.meta.url)),
  "../../../../test/fixtures/activities",
);

function points(
  start: Date,
  n: number,
): { lat: number; lon: number; ele: number; time: string; hr: number }[] {
  return Array.from({ length: n }, (_, i) => ({
    lat: 52.5 + i * 0.0002,
    lon: 13.4 + i * 0.0001,
    ele: 30 + (i % 7),
    time: new Date(start.getTime() + i * 5000).toISOString(),
    hr: 130 + (i % 20),
  }));
}

/** A GPX run of `n` points with heart rate. */
export function gpxSeed(n = 120): string {
  const pts = points(new Date("2026-10-04T07:00:00Z"), n)
    .map(
      (p) =>
        `<trkpt lat="${p.lat}" lon="${p.lon}"><ele>${p.ele}</ele><time>${p.time}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${p.hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="seed" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<metadata><time>2026-10-04T07:00:00Z</time></metadata>
<trk><name>Morning Run</name><type>running</type><trkseg>
${pts}
</trkseg></trk></gpx>
`;
}

/** A TCX run of `n` points in two laps. */
export function tcxSeed(n = 120): string {
  const pts = points(new Date("2026-10-05T17:30:00Z"), n);
  const lap = (
    from: number,
    to: number,
  ) => `<Lap StartTime="${pts[from]!.time}"><TotalTimeSeconds>${(to - from) * 5}</TotalTimeSeconds><DistanceMeters>${(to - from) * 14}</DistanceMeters><Track>
${pts
  .slice(from, to)
  .map(
    (p, i) =>
      `<Trackpoint><Time>${p.time}</Time><Position><LatitudeDegrees>${p.lat}</LatitudeDegrees><LongitudeDegrees>${p.lon}</LongitudeDegrees></Position><AltitudeMeters>${p.ele}</AltitudeMeters><DistanceMeters>${(from + i) * 14}</DistanceMeters><HeartRateBpm><Value>${p.hr}</Value></HeartRateBpm></Trackpoint>`,
  )
  .join("\n")}
</Track></Lap>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Running"><Id>${pts[0]!.time}</Id>
${lap(0, Math.floor(n / 2))}
${lap(Math.floor(n / 2), n)}
</Activity></Activities></TrainingCenterDatabase>
`;
}

/** A Strava export folder as a zip: activities.csv and the files it names. */
export function stravaZipSeed(): Uint8Array {
  const csv = [
    "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename",
    '101,"Oct 4, 2026, 7:00:00 AM",Morning Run,Run,600,1.6,activities/101.gpx',
    '102,"Oct 5, 2026, 5:30:00 PM",Evening Run,Run,600,1.7,activities/102.tcx.gz',
  ].join("\n");
  return zipSync({
    "activities.csv": new TextEncoder().encode(csv),
    "activities/101.gpx": new TextEncoder().encode(gpxSeed(60)),
    "activities/102.tcx.gz": new Uint8Array(gzipSync(tcxSeed(60))),
  });
}

function fixtureFiles(dir: string): Seed[] {
  if (!existsSync(dir)) return [];
  const out: Seed[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...fixtureFiles(full));
    // Small files only: the fuzzer mutates thousands of copies.
    else if (st.size > 0 && st.size <= 512 * 1024)
      out.push({ name: relative(FIXTURES, full), bytes: new Uint8Array(readFileSync(full)) });
  }
  return out;
}

/** Every seed: generated ones first, then the repository's fixtures (if any). */
export function seedFiles(): Seed[] {
  const enc = new TextEncoder();
  return [
    { name: "run.gpx", bytes: enc.encode(gpxSeed()) },
    { name: "run.tcx", bytes: enc.encode(tcxSeed()) },
    { name: "run.gpx.gz", bytes: new Uint8Array(gzipSync(gpxSeed())) },
    { name: "strava-export.zip", bytes: stravaZipSeed() },
    ...fixtureFiles(FIXTURES),
  ];
}

/**
 * Activity files made by the tests themselves: a FIT file written with Garmin's SDK, and
 * GPX and TCX text, all of one synthetic run, so the importers are tested without any
 * sample file and the formats can be compared on the same activity.
 *
 * @example
 * const run = syntheticRun({ start: "2026-03-01T07:00:00Z", km: 5, minutes: 25 });
 * importFileBytes("run.fit", fitOf(run));
 */
import { Encoder, Profile } from "@garmin/fitsdk";

export interface SyntheticRun {
  start: Date;
  /** One point every 5 s along a straight line north, at an even pace. */
  points: { time: Date; lat: number; lon: number; meters: number; hr?: number; cadence: number }[];
  meters: number;
  seconds: number;
  /** Offset of the runner's local time, minutes east of UTC. */
  offsetMinutes: number;
}

/** A run of `km` in `minutes`, from `start`, with cadence and (unless `heartRate: false`) heart rate. */
export function syntheticRun(opts: {
  start: string;
  km: number;
  minutes: number;
  offsetMinutes?: number;
  heartRate?: boolean;
}): SyntheticRun {
  const start = new Date(opts.start);
  const seconds = opts.minutes * 60;
  const meters = opts.km * 1000;
  const points: SyntheticRun["points"] = [];
  // A point every 5 s and one at the finish: a GPX file has no distance of its own, so a
  // track that stopped at the last multiple of 5 s read about 11 m short over 1 km.
  const times: number[] = [];
  for (let t = 0; t < seconds; t += 5) times.push(t);
  times.push(seconds);
  for (const t of times) {
    const m = (meters * t) / seconds;
    // 1 degree of latitude is about 111,195 m.
    const hr = opts.heartRate === false ? {} : { hr: 140 + (t % 20) };
    points.push({
      time: new Date(start.getTime() + t * 1000),
      lat: 45 + m / 111_195,
      lon: 7,
      meters: m,
      cadence: 85,
      ...hr,
    });
  }
  return { start, points, meters, seconds, offsetMinutes: opts.offsetMinutes ?? 60 };
}

const semicircles = (deg: number) => Math.round((deg * 2 ** 31) / 180);

/** The run as a FIT activity file (file id, records, one lap, one running session, activity). */
export function fitOf(run: SyntheticRun): Uint8Array {
  const enc = new Encoder();
  // The SDK's typings name each message's fields; plain objects keep this generator short.
  const write = (num: number, mesg: Record<string, unknown>) =>
    (enc.onMesg as (n: number, m: Record<string, unknown>) => void).call(enc, num, mesg);
  const M = Profile.MesgNum as {
    FILE_ID: number;
    RECORD: number;
    LAP: number;
    SESSION: number;
    ACTIVITY: number;
  };
  const end = new Date(run.start.getTime() + run.seconds * 1000);
  write(M.FILE_ID, {
    type: "activity",
    manufacturer: "development",
    product: 0,
    timeCreated: run.start,
    serialNumber: 1234,
  });
  for (const p of run.points) {
    write(M.RECORD, {
      timestamp: p.time,
      positionLat: semicircles(p.lat),
      positionLong: semicircles(p.lon),
      distance: p.meters,
      speed: run.meters / run.seconds,
      ...(p.hr === undefined ? {} : { heartRate: p.hr }),
      cadence: p.cadence,
    });
  }
  const summary = {
    timestamp: end,
    startTime: run.start,
    totalElapsedTime: run.seconds,
    totalTimerTime: run.seconds,
    totalDistance: run.meters,
    sport: "running",
    subSport: "generic",
  };
  write(M.LAP, { ...summary, messageIndex: 0 });
  write(M.SESSION, { ...summary, messageIndex: 0, firstLapIndex: 0, numLaps: 1 });
  write(M.ACTIVITY, {
    timestamp: end,
    numSessions: 1,
    type: "manual",
    event: "activity",
    eventType: "stop",
    localTimestamp: Math.round(end.getTime() / 1000) - 631065600 + run.offsetMinutes * 60,
    totalTimerTime: run.seconds,
  });
  return enc.close();
}

/** The run as GPX 1.1 text with heart rate and cadence extensions. */
export function gpxOf(
  run: SyntheticRun,
  opts: { bom?: boolean; extensionPrefix?: string } = {},
): string {
  const ns = opts.extensionPrefix ?? "gpxtpx";
  const declared = opts.extensionPrefix
    ? ""
    : ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"';
  const pts = run.points
    .map(
      (p) =>
        `<trkpt lat="${p.lat.toFixed(7)}" lon="${p.lon.toFixed(7)}"><time>${p.time.toISOString()}</time>` +
        `<extensions><${ns}:TrackPointExtension>${p.hr === undefined ? "" : `<${ns}:hr>${p.hr}</${ns}:hr>`}<${ns}:cad>${p.cadence}</${ns}:cad></${ns}:TrackPointExtension></extensions></trkpt>`,
    )
    .join("\n");
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Limber tests" xmlns="http://www.topografix.com/GPX/1/1"${declared}>
<trk><name>Synthetic run</name><type>running</type><trkseg>
${pts}
</trkseg></trk></gpx>
`;
  return (opts.bom ? "\uFEFF" : "") + text;
}

/** The run as TCX text (one lap with its own totals). */
export function tcxOf(run: SyntheticRun, opts: { leadingSpaces?: number } = {}): string {
  const pts = run.points
    .map(
      (p) =>
        `<Trackpoint><Time>${p.time.toISOString()}</Time><Position><LatitudeDegrees>${p.lat.toFixed(7)}</LatitudeDegrees>` +
        `<LongitudeDegrees>${p.lon.toFixed(7)}</LongitudeDegrees></Position><DistanceMeters>${p.meters.toFixed(1)}</DistanceMeters>` +
        `${p.hr === undefined ? "" : `<HeartRateBpm><Value>${p.hr}</Value></HeartRateBpm>`}<Cadence>${p.cadence}</Cadence></Trackpoint>`,
    )
    .join("\n");
  return `${" ".repeat(opts.leadingSpaces ?? 0)}<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Running"><Id>${run.start.toISOString()}</Id>
<Lap StartTime="${run.start.toISOString()}"><TotalTimeSeconds>${run.seconds}</TotalTimeSeconds><DistanceMeters>${run.meters}</DistanceMeters>
<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod><Track>
${pts}
</Track></Lap></Activity></Activities></TrainingCenterDatabase>
`;
}

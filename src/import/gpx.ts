/**
 * GPX tracks to activities. GPX carries no totals, so distance is summed over track
 * points (haversine, segments are pauses and are not bridged), climb over elevations with
 * a noise threshold, heart rate and cadence from the common extensions. A file without
 * times is a planned route: it is skipped, never given an invented duration.
 */
import type { Activity } from "../core/activity.js";
import { isoFromMs } from "./instant.js";
import { decideSport, inferSportFromSpeed } from "./sport.js";
import {
  paceSecondsPerKm,
  storedDuration,
  summarizeTrack,
  tenth,
  type TrackPoint,
} from "./track.js";
import { Deadline, FileProblem, type FileReading } from "./types.js";
import {
  child,
  children,
  deepText,
  num,
  offsetOf,
  parseXml,
  text,
  timeMs,
  type XmlNode,
} from "./xml.js";

/** Strava's numeric activity types as they appear in some GPX `<type>` elements. */
const NUMERIC_TYPES: Record<string, string> = {
  "1": "Ride",
  "9": "Run",
  "10": "Hike",
  "11": "Walk",
  "4": "Hike",
};

/**
 * Reads a GPX document.
 *
 * @example
 * readGpx(xmlText, new Deadline(20_000)).activities[0]?.distanceMeters;
 */
export function readGpx(xml: string, deadline: Deadline): FileReading {
  const doc = parseXml(xml);
  deadline.check();
  const gpx = child(doc, "gpx");
  if (!gpx) throw new FileProblem("not a GPX file (no <gpx> element)");
  const tracks = children(gpx, "trk");
  const notes: string[] = [];
  if (tracks.length === 0) {
    const routes = children(gpx, "rte");
    if (routes.length > 0)
      return skip("a planned route (<rte>) with no recorded track; nothing to import");
    return skip("no track in the file (only metadata or waypoints); nothing to import");
  }
  const points: TrackPoint[] = [];
  let firstTimeText: string | undefined;
  let badPoints = 0;
  let n = 0;
  for (const trk of tracks) {
    for (const seg of children(trk, "trkseg")) {
      let first = true;
      for (const pt of children(seg, "trkpt")) {
        if (++n % 2048 === 0) deadline.check();
        const lat = num(attr(pt, "lat"));
        const lon = num(attr(pt, "lon"));
        if (lat === undefined || lon === undefined) {
          badPoints++;
          continue;
        }
        const tText = text(pt, "time");
        const p: TrackPoint = { lat, lon, segmentStart: first && points.length > 0 };
        const t = timeMs(tText);
        if (t !== undefined) {
          p.time = t;
          firstTimeText ??= tText;
        }
        const ele = num(text(pt, "ele"));
        if (ele !== undefined) p.ele = ele;
        const ext = pt["extensions"];
        if (ext !== undefined) {
          const hr = num(deepText(ext, "hr") ?? deepText(ext, "heartrate"));
          if (hr !== undefined) p.hr = hr;
          const cad = num(deepText(ext, "cad") ?? deepText(ext, "cadence"));
          if (cad !== undefined) p.cad = cad;
        }
        points.push(p);
        first = false;
      }
    }
  }
  if (badPoints > 0)
    notes.push(`${badPoints} track point(s) with unreadable coordinates were left out`);
  const s = summarizeTrack(points);
  if (s.positioned < 2)
    return skip("the track has fewer than two usable points; nothing to import", notes);
  if (s.timed === 0 || s.startMs === undefined) {
    return skip(
      "the track has no times (a route export, not a recording); its duration is unknown and is not guessed",
      notes,
    );
  }
  const elapsed = s.elapsedSeconds;
  const stored = storedDuration(elapsed);
  if (elapsed === undefined || stored === undefined) {
    return skip(
      "every point carries the same time, so the track has no duration; nothing to import",
      notes,
    );
  }
  if (s.timed < s.positioned) notes.push(`${s.positioned - s.timed} point(s) without a time`);
  const trk0 = tracks[0]!;
  const typeRaw = text(trk0, "type");
  const typeName = typeRaw !== undefined ? (NUMERIC_TYPES[typeRaw.trim()] ?? typeRaw) : undefined;
  const movingForSpeed = s.movingSeconds ?? elapsed;
  const decision = typeName
    ? decideSport(typeName)
    : inferSportFromSpeed(s.distanceMeters / movingForSpeed, s.sustainedMaxSpeed);
  if ("skip" in decision) return skip(decision.skip, notes);
  const name = text(trk0, "name") ?? text(child(gpx, "metadata"), "name");
  const activity: Activity = {
    sport: decision.sport,
    startTime: isoFromMs(s.startMs, "start time"),
    elapsedSeconds: stored,
    distanceMeters: tenth(s.distanceMeters),
    // GPX has no laps: 1 km splits stand in, so pace swings (intervals) can be seen
    laps: s.splits,
    source: { kind: "gpx", index: 0 },
  };
  if (!typeName) notes.push("sport not named in the file; taken as a run from its speed");
  if (name) activity.name = name;
  const tz = offsetOf(firstTimeText);
  if (tz) activity.timeZone = tz;
  if (s.movingSeconds !== undefined) activity.movingSeconds = tenth(s.movingSeconds);
  if (s.elevationGainMeters !== undefined) activity.elevationGainMeters = s.elevationGainMeters;
  if (s.avgHeartRate !== undefined) activity.avgHeartRate = s.avgHeartRate;
  if (s.maxHeartRate !== undefined) activity.maxHeartRate = s.maxHeartRate;
  if (s.avgCadence !== undefined)
    activity.avgCadence = Math.round(
      decision.sport === "run" ? runCadence(s.avgCadence) : s.avgCadence,
    );
  if (decision.sport === "run") {
    const pace = paceSecondsPerKm(
      activity.distanceMeters,
      activity.movingSeconds ?? activity.elapsedSeconds,
    );
    if (pace !== undefined) activity.avgPaceSecondsPerKm = pace;
  }
  return { activities: [activity], skipped: [], notes };
}

/** Garmin-style run cadence counts one foot; Limber reports steps of both feet. */
export function runCadence(raw: number): number {
  return raw < 120 ? raw * 2 : raw;
}

function attr(node: XmlNode, name: string): string | undefined {
  const v = node[`@_${name}`];
  return typeof v === "string" ? v : undefined;
}

function skip(reason: string, notes: string[] = []): FileReading {
  return { activities: [], skipped: [{ index: 0, reason }], notes };
}

/**
 * TCX to activities. Each <Activity> (also inside a MultiSportSession) becomes its own
 * activity; the file's own lap totals (DistanceMeters, TotalTimeSeconds) are the distance
 * and timer time, the track points fill in climb, heart rate and cadence. A Courses file
 * is a planned route and is skipped.
 */
import type { Activity, Lap } from "../core/activity.js";
import { runCadence } from "./gpx.js";
import { isoFromMs } from "./instant.js";
import { decideSport } from "./sport.js";
import {
  lapWithPace,
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

/**
 * Reads a TCX document.
 *
 * @example
 * readTcx(xmlText, new Deadline(20_000)).activities.length;
 */
export function readTcx(xml: string, deadline: Deadline): FileReading {
  const doc = parseXml(xml);
  deadline.check();
  const db = child(doc, "TrainingCenterDatabase");
  if (!db) throw new FileProblem("not a TCX file (no <TrainingCenterDatabase> element)");
  const acts = child(db, "Activities");
  const list: XmlNode[] = children(acts, "Activity");
  // a loop, not push(...list): a file of a million activities must not overflow the stack
  for (const mss of children(acts, "MultiSportSession")) {
    for (const part of children(mss, "FirstSport").concat(children(mss, "NextSport")))
      for (const a of children(part, "Activity")) list.push(a);
  }
  const out: FileReading = { activities: [], skipped: [], notes: [] };
  if (list.length === 0) {
    const reason = child(db, "Courses")
      ? "a course (planned route) with no recorded activity; nothing to import"
      : "no <Activity> in the file; nothing to import";
    out.skipped.push({ index: 0, reason });
    return out;
  }
  list.forEach((act, index) => {
    deadline.check();
    const sportAttr = typeof act["@_Sport"] === "string" ? act["@_Sport"] : undefined;
    const decision = decideSport(sportAttr);
    if ("skip" in decision) {
      out.skipped.push({ index, reason: decision.skip });
      return;
    }
    const made = readActivity(act, index, decision.sport, deadline, out.notes);
    if (typeof made === "string") out.skipped.push({ index, reason: made });
    else out.activities.push(made);
  });
  return out;
}

function readActivity(
  act: XmlNode,
  index: number,
  sport: Activity["sport"],
  deadline: Deadline,
  notes: string[],
): Activity | string {
  const laps = children(act, "Lap");
  const points: TrackPoint[] = [];
  const lapOut: Lap[] = [];
  let lapDistance = 0;
  let lapDistanceKnown = 0;
  let timerSeconds = 0;
  let firstTimeText: string | undefined;
  let startMs: number | undefined;
  let endMs: number | undefined;
  let badTimes = 0;
  let n = 0;
  const lapAbsStart: (number | undefined)[] = [];
  for (const lap of laps) {
    const lapStartText = typeof lap["@_StartTime"] === "string" ? lap["@_StartTime"] : undefined;
    const lapStart = timeMs(lapStartText);
    firstTimeText ??= lapStartText;
    const total = num(text(lap, "TotalTimeSeconds"));
    const dist = num(text(lap, "DistanceMeters"));
    if (dist !== undefined && dist >= 0) {
      lapDistance += dist;
      lapDistanceKnown++;
    }
    if (total !== undefined && total >= 0) timerSeconds += total;
    if (lapStart !== undefined) {
      startMs = startMs === undefined ? lapStart : Math.min(startMs, lapStart);
      if (total !== undefined) endMs = Math.max(endMs ?? 0, lapStart + total * 1000);
    }
    let first = true;
    for (const track of children(lap, "Track")) {
      for (const tp of children(track, "Trackpoint")) {
        if (++n % 2048 === 0) deadline.check();
        const p: TrackPoint = { segmentStart: first && points.length > 0 };
        const tText = text(tp, "Time");
        const t = timeMs(tText);
        if (t !== undefined) {
          p.time = t;
          firstTimeText ??= tText;
        } else if (tText !== undefined) badTimes++;
        const pos = child(tp, "Position");
        const lat = num(text(pos, "LatitudeDegrees"));
        const lon = num(text(pos, "LongitudeDegrees"));
        if (lat !== undefined && lon !== undefined) {
          p.lat = lat;
          p.lon = lon;
        }
        const ele = num(text(tp, "AltitudeMeters"));
        if (ele !== undefined) p.ele = ele;
        const d = num(text(tp, "DistanceMeters"));
        if (d !== undefined) p.dist = d;
        const hr = num(text(child(tp, "HeartRateBpm"), "Value"));
        if (hr !== undefined) p.hr = hr;
        const cad = num(text(tp, "Cadence") ?? deepText(tp["Extensions"], "RunCadence"));
        if (cad !== undefined) p.cad = cad;
        points.push(p);
        first = false;
      }
    }
    const lapHr = num(text(child(lap, "AverageHeartRateBpm"), "Value"));
    const lapMax = num(text(child(lap, "MaximumHeartRateBpm"), "Value"));
    const l: Lap = { startOffsetSeconds: 0, elapsedSeconds: total ?? 0 };
    lapAbsStart.push(lapStart);
    if (dist !== undefined) l.distanceMeters = dist;
    if (lapHr !== undefined) l.avgHeartRate = lapHr;
    if (lapMax !== undefined) l.maxHeartRate = lapMax;
    lapOut.push(lapWithPace(l));
  }
  const s = summarizeTrack(points);
  if (s.startMs !== undefined) {
    startMs = startMs === undefined ? s.startMs : Math.min(startMs, s.startMs);
    endMs = Math.max(endMs ?? 0, s.endMs ?? 0);
  }
  const idTime = timeMs(text(act, "Id"));
  if (startMs === undefined && idTime !== undefined) startMs = idTime;
  if (startMs === undefined) return "the activity has no start time; nothing to import";
  const elapsed = endMs !== undefined && endMs > startMs ? (endMs - startMs) / 1000 : timerSeconds;
  const stored = storedDuration(elapsed);
  if (stored === undefined) return "the activity has no duration; nothing to import";
  if (badTimes > 0)
    notes.push(`activity ${index}: ${badTimes} track point(s) with unreadable times`);
  // the file's own lap totals are the distance; a device without a speed sensor writes 0
  // there while its track still has positions, so fall back to the track then
  const distance = lapDistanceKnown > 0 && lapDistance > 0 ? lapDistance : s.distanceMeters;
  const activity: Activity = {
    sport,
    startTime: isoFromMs(startMs, "start time"),
    elapsedSeconds: stored,
    laps: lapOut.map((l, i) => {
      const abs = lapAbsStart[i];
      return abs === undefined ? l : { ...l, startOffsetSeconds: tenth((abs - startMs!) / 1000) };
    }),
    source: { kind: "tcx", index },
  };
  if (distance > 0) activity.distanceMeters = tenth(distance);
  if (timerSeconds > 0) activity.movingSeconds = tenth(Math.min(timerSeconds, elapsed));
  else if (s.movingSeconds !== undefined) activity.movingSeconds = tenth(s.movingSeconds);
  const tz = offsetOf(firstTimeText);
  if (tz) activity.timeZone = tz;
  if (s.elevationGainMeters !== undefined) activity.elevationGainMeters = s.elevationGainMeters;
  const lapHrs = lapOut.filter((l) => l.avgHeartRate !== undefined && l.elapsedSeconds > 0);
  if (s.avgHeartRate !== undefined) {
    activity.avgHeartRate = s.avgHeartRate;
    activity.maxHeartRate = s.maxHeartRate!;
  } else if (lapHrs.length > 0) {
    const secs = lapHrs.reduce((a, l) => a + l.elapsedSeconds, 0);
    activity.avgHeartRate = Math.round(
      lapHrs.reduce((a, l) => a + l.avgHeartRate! * l.elapsedSeconds, 0) / secs,
    );
    const maxes = lapOut.map((l) => l.maxHeartRate).filter((v): v is number => v !== undefined);
    // reduce, not Math.max(...list): a file of 200,000 laps must not overflow the stack
    if (maxes.length) activity.maxHeartRate = maxes.reduce((m, v) => Math.max(m, v));
  }
  if (s.avgCadence !== undefined)
    activity.avgCadence = Math.round(sport === "run" ? runCadence(s.avgCadence) : s.avgCadence);
  if (sport === "run") {
    const pace = paceSecondsPerKm(
      activity.distanceMeters,
      activity.movingSeconds ?? activity.elapsedSeconds,
    );
    if (pace !== undefined) activity.avgPaceSecondsPerKm = pace;
  }
  return activity;
}

/**
 * Summaries from a list of track points, shared by the GPX and TCX readers (and FIT files
 * whose session summary is missing a figure).
 */
import type { Lap } from "../core/activity.js";
import { elevationGain, haversineMeters, validLatLon } from "./geo.js";

/**
 * A figure as an activity stores it: seconds and metres to a tenth.
 *
 * @example
 * tenth(1234.56); // 1234.6
 */
export function tenth(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * An activity's duration as it will be stored, or undefined when it has none: checked after
 * rounding, so a damaged file's 0.04 s is refused rather than saved as a run of 0 s.
 *
 * @example
 * storedDuration(2712.34); // 2712.3
 * storedDuration(0.04); // undefined: nothing to import
 */
export function storedDuration(seconds: number | undefined): number | undefined {
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined;
  const stored = tenth(seconds);
  return stored > 0 ? stored : undefined;
}

export interface TrackPoint {
  /** Milliseconds since the epoch, when the point has a usable time. */
  time?: number;
  lat?: number;
  lon?: number;
  ele?: number;
  hr?: number;
  /** Cadence as the file gives it (one foot for Garmin run files). */
  cad?: number;
  /** Cumulative distance the device recorded, metres. */
  dist?: number;
  /** First point of a new segment (a pause): no distance or time is bridged to it. */
  segmentStart?: boolean;
}

export interface TrackSummary {
  startMs?: number;
  endMs?: number;
  elapsedSeconds?: number;
  movingSeconds?: number;
  distanceMeters: number;
  elevationGainMeters?: number;
  avgHeartRate?: number;
  maxHeartRate?: number;
  avgCadence?: number;
  /** Points with a position, and how many had a time. */
  positioned: number;
  timed: number;
  /** Highest speed held over ~30 s, m/s (to tell a car from a runner). */
  sustainedMaxSpeed?: number;
  /** 1 km splits (the last one shorter), for files without laps of their own. */
  splits: Lap[];
}

/** Below this speed a stretch between points counts as standing still. */
const MOVING_SPEED = 0.5;
/** A gap longer than this between points is a pause, even without a new segment. */
const PAUSE_GAP_S = 60;

/**
 * Distance by the device's own cumulative distance when every segment has it, else by
 * haversine over positions; times, heart rate and cadence averages from the points.
 *
 * @example
 * summarizeTrack([{ time: 0, lat: 0, lon: 0 }, { time: 60000, lat: 0, lon: 0.001 }]).distanceMeters; // ~111
 */
export function summarizeTrack(
  points: readonly TrackPoint[],
  elevationThreshold = 3,
): TrackSummary {
  let distance = 0;
  let moving = 0;
  let positioned = 0;
  let timed = 0;
  let startMs: number | undefined;
  let endMs: number | undefined;
  let hrSum = 0;
  let hrN = 0;
  let hrMax: number | undefined;
  let cadSum = 0;
  let cadN = 0;
  const elevations: number[] = [];
  const useDeviceDistance =
    points.some((p) => p.dist !== undefined) &&
    !points.some((p) => validPos(p) && p.dist === undefined);
  let prev: TrackPoint | undefined;
  let prevDist: number | undefined;
  // (time, cumulative distance) samples for the sustained-speed check
  const samples: { t: number; d: number }[] = [];
  for (const p of points) {
    const hasPos = validPos(p);
    if (hasPos) positioned++;
    if (p.time !== undefined && Number.isFinite(p.time)) {
      timed++;
      if (startMs === undefined || p.time < startMs) startMs = p.time;
      if (endMs === undefined || p.time > endMs) endMs = p.time;
    }
    if (p.hr !== undefined && p.hr > 0 && p.hr < 255) {
      hrSum += p.hr;
      hrN++;
      hrMax = hrMax === undefined ? p.hr : Math.max(hrMax, p.hr);
    }
    if (p.cad !== undefined && p.cad > 0 && p.cad < 255) {
      cadSum += p.cad;
      cadN++;
    }
    if (p.ele !== undefined && Number.isFinite(p.ele) && Math.abs(p.ele) < 10_000)
      elevations.push(p.ele);
    let step = 0;
    if (useDeviceDistance) {
      if (p.dist !== undefined && Number.isFinite(p.dist)) {
        if (prevDist !== undefined && p.dist >= prevDist) step = p.dist - prevDist;
        prevDist = p.dist;
      }
    } else if (hasPos && prev && validPos(prev) && !p.segmentStart) {
      step = haversineMeters(prev.lat!, prev.lon!, p.lat!, p.lon!);
    }
    const dt =
      prev?.time !== undefined && p.time !== undefined ? (p.time - prev.time) / 1000 : undefined;
    if (p.segmentStart) {
      // a new segment is a pause the device recorded: positions are not bridged
      if (!useDeviceDistance) step = 0;
    } else if (dt !== undefined && dt > PAUSE_GAP_S) {
      // a long gap without a new segment (auto-pause, lost signal): the distance counts,
      // the time does not count as moving
    } else if (dt !== undefined && dt > 0 && step / dt >= MOVING_SPEED) {
      moving += dt;
    }
    distance += step;
    if (p.time !== undefined && (hasPos || useDeviceDistance))
      samples.push({ t: p.time, d: distance });
    if (hasPos || p.dist !== undefined || p.time !== undefined) prev = p;
  }
  const out: TrackSummary = { distanceMeters: distance, positioned, timed, splits: [] };
  if (startMs !== undefined && endMs !== undefined) {
    out.startMs = startMs;
    out.endMs = endMs;
    out.elapsedSeconds = (endMs - startMs) / 1000;
    if (moving > 0) out.movingSeconds = moving;
  }
  if (elevations.length > 1)
    out.elevationGainMeters = tenth(elevationGain(elevations, elevationThreshold));
  if (hrN > 0) {
    out.avgHeartRate = Math.round(hrSum / hrN);
    out.maxHeartRate = hrMax;
  }
  if (cadN > 0) out.avgCadence = cadSum / cadN;
  out.splits = kmSplits(samples, points);
  const sustained = sustainedSpeed(samples, 30);
  if (sustained !== undefined) out.sustainedMaxSpeed = sustained;
  return out;
}

/** Splits every 1000 m of cumulative distance; a last part under 200 m is dropped. */
function kmSplits(
  samples: readonly { t: number; d: number }[],
  points: readonly TrackPoint[],
): Lap[] {
  const first = samples[0];
  if (!first || samples.length < 2) return [];
  const splits: Lap[] = [];
  const hrPoints = points.filter(
    (p) => p.time !== undefined && p.hr !== undefined && p.hr > 0 && p.hr < 255,
  );
  let j = 0; // heart-rate points are consumed in time order: one pass over the file
  let from = first;
  for (const s of samples) {
    if (s.d - from.d >= 1000 || (s === samples[samples.length - 1] && s.d - from.d >= 200)) {
      const lap = lapWithPace({
        startOffsetSeconds: (from.t - first.t) / 1000,
        elapsedSeconds: (s.t - from.t) / 1000,
        distanceMeters: tenth(s.d - from.d),
      });
      let hrSum = 0;
      let hrN = 0;
      while (j < hrPoints.length && hrPoints[j]!.time! <= s.t) {
        if (hrPoints[j]!.time! >= from.t) {
          hrSum += hrPoints[j]!.hr!;
          hrN++;
        }
        j++;
      }
      if (hrN > 0) lap.avgHeartRate = Math.round(hrSum / hrN);
      if (lap.elapsedSeconds > 0) splits.push(lap);
      from = s;
    }
  }
  return splits;
}

function validPos(p: TrackPoint): boolean {
  return p.lat !== undefined && p.lon !== undefined && validLatLon(p.lat, p.lon);
}

/** Highest average speed over any window of at least `windowS` seconds (two-pointer scan). */
function sustainedSpeed(
  samples: readonly { t: number; d: number }[],
  windowS: number,
): number | undefined {
  let best: number | undefined;
  let j = 0;
  for (let i = 0; i < samples.length; i++) {
    const si = samples[i]!;
    while (j < i && (si.t - samples[j + 1]!.t) / 1000 >= windowS) j++;
    const sj = samples[j]!;
    const dt = (si.t - sj.t) / 1000;
    if (dt >= windowS && dt <= windowS * 4) {
      const v = (si.d - sj.d) / dt;
      if (best === undefined || v > best) best = v;
    }
  }
  return best;
}

/** Seconds per km from metres and seconds; undefined when either is missing or zero. */
export function paceSecondsPerKm(
  meters: number | undefined,
  seconds: number | undefined,
): number | undefined {
  if (!meters || !seconds || meters < 1 || seconds <= 0) return undefined;
  return Math.round((seconds / (meters / 1000)) * 10) / 10;
}

/** A lap with pace filled from its distance and time. */
export function lapWithPace(lap: Lap): Lap {
  const pace = paceSecondsPerKm(lap.distanceMeters, lap.elapsedSeconds);
  return pace === undefined ? lap : { ...lap, avgPaceSecondsPerKm: pace };
}

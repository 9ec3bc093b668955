/**
 * FIT files to activities: one activity per session (multisport files are split, chained
 * files with several headers are read through), sessions' own totals as the figures,
 * records for what a session leaves out. Non-activity FIT files (settings, courses...)
 * are skipped with a reason.
 */
import type { Activity, Lap } from "../core/activity.js";
import {
  decodeWithFitFileParser,
  decodeWithSdk,
  type FitData,
  type FitLap,
  type FitRecord,
  type FitSession,
} from "./fit-decode.js";
import { elevationGain } from "./geo.js";
import { isoFromMs } from "./instant.js";
import { decideSport } from "./sport.js";
import { lapWithPace, paceSecondsPerKm, storedDuration, tenth } from "./track.js";
import { Deadline, FileProblem, type FileReading } from "./types.js";

/** FIT sub-sports that are never a run, whatever the sport says. */
const SPORT_NAMES: Record<string, string> = {
  fitness_equipment: "Fitness equipment",
  training: "Training",
  walking: "Walk",
  hiking: "Hike",
  rowing: "Rowing",
  generic: "Generic activity",
};

/**
 * Reads a FIT file (already un-gzipped).
 *
 * @example
 * readFit(bytes, new Deadline(20_000)).activities.map((a) => a.sport);
 */
export function readFit(bytes: Uint8Array, deadline: Deadline): FileReading {
  if (bytes.length < 12) throw new FileProblem("too short to be a FIT file");
  const notes: string[] = [];
  let data: FitData | undefined;
  let sdk: ReturnType<typeof decodeWithSdk>;
  try {
    sdk = decodeWithSdk(bytes);
  } catch (e) {
    sdk = { failure: e instanceof Error ? e.message : String(e) };
  }
  deadline.check();
  if (sdk.data && !sdk.failure) data = sdk.data;
  else if (sdk.failure === "not a FIT file (no FIT header)") throw new FileProblem(sdk.failure);
  else {
    // The SDK stopped early (compressed timestamps, summary-first files): try the other reader.
    let other: ReturnType<typeof decodeWithFitFileParser>;
    try {
      other = decodeWithFitFileParser(bytes);
    } catch (e) {
      other = { failure: e instanceof Error ? e.message : String(e) };
    }
    deadline.check();
    if (other.data && other.data.sessions.length + other.data.records.length > 0) data = other.data;
    else if (sdk.data) {
      data = sdk.data;
      notes.push("records could not be read; figures come from the session summary");
    } else throw new FileProblem(`FIT file could not be read (${sdk.failure ?? other.failure})`);
  }
  if (data.fileType && data.fileType !== "activity") {
    return {
      activities: [],
      skipped: [
        {
          index: 0,
          reason: `a FIT ${data.fileType.replace(/_/g, " ")} file, not a recorded activity`,
        },
      ],
      notes,
    };
  }
  if (!data.integrityOk)
    notes.push(
      "the file's checksum or length does not match (damaged or cut short); read what was intact",
    );
  for (const p of data.problems) notes.push(`decoder: ${p}`);
  let sessions = data.sessions.filter(
    (s) => s.startMs !== undefined || s.totalElapsedTime !== undefined,
  );
  if (sessions.length === 0) {
    const built = sessionFromRecords(data);
    if (!built) {
      return {
        activities: [],
        skipped: [
          {
            index: 0,
            reason: "no session and no usable records in the FIT file; nothing to import",
          },
        ],
        notes,
      };
    }
    notes.push(
      "the file has no session summary (recording not finished); figures rebuilt from its records",
    );
    sessions = [built];
  }
  const out: FileReading = { activities: [], skipped: [], notes };
  sessions.forEach((s, index) => {
    deadline.check();
    const made = toActivity(s, index, sessions.length, data!);
    if (typeof made === "string") out.skipped.push({ index, reason: made });
    else out.activities.push(made);
  });
  return out;
}

function sportName(s: FitSession): string | undefined {
  const sub = s.subSport ?? "";
  if (/walk|hik|rowing|strength|cardio|elliptical|stair|yoga|pilates/.test(sub))
    return sub.replace(/_/g, " ");
  if (
    s.sport === "running" ||
    s.sport === "cycling" ||
    s.sport === "swimming" ||
    s.sport === "transition"
  )
    return s.sport;
  return s.sport ? (SPORT_NAMES[s.sport] ?? s.sport.replace(/_/g, " ")) : undefined;
}

function toActivity(s: FitSession, index: number, count: number, data: FitData): Activity | string {
  const decision = decideSport(sportName(s));
  if ("skip" in decision)
    return count > 1 ? `part ${index + 1} of ${count}: ${decision.skip}` : decision.skip;
  const sport = decision.sport;
  const startMs =
    s.startMs ??
    (s.endMs !== undefined && s.totalElapsedTime !== undefined
      ? s.endMs - s.totalElapsedTime * 1000
      : undefined);
  if (startMs === undefined) return "the session has no start time; nothing to import";
  const elapsed =
    s.totalElapsedTime ?? (s.endMs !== undefined ? (s.endMs - startMs) / 1000 : undefined);
  const stored = storedDuration(elapsed);
  if (elapsed === undefined || stored === undefined)
    return "the session has no duration; nothing to import";
  const endMs = startMs + elapsed * 1000;
  const records = recordsIn(data.records, startMs, endMs);
  const a: Activity = {
    sport,
    startTime: isoFromMs(startMs, "start time"),
    elapsedSeconds: stored,
    laps: lapsOf(s, index, data, startMs, endMs),
    source: { kind: "fit", index },
  };
  if (s.subSport && s.subSport !== "generic") a.subSport = s.subSport;
  if (s.totalTimerTime !== undefined && s.totalTimerTime > 0)
    a.movingSeconds = tenth(Math.min(s.totalTimerTime, elapsed));
  const dist = s.totalDistance ?? lastDistance(records);
  if (dist !== undefined && dist > 0) a.distanceMeters = tenth(dist);
  const ascent = s.totalAscent ?? gainFromRecords(records);
  if (ascent !== undefined) a.elevationGainMeters = ascent;
  const hr =
    s.avgHeartRate !== undefined
      ? { avg: s.avgHeartRate, max: s.maxHeartRate }
      : hrFromRecords(records);
  if (hr?.avg !== undefined && hr.avg > 0) a.avgHeartRate = Math.round(hr.avg);
  if (hr?.max !== undefined && hr.max > 0) a.maxHeartRate = Math.round(hr.max);
  if (s.avgCadence !== undefined && s.avgCadence > 0) {
    const c = s.avgCadence + (s.avgFractionalCadence ?? 0);
    // FIT running cadence counts strides (one foot); Limber reports steps of both feet
    a.avgCadence = Math.round(sport === "run" ? c * 2 : c);
  }
  if (sport === "run") {
    const pace = paceSecondsPerKm(a.distanceMeters, a.movingSeconds ?? a.elapsedSeconds);
    if (pace !== undefined) a.avgPaceSecondsPerKm = pace;
  }
  if (data.localOffsetSeconds !== undefined) {
    const tz = offsetText(data.localOffsetSeconds);
    if (tz) a.timeZone = tz;
  }
  if (/\brace\b/i.test(s.profileName ?? "") || /\brace\b/i.test(data.workoutName ?? ""))
    a.raceFlag = true;
  return a;
}

/** Laps of one session: by the session's lap range when given, else by time. */
function lapsOf(
  s: FitSession,
  index: number,
  data: FitData,
  startMs: number,
  endMs: number,
): Lap[] {
  let laps: FitLap[];
  if (
    s.firstLapIndex !== undefined &&
    s.numLaps !== undefined &&
    s.firstLapIndex + s.numLaps <= data.laps.length
  ) {
    laps = data.laps.slice(s.firstLapIndex, s.firstLapIndex + s.numLaps);
  } else {
    laps = data.laps.filter(
      (l) => l.startMs !== undefined && l.startMs >= startMs - 1000 && l.startMs < endMs,
    );
    if (laps.length === 0 && index === 0 && data.sessions.length <= 1) laps = data.laps;
  }
  return laps.map((l) => {
    const lap: Lap = {
      startOffsetSeconds:
        l.startMs !== undefined ? tenth(Math.max(0, (l.startMs - startMs) / 1000)) : 0,
      elapsedSeconds: tenth(l.totalTimerTime ?? l.totalElapsedTime ?? 0),
    };
    if (l.totalDistance !== undefined) lap.distanceMeters = tenth(l.totalDistance);
    if (l.avgHeartRate !== undefined) lap.avgHeartRate = l.avgHeartRate;
    if (l.maxHeartRate !== undefined) lap.maxHeartRate = l.maxHeartRate;
    if (l.totalAscent !== undefined) lap.elevationGainMeters = l.totalAscent;
    return lapWithPace(lap);
  });
}

/** A session rebuilt from records, for files cut off before their summary was written. */
function sessionFromRecords(data: FitData): FitSession | undefined {
  const timed = data.records.filter((r) => r.t !== undefined);
  if (timed.length < 2) return undefined;
  const first = timed[0]!.t!;
  const last = timed[timed.length - 1]!.t!;
  if (!(last > first)) return undefined;
  const s: FitSession = { startMs: first, totalElapsedTime: (last - first) / 1000 };
  if (data.sportHint) s.sport = data.sportHint;
  return s;
}

function recordsIn(records: readonly FitRecord[], startMs: number, endMs: number): FitRecord[] {
  return records.filter((r) => r.t === undefined || (r.t >= startMs - 1000 && r.t <= endMs + 1000));
}

function lastDistance(records: readonly FitRecord[]): number | undefined {
  let first: number | undefined;
  let last: number | undefined;
  for (const r of records) {
    if (r.distance === undefined) continue;
    first ??= r.distance;
    last = r.distance;
  }
  return first !== undefined && last !== undefined ? last - first : undefined;
}

function gainFromRecords(records: readonly FitRecord[]): number | undefined {
  const alts = records
    .map((r) => r.altitude)
    .filter((v): v is number => v !== undefined && Math.abs(v) < 10_000);
  return alts.length > 1 ? tenth(elevationGain(alts, 2)) : undefined;
}

function hrFromRecords(records: readonly FitRecord[]): { avg?: number; max?: number } | undefined {
  let sum = 0;
  let count = 0;
  let max = 0;
  for (const r of records) {
    if (r.hr === undefined || r.hr <= 0 || r.hr >= 255) continue;
    sum += r.hr;
    count++;
    max = Math.max(max, r.hr);
  }
  return count > 0 ? { avg: sum / count, max } : undefined;
}

/** "+02:00" from an offset in seconds, rounded to 15 minutes; undefined when implausible. */
function offsetText(seconds: number): string | undefined {
  const q = Math.round(seconds / 900) * 900;
  if (!Number.isFinite(q) || Math.abs(q) > 14 * 3600) return undefined;
  const sign = q < 0 ? "-" : "+";
  const abs = Math.abs(q);
  const h = String(Math.floor(abs / 3600)).padStart(2, "0");
  const m = String(Math.floor((abs % 3600) / 60)).padStart(2, "0");
  return `${sign}${h}:${m}`;
}

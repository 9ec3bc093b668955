/**
 * Checks a stored run record (from an export document or an API client), field by field.
 */
import { InputError } from "../../core/errors.js";
import type { Activity, Lap, RunClassification } from "../../core/activity.js";
import type { RunRecord } from "../../core/journal/types.js";
import { RUN_TYPES, isRuleId } from "../../core/vocabulary.js";
import { isoInstant, list, numberIn, oneOf, optional, record, text, wholeNumber, yesNo } from "./validate.js";

const SPORTS = ["run", "cycling", "swimming"] as const;
const SOURCE_KINDS = ["fit", "gpx", "tcx", "strava-csv", "manual"] as const;
const BIG = 1e7;

function lap(v: unknown, p: string): Lap {
  const o = record(p, v);
  const out: Lap = {
    startOffsetSeconds: numberIn(`${p}.startOffsetSeconds`, o.startOffsetSeconds, 0, BIG),
    elapsedSeconds: numberIn(`${p}.elapsedSeconds`, o.elapsedSeconds, 0, BIG),
  };
  for (const k of ["distanceMeters", "avgHeartRate", "maxHeartRate", "avgPaceSecondsPerKm", "elevationGainMeters"] as const) {
    const n = optional(o[k], (x) => numberIn(`${p}.${k}`, x, 0, BIG));
    if (n !== undefined) out[k] = n;
  }
  return out;
}

/** Checks an activity; `p` names its place, e.g. "runs[3].activity". */
export function validateActivity(v: unknown, p: string): Activity {
  const o = record(p, v);
  const src = record(`${p}.source`, o.source);
  const source: Activity["source"] = { kind: oneOf(`${p}.source.kind`, src.kind, SOURCE_KINDS) };
  const fileName = text(`${p}.source.fileName`, src.fileName, 500);
  const fileHash = text(`${p}.source.fileHash`, src.fileHash, 200);
  const index = optional(src.index, (x) => wholeNumber(`${p}.source.index`, x, 0, 100_000));
  if (fileName) source.fileName = fileName;
  if (fileHash) source.fileHash = fileHash;
  if (index !== undefined) source.index = index;
  if (src.notes !== undefined) source.notes = list(`${p}.source.notes`, src.notes).map((n, i) => text(`${p}.source.notes[${i}]`, n) ?? "");
  const a: Activity = {
    sport: oneOf(`${p}.sport`, o.sport, SPORTS),
    startTime: isoInstant(`${p}.startTime`, o.startTime),
    elapsedSeconds: numberIn(`${p}.elapsedSeconds`, o.elapsedSeconds, 0, BIG),
    laps: list(`${p}.laps`, o.laps).map((l, i) => lap(l, `${p}.laps[${i}]`)),
    source,
  };
  const subSport = text(`${p}.subSport`, o.subSport, 100);
  const name = text(`${p}.name`, o.name, 500);
  const timeZone = text(`${p}.timeZone`, o.timeZone, 100);
  if (subSport) a.subSport = subSport;
  if (name) a.name = name;
  if (timeZone) a.timeZone = timeZone;
  for (const k of ["movingSeconds", "distanceMeters", "elevationGainMeters", "avgHeartRate", "maxHeartRate", "avgPaceSecondsPerKm", "avgCadence"] as const) {
    const n = optional(o[k], (x) => numberIn(`${p}.${k}`, x, 0, BIG));
    if (n !== undefined) a[k] = n;
  }
  const rpe = optional(o.rpe, (x) => numberIn(`${p}.rpe`, x, 0, 10));
  if (rpe !== undefined) a.rpe = rpe;
  const race = optional(o.raceFlag, (x) => yesNo(`${p}.raceFlag`, x));
  if (race !== undefined) a.raceFlag = race;
  return a;
}

function classification(v: unknown, p: string): RunClassification {
  const o = record(p, v);
  return {
    type: oneOf(`${p}.type`, o.type, RUN_TYPES),
    reasons: list(`${p}.reasons`, o.reasons).map((r, i) => text(`${p}.reasons[${i}]`, r) ?? ""),
    rules: list(`${p}.rules`, o.rules).map((r, i) => {
      if (!isRuleId(r)) throw new InputError(`${p}.rules[${i}]`, `${JSON.stringify(r)} is not a rule id`);
      return r;
    }),
  };
}

/** Checks a whole run record; `p` names its place, e.g. "runs[3]". */
export function validateRunRecord(v: unknown, p: string): RunRecord {
  const o = record(p, v);
  const id = text(`${p}.id`, o.id, 100);
  if (!id) throw new InputError(`${p}.id`, "is required");
  const r: RunRecord = { id, activity: validateActivity(o.activity, `${p}.activity`), createdAt: isoInstant(`${p}.createdAt`, o.createdAt) };
  const c = optional(o.classification, (x) => classification(x, `${p}.classification`));
  if (c) r.classification = c;
  const t = optional(o.typeOverride, (x) => oneOf(`${p}.typeOverride`, x, RUN_TYPES));
  if (t) r.typeOverride = t;
  const rpe = optional(o.rpe, (x) => numberIn(`${p}.rpe`, x, 0, 10));
  if (rpe !== undefined) r.rpe = rpe;
  const est = optional(o.rpeEstimated, (x) => yesNo(`${p}.rpeEstimated`, x));
  if (est !== undefined) r.rpeEstimated = est;
  const planned = optional(o.planned, (x) => yesNo(`${p}.planned`, x));
  if (planned !== undefined) r.planned = planned;
  return r;
}

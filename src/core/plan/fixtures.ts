/**
 * Small builders of journal records for tests, examples and benchmarks: a profile, a run
 * at a local time, a logged session. Plain data, no defaults hidden elsewhere.
 */
import type { BodyCheck, Profile, RunRecord, SessionLog } from "../journal/types.js";
import type { Region, RunType, SessionKind } from "../vocabulary.js";
import { instantOf } from "../time/calendar.js";

/** A profile with the given overrides. */
export function profileOf(over: Partial<Profile> = {}): Profile {
  return {
    name: "Runner",
    units: "metric",
    timeZone: "UTC",
    equipment: ["foam-roller"],
    previousInjuries: [],
    goals: [],
    ...over,
  };
}

/**
 * A run on a calendar day at a local time.
 *
 * @example
 * runOn("2026-11-24", "07:00", "easy", 40, "Europe/Berlin");
 */
export function runOn(
  date: string,
  time: string,
  type: RunType | "cycling" | "swimming",
  minutes: number,
  timeZone = "UTC",
  extra: Partial<RunRecord> = {},
): RunRecord {
  const startTime = new Date(instantOf(date, time, timeZone)).toISOString();
  const cross = type === "cycling" || type === "swimming";
  return {
    id: `run-${date}-${time}-${type}`,
    activity: {
      sport: cross ? type : "run",
      startTime,
      elapsedSeconds: minutes * 60,
      laps: [],
      source: { kind: "manual" },
    },
    ...(cross ? {} : { typeOverride: type }),
    createdAt: startTime,
    ...extra,
  };
}

/** A logged session on a day at a local time, with done movement ids and ratings. */
export function sessionOn(
  date: string,
  time: string,
  movementIds: string[],
  opts: {
    timeZone?: string;
    kind?: SessionKind;
    before?: SessionLog["before"];
    after?: SessionLog["after"];
    minutes?: number;
  } = {},
): SessionLog {
  const startedAt = new Date(instantOf(date, time, opts.timeZone ?? "UTC")).toISOString();
  const seconds = (opts.minutes ?? 6) * 60;
  const per = Math.max(1, Math.floor(seconds / Math.max(1, movementIds.length)));
  return {
    id: `session-${date}-${time}`,
    startedAt,
    kind: opts.kind ?? "mini",
    routine: {
      totalSeconds: per * movementIds.length,
      items: movementIds.map((id) => ({
        id,
        name: id,
        phase: "mobility",
        regions: ["calves"],
        equipment: [],
        seconds: per,
        sides: 1,
        cues: [],
        reasons: [],
      })),
      warnings: [],
      reasons: [],
    },
    items: movementIds.map((id) => ({ id, status: "done" })),
    ...(opts.before ? { before: opts.before } : {}),
    ...(opts.after ? { after: opts.after } : {}),
    createdAt: startedAt,
  };
}

/** A body check with one stiffness per region. */
export function bodyCheckOn(date: string, stiffness: Partial<Record<Region, number>>): BodyCheck {
  return {
    id: `check-${date}`,
    date,
    entries: Object.entries(stiffness).map(([region, s]) => ({
      region: region as Region,
      stiffness: s ?? 0,
      tenderness: 0,
      rebound: false,
    })),
    createdAt: `${date}T06:00:00.000Z`,
  };
}

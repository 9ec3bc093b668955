/**
 * Sample journal records for tests: plausible values, every optional field exercised.
 */
import type { Activity } from "../../core/activity.js";
import type {
  BodyCheck,
  PainFlag,
  RomTest,
  RunComfort,
  SessionLog,
} from "../../core/journal/types.js";
import type { Routine } from "../../core/routine/types.js";
import type { NewRunRecord } from "../repositories/runs.js";

export const sampleRoutine: Routine = {
  totalSeconds: 150,
  items: [
    {
      id: "foam-roll-calves",
      name: "Foam roll calves",
      phase: "release",
      regions: ["calves"],
      equipment: ["foam-roller"],
      seconds: 90,
      sides: 2,
      pressure: "light",
      cues: ["Roll slowly", "Pause on a tender spot"],
      reasons: ["S1", "S2"],
    },
    {
      id: "wall-ankle-mobilisation",
      name: "Wall ankle mobilisation",
      phase: "mobility",
      regions: ["ankles"],
      equipment: [],
      seconds: 60,
      sides: 2,
      reps: 10,
      cues: ["Knee over toes"],
      reasons: ["T8"],
    },
  ],
  warnings: [{ code: "X3", region: "hamstrings-left", message: "Gentle range only." }],
  followUp: { session: "evening", minutes: 10, why: "The rest later today." },
  reasons: ["S4", "T1"],
};

export function sampleSession(id: string, startedAt: string): SessionLog {
  return {
    id,
    startedAt,
    kind: "post-run",
    routine: sampleRoutine,
    items: [
      { id: "foam-roll-calves", status: "done", pressure: "moderate" },
      { id: "wall-ankle-mobilisation", status: "skipped" },
    ],
    before: { stiffness: 6, soreness: 4 },
    after: { stiffness: 3, soreness: 3, pain: 0 },
    mood: 4,
    energy: 3,
    notes: "Calves felt better",
    createdAt: startedAt,
  };
}

export function sampleBodyCheck(id: string, date: string): BodyCheck {
  return {
    id,
    date,
    entries: [
      {
        region: "calves",
        side: "left",
        stiffness: 6,
        tenderness: 3,
        fadeSeconds: 20,
        rebound: true,
      },
      { region: "hamstrings", stiffness: 2, tenderness: 0, rebound: false },
    ],
    createdAt: `${date}T07:00:00.000Z`,
  };
}

export function sampleRomTest(id: string, date: string): RomTest {
  return {
    id,
    date,
    test: "knee-to-wall",
    left: 9.5,
    right: 11,
    notes: "after warm-up",
    createdAt: `${date}T07:10:00.000Z`,
  };
}

export function samplePainFlag(id: string, openedAt: string): PainFlag {
  return { id, region: "calves", side: "left", kind: "niggle", openedAt };
}

export function sampleActivity(
  startTime: string,
  distanceMeters: number | undefined,
  extra: Partial<Activity> = {},
): Activity {
  return {
    sport: "run",
    startTime,
    elapsedSeconds: 3600,
    movingSeconds: 3550,
    ...(distanceMeters === undefined ? {} : { distanceMeters }),
    avgHeartRate: 142,
    laps: [{ startOffsetSeconds: 0, elapsedSeconds: 1800, distanceMeters: 5000 }],
    source: { kind: "fit", fileName: "morning.fit", fileHash: "ab12", index: 0 },
    ...extra,
  };
}

export function sampleRun(
  startTime: string,
  distanceMeters = 10_000,
  extra: Partial<Activity> = {},
): NewRunRecord {
  return {
    activity: sampleActivity(startTime, distanceMeters, extra),
    classification: { type: "easy", reasons: ["steady heart rate"], rules: ["L3"] },
    rpe: 4,
    rpeEstimated: true,
  };
}

export function sampleComfort(id: string, date: string, runId?: string): RunComfort {
  return { id, date, comfort: 8, ...(runId ? { runId } : {}), createdAt: `${date}T18:00:00.000Z` };
}

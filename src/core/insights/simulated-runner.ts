/**
 * A simulated runner for testing the insights and benchmarking the coach: seeded, so every
 * run of the generator gives the same journal. Each technique has a hidden true effect on
 * next-day stiffness (and a small one on ankle range); days, runs, sessions and ratings are
 * drawn around it with noise, the way a real journal would look.
 *
 * Stiffness model (0-10, latent):
 *   s(d+1) = 3.5 + 0.4 (s(d) - 3.5) + 0.004 load(d) + sum of effects of techniques done on d + noise(sd)
 * and the runner rates the rounded value before each session. After the session (P1) the
 * rating is about a point lower, plus the same effects of the techniques done (unless
 * `onTheSpot` is false), with noise.
 */
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type {
  RomTest,
  RunComfort,
  RunRecord,
  SessionItemLog,
  SessionLog,
} from "../journal/types.js";
import type { RoutineItem } from "../routine/types.js";
import type { RunType } from "../vocabulary.js";
import { addDays } from "../time/calendar.js";

export interface SimulationOptions {
  seed: number;
  /** First day, UTC calendar. */
  start: string;
  weeks: number;
  /** Hidden effect of each technique on next-day stiffness (negative = helps). */
  effects: Record<string, number>;
  /** Techniques done in every session (never testable: no days without them). */
  staples?: string[];
  /** Chance of a session on a day (default 0.85). */
  sessionChance?: number;
  /** Chance a technique is part of a session (default 0.5). */
  techniqueChance?: number;
  /** Day-to-day noise of stiffness (default 0.9). */
  noise?: number;
  /** Runs a week (default 4). */
  runsPerWeek?: number;
  /**
   * Whether the effects show within the session too, on the after-rating (default true);
   * false: only the next morning, a benefit the session's ratings cannot see.
   */
  onTheSpot?: boolean;
}

export interface SimulatedJournal {
  runs: RunRecord[];
  sessions: SessionLog[];
  romTests: RomTest[];
  runComfort: RunComfort[];
  truth: Record<string, number>;
}

/** A seeded source of uniform and normal numbers. */
export function randomSource(seed: number) {
  const rng = xoroshiro128plus(seed);
  const uniform = () => uniformInt(rng, 0, 0x7fffffff) / 0x80000000;
  const normal = () => {
    const u = Math.max(uniform(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  return { uniform, normal };
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

function item(id: string): RoutineItem {
  return {
    id,
    name: id,
    phase: "mobility",
    regions: ["calves"],
    equipment: [],
    seconds: 60,
    sides: 1,
    cues: [],
    reasons: [],
  };
}

/**
 * @example
 * const j = simulateRunner({ seed: 1, start: "2026-01-05", weeks: 12, effects: { "calf-roll": -1, "leg-swing": 0 } });
 * j.sessions.length; // about 70
 */
export function simulateRunner(o: SimulationOptions): SimulatedJournal {
  const onTheSpot = (ids: string[]) =>
    o.onTheSpot === false ? 0 : ids.reduce((a, id) => a + (o.effects[id] ?? 0), 0);
  const r = randomSource(o.seed);
  const techniques = Object.keys(o.effects);
  const staples = o.staples ?? [];
  const sessionChance = o.sessionChance ?? 0.85;
  const techniqueChance = o.techniqueChance ?? 0.5;
  const noise = o.noise ?? 0.9;
  const runsPerWeek = o.runsPerWeek ?? 4;
  const runs: RunRecord[] = [];
  const sessions: SessionLog[] = [];
  const romTests: RomTest[] = [];
  const runComfort: RunComfort[] = [];
  let stiffness = 3.5;
  let ankle = 8 + r.normal();
  let lastThorough = -10;
  let lastSession = -10;
  const days = o.weeks * 7;
  for (let i = 0; i < days; i++) {
    const date = addDays(o.start, i);
    const rating = Math.round(clamp(stiffness, 0, 10));
    let usedToday: string[] = [];
    if (r.uniform() < sessionChance) {
      usedToday = techniques.filter(() => r.uniform() < techniqueChance);
      const skippedOne = r.uniform() < 0.15;
      const ids = [...staples, ...usedToday];
      const hour = 7 + Math.floor(r.uniform() * 2);
      const startedAt = `${date}T0${hour}:${String(10 + Math.floor(r.uniform() * 40))}:00.000Z`;
      const items: SessionItemLog[] = ids.map((id) => ({ id, status: "done" }));
      if (skippedOne)
        items.push(
          { id: "extra-hold", status: "skipped" as const },
          { id: "extra-hold-2", status: "skipped" as const },
        );
      sessions.push({
        id: `s-${o.seed}-${i}`,
        startedAt,
        kind: "mini",
        routine: { totalSeconds: ids.length * 60, items: ids.map(item), warnings: [], reasons: [] },
        items,
        before: { stiffness: rating, soreness: clamp(rating - 1, 0, 10), pain: 0 },
        after: {
          stiffness: Math.round(
            clamp(stiffness - 1 + onTheSpot(usedToday) + r.normal() * 0.7, 0, 10),
          ),
          soreness: clamp(rating - 1, 0, 10),
          pain: 0,
        },
        createdAt: startedAt,
      });
      lastSession = i;
      if (!skippedOne) lastThorough = i;
    }
    let load = 0;
    const weekday = i % 7;
    const runDay =
      runsPerWeek >= 7 || [1, 3, 5, 6, 0, 2, 4].slice(0, runsPerWeek).includes(weekday);
    if (runDay) {
      const type: RunType = weekday === 5 ? "long" : weekday === 3 ? "tempo" : "easy";
      const minutes = type === "long" ? 90 + r.normal() * 10 : 40 + r.normal() * 8;
      const rpe = type === "long" ? 5 : type === "tempo" ? 7 : 3;
      const hr = type === "tempo" ? 165 : 142 + r.normal() * 3;
      const pace = type === "tempo" ? 270 : 345 + r.normal() * 8;
      load = minutes * rpe;
      const startTime = `${date}T17:${String(Math.floor(r.uniform() * 50) + 10)}:00.000Z`;
      const id = `r-${o.seed}-${i}`;
      runs.push({
        id,
        activity: {
          sport: "run",
          startTime,
          elapsedSeconds: Math.round(minutes * 60),
          distanceMeters: Math.round((minutes * 60 * 1000) / pace),
          avgHeartRate: Math.round(hr),
          avgPaceSecondsPerKm: Math.round(pace),
          laps: [],
          source: { kind: "manual" },
        },
        typeOverride: type,
        rpe,
        createdAt: startTime,
      });
      const thorough = lastThorough === i;
      const none = lastSession < i - 1;
      const comfort = Math.round(
        clamp(6 + (thorough ? 1 : 0) - (none ? 0.5 : 0) + r.normal() * 1.3, 0, 10),
      );
      runComfort.push({ id: `c-${o.seed}-${i}`, date, runId: id, comfort, createdAt: startTime });
    }
    if (weekday === 0) {
      const left = Math.round((ankle + r.normal() * 0.4) * 10) / 10;
      const right = Math.round((ankle - 0.5 + r.normal() * 0.4) * 10) / 10;
      romTests.push({
        id: `t-${o.seed}-${i}`,
        date,
        test: "knee-to-wall",
        left,
        right,
        createdAt: `${date}T06:00:00.000Z`,
      });
    }
    const effect = usedToday.reduce((a, id) => a + (o.effects[id] ?? 0), 0);
    for (const id of usedToday) if ((o.effects[id] ?? 0) < 0) ankle += 0.03;
    stiffness = 3.5 + 0.4 * (stiffness - 3.5) + 0.004 * load + effect + r.normal() * noise;
  }
  return { runs, sessions, romTests, runComfort, truth: { ...o.effects } };
}

/**
 * A simulated cohort for the insights and the prescription: each runner has hidden true
 * effects per technique, runs (with hard weeks), and logs what `limber today` would give
 * them through the same services the CLI calls, into a real journal. Seeded, so every run
 * of the cohort gives the same journals.
 *
 * The runner's stiffness (0-10, latent) moves day to day:
 *   s(d+1) = 3.5 + 0.5 (s(d) - 3.5) + 0.004 load(d) + 0.8 [hard week] + next-morning effects + noise
 * and a session changes it on the spot (P1): after = before - 0.5 + session effects + noise,
 * both rated as whole numbers. Knee-to-wall and straight-leg raise are re-tested weekly with
 * 0.6 cm / 2.5 deg measurement noise; a technique that truly helps a region also adds range
 * to that region's test.
 */
import { MOVEMENTS, movementById } from "../../../core/catalog/index.js";
import type { Movement } from "../../../core/catalog/types.js";
import { randomSource } from "../../../core/insights/simulated-runner.js";
import type { Prescription } from "../../../core/plan/prescription-types.js";
import { addDays } from "../../../core/time/calendar.js";
import { buildRoutine } from "../../../core/routine/index.js";
import type { Routine, RoutineContext, RoutineItem } from "../../../core/routine/types.js";
import type { Equipment, Region, RunType } from "../../../core/vocabulary.js";
import { ensureUser, type Database } from "../../../store/index.js";
import { addManualRun, addRomTest, logSession, updateProfile } from "../../journal/index.js";
import { prescriptionToday } from "../prescription.js";

export interface CohortRunner {
  seed: number;
  weeks: number;
  /** Thin data: logs only now and then, over a short time. */
  thin: boolean;
  newToSoftTissue: boolean;
  /** Chance of a session on a day. */
  sessionChance: number;
  /** Has a technique that makes things worse. */
  withHarm: boolean;
  /** Always does a second (no-effect) technique together with the helpful one. */
  pairs: boolean;
}

export interface CohortTruth {
  helpful?: string;
  harmful?: string;
  paired?: string;
}

const EQUIPMENT: Equipment[][] = [
  ["foam-roller", "massage-ball", "band"],
  ["foam-roller"],
  ["massage-ball", "band"],
  [],
];

const TESTED: Region[] = ["calves", "ankles", "hamstrings"];

/** A routine item for a movement the runner adds by hand or the prescription wants. */
function itemOf(m: Movement): RoutineItem {
  return {
    id: m.id,
    name: m.name,
    phase: m.phase,
    regions: [...m.regions],
    equipment: [...m.equipment],
    seconds: 60,
    sides: 1,
    cues: [],
    reasons: ["S10"],
  };
}

/**
 * The routine the engine would give once it honours the prescription: the engine's routine,
 * without avoided movements, with the core and trial techniques in it, capped at
 * maxMovements (core and trial first). Test glue only; the engine does this itself.
 */
export function routineWith(base: Routine, p: Prescription): Routine {
  const wanted = [...p.coreMovementIds, ...(p.trialMovementId ? [p.trialMovementId] : [])];
  let items = base.items.filter((i) => !p.avoidMovementIds.includes(i.id));
  for (const id of wanted) {
    const m = movementById(id);
    if (m && !items.some((i) => i.id === id)) items.push(itemOf(m));
  }
  if (p.maxMovements !== undefined) {
    const first = items.filter((i) => wanted.includes(i.id));
    const rest = items.filter((i) => !wanted.includes(i.id));
    items = [...first, ...rest].slice(0, Math.max(p.maxMovements, first.length));
  }
  return { ...base, items, totalSeconds: items.reduce((s, i) => s + i.seconds, 0) };
}

/** Runs four days a week: easy, tempo, easy, long. */
function runOn(weekday: number): RunType | undefined {
  return weekday === 5
    ? "long"
    : weekday === 2
      ? "tempo"
      : weekday === 0 || weekday === 4
        ? "easy"
        : undefined;
}

function contextFor(run: RunType | undefined, equipment: Equipment[]): RoutineContext {
  return {
    session: run ? "post-run" : "mini",
    minutes: run ? 12 : 7,
    equipment,
    ...(run ? { run } : {}),
  };
}

const clamp = (x: number, lo = 0, hi = 10) => Math.max(lo, Math.min(hi, x));

/**
 * Lives `runner.weeks` weeks of the runner's life into `database` as user `userId`, and
 * returns the hidden truth. Every day uses the real services: the prescription for the day,
 * the engine, logSession, addManualRun, addRomTest.
 *
 * @example
 * const truth = await simulateCohortRunner(database, "r1", { seed: 1, weeks: 10, ... }, "2026-01-05");
 */
export async function simulateCohortRunner(
  database: Database,
  userId: string,
  runner: CohortRunner,
  start: string,
): Promise<CohortTruth> {
  const r = randomSource(runner.seed * 7919 + 17);
  const noon = (d: string, h: number, m = 0) =>
    new Date(`${d}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00.000Z`);
  await ensureUser(database, userId, noon(addDays(start, -1), 12));
  const equipment = EQUIPMENT[runner.seed % EQUIPMENT.length]!;
  await updateProfile(
    database,
    userId,
    {
      name: `Runner ${runner.seed}`,
      timeZone: "UTC",
      equipment,
      newToSoftTissue: runner.newToSoftTissue,
    },
    { now: noon(addDays(start, -1), 12) },
  );
  const truth: CohortTruth = {};
  const sessionEffect = new Map<string, number>();
  const morningEffect = new Map<string, number>();
  const romGain = new Map<string, number>();
  let stiffness = 4 + r.normal() * 0.5;
  let ankle = 9 + r.normal();
  let hamstring = 70 + 5 * r.normal();
  const days = runner.weeks * 7;
  // The truth is one of the techniques this runner does most often in the first two weeks
  // (at least three times): a dry run of the engine over those days, before anything is logged.
  const seen: string[] = [];
  for (let i = 0; i < 14; i++) {
    const date = addDays(start, i);
    const run = runOn(i % 7);
    const base = buildRoutine(
      contextFor(run, equipment),
      MOVEMENTS,
      Number(date.replace(/-/g, "")),
    );
    for (const it of base.items)
      if (it.phase !== "transition" && it.phase !== "breathing") seen.push(it.id);
  }
  const often = [...new Set(seen)]
    .map((id) => ({ id, n: seen.filter((x) => x === id).length }))
    .sort((a, b) => b.n - a.n || a.id.localeCompare(b.id))
    .slice(0, 5)
    .map((x) => x.id);
  const pick = often[Math.floor(r.uniform() * often.length)]!;
  truth.helpful = pick;
  const size = 0.8 + 0.6 * r.uniform();
  sessionEffect.set(pick, -size);
  morningEffect.set(pick, -size * 0.6);
  if (movementById(pick)?.regions.some((x) => TESTED.includes(x))) romGain.set(pick, 0.08);
  if (runner.pairs) {
    const other = MOVEMENTS.find(
      (x) =>
        x.phase === "mobility" &&
        x.equipment.length === 0 &&
        x.id !== pick &&
        !often.includes(x.id),
    );
    if (other) truth.paired = other.id;
  }
  if (runner.withHarm) {
    const options = often.filter((id) => id !== pick);
    truth.harmful = options[Math.floor(r.uniform() * options.length)]!;
    sessionEffect.set(truth.harmful, 1.2);
    morningEffect.set(truth.harmful, 0.6);
  }
  const hardWeeks = new Set([1 + Math.floor(r.uniform() * 3), 5 + Math.floor(r.uniform() * 3)]);
  for (let i = 0; i < days; i++) {
    const date = addDays(start, i);
    const week = Math.floor(i / 7);
    const hard = hardWeeks.has(week);
    const weekday = i % 7;
    // Runs: four a week, longer in hard weeks.
    let load = 0;
    const run = runOn(weekday);
    if (run) {
      const minutes = Math.round((run === "long" ? 85 : 40) * (hard ? 1.4 : 1) + r.normal() * 6);
      const rpe = run === "tempo" ? 7 : run === "long" ? 5 : 3;
      load = minutes * rpe;
      await addManualRun(
        database,
        userId,
        { type: run, minutes, rpe, startTime: noon(date, 6).toISOString() },
        { now: noon(date, 8) },
      );
    }
    // A session, after the morning run if any.
    const chance = runner.thin ? (i < 21 ? 0.3 : 0) : runner.sessionChance;
    let doneIds: string[] = [];
    if (r.uniform() < chance) {
      const now = noon(date, 9, Math.floor(r.uniform() * 50));
      const { prescription } = await prescriptionToday(database, userId, now);
      const context = contextFor(run, equipment);
      let routine = routineWith(
        buildRoutine(context, MOVEMENTS, Number(date.replace(/-/g, ""))),
        prescription,
      );
      if (
        truth.paired &&
        routine.items.some((x) => x.id === truth.helpful) &&
        !routine.items.some((x) => x.id === truth.paired)
      ) {
        routine = { ...routine, items: [...routine.items, itemOf(movementById(truth.paired)!)] };
        routine.totalSeconds = routine.items.reduce((s, x) => s + x.seconds, 0);
      }
      // The runner skips about one item in ten (never the paired habit alone).
      const skipped = routine.items
        .filter((x) => x.id !== truth.paired && r.uniform() < 0.1)
        .map((x) => x.id);
      if (truth.paired && skipped.includes(truth.helpful!)) skipped.push(truth.paired);
      doneIds = routine.items.map((x) => x.id).filter((id) => !skipped.includes(id));
      const before = Math.round(clamp(stiffness + r.normal() * 0.6));
      const onTheSpot = doneIds.reduce((s, id) => s + (sessionEffect.get(id) ?? 0), 0);
      const after = Math.round(clamp(stiffness - 0.5 + onTheSpot + r.normal() * 0.7));
      const harmDone = truth.harmful !== undefined && doneIds.includes(truth.harmful);
      const pain = harmDone && r.uniform() < 0.5 ? 2 : 0;
      await logSession(
        database,
        userId,
        {
          routine,
          kind: context.session,
          startedAt: now.toISOString(),
          skipped,
          before: { stiffness: before, soreness: clamp(before - 1), pain: 0 },
          after: { stiffness: after, soreness: clamp(after - 1), pain },
        },
        { now: noon(date, 10) },
      );
    }
    // Weekly re-tests on Sundays (not for thin-data runners).
    if (weekday === 6 && !runner.thin) {
      const now = noon(date, 8);
      const round = (x: number) => Math.round(x * 10) / 10;
      await addRomTest(
        database,
        userId,
        {
          test: "knee-to-wall",
          left: round(ankle + r.normal() * 0.6),
          right: round(ankle - 0.4 + r.normal() * 0.6),
          date,
        },
        { now },
      );
      await addRomTest(
        database,
        userId,
        {
          test: "straight-leg-raise",
          left: Math.round(hamstring + r.normal() * 2.5),
          right: Math.round(hamstring + 1 + r.normal() * 2.5),
          date,
        },
        { now },
      );
    }
    for (const id of doneIds) {
      const gain = romGain.get(id);
      if (!gain) continue;
      const m = movementById(id)!;
      if (m.regions.includes("calves") || m.regions.includes("ankles")) ankle += gain * 1.9;
      if (m.regions.includes("hamstrings")) hamstring += gain * 7;
    }
    const next = doneIds.reduce((s, id) => s + (morningEffect.get(id) ?? 0), 0);
    stiffness =
      3.5 + 0.5 * (stiffness - 3.5) + 0.004 * load + (hard ? 0.8 : 0) + next + r.normal() * 0.8;
  }
  return truth;
}

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
 *
 * With `checks`, the runner also logs a body check (A1) most mornings: each checked region's
 * stiffness is the whole-body stiffness plus the region's own lasting offset and day-to-day
 * wobble, rated as a whole number. With checks "alike", a technique's next-morning effect is
 * felt in every region alike, so the checks add readings of the morning, not a signal only
 * the technique's own region carries. With checks "regional", the next-morning effect is felt
 * in full in the technique's own regions and at a third in the rest of the body, and the
 * runner also checks the regions of the technique that helps (their trouble spot).
 */
import { MOVEMENTS, movementById } from "../../../core/catalog/index.js";
import { randomSource } from "../../../core/insights/simulated-runner.js";
import { addDays } from "../../../core/time/calendar.js";
import { itemOf } from "../../../core/routine/test-support/items.js";
import type { Routine } from "../../../core/routine/types.js";
import type { Equipment, Region, RunType, SessionKind } from "../../../core/vocabulary.js";
import { ensureUser, type Database } from "../../../store/index.js";
import {
  addBodyCheck,
  addManualRun,
  addRomTest,
  logSession,
  updateProfile,
} from "../../journal/index.js";
import { todayRoutine } from "../../journal/today.js";

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
  /** How much the helpful technique lowers stiffness during a session, in points. */
  size?: number;
}

const EQUIPMENT: Equipment[][] = [
  ["foam-roller", "massage-ball", "band"],
  ["foam-roller"],
  ["massage-ball", "band"],
  [],
];

const TESTED: Region[] = ["calves", "ankles", "hamstrings"];

/** Whether the runner logs morning body checks, and where a technique's next morning shows. */
export type Checks = "alike" | "regional";

/** The regions a self-check presses (A1), in the order a body check lists them. */
const CHECKED: Region[] = ["calves", "hamstrings", "quads", "glutes"];

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

const clamp = (x: number, lo = 0, hi = 10) => Math.max(lo, Math.min(hi, x));

/** The hidden effects of the runner's techniques. */
interface Effects {
  /** On the spot, on the after-rating (P1): points of stiffness, negative helps. */
  session: Map<string, number>;
  /** On the next morning's stiffness. */
  morning: Map<string, number>;
  /** Share of a smallest detectable change the tested region gains per session. */
  rom: Map<string, number>;
  /** The technique that truly helps (none in a first pass or with nothing to find). */
  helpful?: string;
  /** Done by habit whenever the helpful one is in the routine: [helpful, paired]. */
  pair?: [string, string];
}

const noon = (d: string, h: number, m = 0) =>
  new Date(`${d}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00.000Z`);

/** The ratings of a session (0-10). */
interface Ratings {
  stiffness: number;
  soreness: number;
  pain: number;
}

/**
 * What a simulated runner does, each step at `now`: through the services the CLI calls
 * (servicesActions), or through the CLI's own commands with the clock set to `now` (so the
 * two ways can be held to the same journal; see src/cli/commands/cohort-cli.test.ts).
 */
export interface RunnerActions {
  /** `limber profile`: the account and what the runner said about themselves. */
  signUp(
    profile: { name: string; equipment: Equipment[]; newToSoftTissue: boolean },
    now: Date,
  ): Promise<void>;
  /** `limber check`: a body check (A1) for `date`. */
  bodyCheck(
    date: string,
    entries: { region: Region; stiffness: number; tenderness: number }[],
    now: Date,
  ): Promise<void>;
  /** `limber run add`: a run that ends at `now`. */
  run(run: { type: RunType; minutes: number; rpe: number }, now: Date): Promise<void>;
  /** `limber today --json`: the routine for now, and the session it was built for. */
  today(now: Date): Promise<{ routine: Routine; session: SessionKind }>;
  /** `limber log`: the session done from `routine`. */
  log(
    session: {
      routine: Routine;
      kind: SessionKind;
      startedAt: string;
      skipped: string[];
      before: Ratings;
      after: Ratings;
    },
    now: Date,
  ): Promise<void>;
  /** `limber rom add`: a range-of-motion test with both sides, on `date`. */
  romTest(
    test: {
      test: "knee-to-wall" | "straight-leg-raise";
      left: number;
      right: number;
      date: string;
    },
    now: Date,
  ): Promise<void>;
}

/**
 * The runner's actions through the journal services, as user `userId` of `database`.
 *
 * @example
 * const actions = servicesActions(database, "runner-1");
 * await actions.today(new Date("2026-01-05T09:00:00Z"));
 */
export function servicesActions(database: Database, userId: string): RunnerActions {
  return {
    async signUp(profile, now) {
      await ensureUser(database, userId, now);
      await updateProfile(database, userId, { ...profile, timeZone: "UTC" }, { now });
    },
    async bodyCheck(date, entries, now) {
      await addBodyCheck(database, userId, { date, entries }, { now });
    },
    async run({ type, minutes, rpe }, now) {
      const startTime = new Date(now.getTime() - minutes * 60_000).toISOString();
      await addManualRun(database, userId, { type, minutes, rpe, startTime }, { now });
    },
    async today(now) {
      const today = await todayRoutine(database, userId, { now });
      return { routine: today.routine, session: today.session };
    },
    async log(session, now) {
      await logSession(database, userId, session, { now });
    },
    async romTest(test, now) {
      await addRomTest(database, userId, test, { now });
    },
  };
}

/** Account and profile, as `limber profile` would save them the day before the start. */
async function signUp(actions: RunnerActions, runner: CohortRunner, start: string) {
  await actions.signUp(
    {
      name: `Runner ${runner.seed}`,
      equipment: EQUIPMENT[runner.seed % EQUIPMENT.length]!,
      newToSoftTissue: runner.newToSoftTissue,
    },
    noon(addDays(start, -1), 12),
  );
}

/**
 * Lives `days` days of the runner's life from `start`: runs logged as done, a session on
 * most days with exactly the routine `limber today` gives at that moment (the real
 * `todayRoutine`, which reads the prescription from the journal itself), about one item in
 * ten skipped, ratings before and after, and weekly range-of-motion re-tests. Returns the
 * techniques done on each session day.
 */
async function live(
  actions: RunnerActions,
  runner: CohortRunner,
  start: string,
  days: number,
  effects: Effects,
  seed: number,
  checks?: Checks,
): Promise<string[][]> {
  const r = randomSource(seed);
  // The body checks draw from their own source, so the rest of the runner's life is the
  // same with and without them.
  const rc = randomSource(seed + 55_511);
  const checked = [...CHECKED];
  if (checks === "regional" && effects.helpful)
    for (const x of movementById(effects.helpful)!.regions)
      if (!checked.includes(x)) checked.push(x);
  const offset = new Map(checked.map((x) => [x, rc.normal()]));
  const wobble = new Map(checked.map((x) => [x, 0]));
  const done: string[][] = [];
  let stiffness = 4 + r.normal() * 0.5;
  let ankle = 9 + r.normal();
  let hamstring = 70 + 5 * r.normal();
  const hardWeeks = new Set([1 + Math.floor(r.uniform() * 3), 5 + Math.floor(r.uniform() * 3)]);
  const [helpful, paired] = effects.pair ?? [];
  for (let i = 0; i < days; i++) {
    const date = addDays(start, i);
    const week = Math.floor(i / 7);
    const hard = hardWeeks.has(week);
    const weekday = i % 7;
    // Most mornings, before the run, a body check of the regions A1 presses.
    if (checks && !runner.thin && rc.uniform() < 0.8) {
      const entries = checked.map((region) => {
        const level = stiffness + offset.get(region)! + wobble.get(region)! + rc.normal() * 0.6;
        const rated = Math.round(clamp(level));
        return { region, stiffness: rated, tenderness: clamp(rated - 1) };
      });
      await actions.bodyCheck(date, entries, noon(date, 5, 30));
    }
    // Runs: four a week, longer in hard weeks.
    let load = 0;
    const run = runOn(weekday);
    if (run) {
      const minutes = Math.round((run === "long" ? 85 : 40) * (hard ? 1.4 : 1) + r.normal() * 6);
      const rpe = run === "tempo" ? 7 : run === "long" ? 5 : 3;
      load = minutes * rpe;
      // Logged as it ends, so it started at 6:00.
      await actions.run(
        { type: run, minutes, rpe },
        new Date(noon(date, 6).getTime() + minutes * 60_000),
      );
    }
    // A session, after the morning run if any: what `limber today` gives, as the CLI asks.
    const chance = runner.thin ? (i < 21 ? 0.3 : 0) : runner.sessionChance;
    let doneIds: string[] = [];
    if (r.uniform() < chance) {
      const now = noon(date, 9, Math.floor(r.uniform() * 50));
      const today = await actions.today(now);
      let routine = today.routine;
      if (
        paired &&
        routine.items.some((x) => x.id === helpful) &&
        !routine.items.some((x) => x.id === paired)
      ) {
        const items = [...routine.items, itemOf(paired, { cues: [] })];
        routine = { ...routine, items, totalSeconds: items.reduce((s, x) => s + x.seconds, 0) };
      }
      // The runner skips about one item in ten (never the paired habit alone).
      const skipped = routine.items
        .filter((x) => x.id !== paired && r.uniform() < 0.1)
        .map((x) => x.id);
      if (paired && skipped.includes(helpful!)) skipped.push(paired);
      doneIds = routine.items.map((x) => x.id).filter((id) => !skipped.includes(id));
      done.push(
        routine.items
          .filter(
            (x) => !skipped.includes(x.id) && x.phase !== "transition" && x.phase !== "breathing",
          )
          .map((x) => x.id),
      );
      const before = Math.round(clamp(stiffness + r.normal() * 0.6));
      const onTheSpot = doneIds.reduce((s, id) => s + (effects.session.get(id) ?? 0), 0);
      const after = Math.round(clamp(stiffness - 0.5 + onTheSpot + r.normal() * 0.7));
      const harmDone = doneIds.some((id) => (effects.session.get(id) ?? 0) > 0);
      const pain = harmDone && r.uniform() < 0.5 ? 2 : 0;
      await actions.log(
        {
          routine,
          kind: today.session,
          startedAt: now.toISOString(),
          skipped,
          before: { stiffness: before, soreness: clamp(before - 1), pain: 0 },
          after: { stiffness: after, soreness: clamp(after - 1), pain },
        },
        noon(date, 10),
      );
    }
    // Weekly re-tests on Sundays (not for thin-data runners).
    if (weekday === 6 && !runner.thin) {
      const now = noon(date, 8);
      const round = (x: number) => Math.round(x * 10) / 10;
      await actions.romTest(
        {
          test: "knee-to-wall",
          left: round(ankle + r.normal() * 0.6),
          right: round(ankle - 0.4 + r.normal() * 0.6),
          date,
        },
        now,
      );
      await actions.romTest(
        {
          test: "straight-leg-raise",
          left: Math.round(hamstring + r.normal() * 2.5),
          right: Math.round(hamstring + 1 + r.normal() * 2.5),
          date,
        },
        now,
      );
    }
    for (const id of doneIds) {
      const gain = effects.rom.get(id);
      if (!gain) continue;
      const m = movementById(id)!;
      if (m.regions.includes("calves") || m.regions.includes("ankles")) ankle += gain * 1.9;
      if (m.regions.includes("hamstrings")) hamstring += gain * 7;
    }
    const regional = checks === "regional";
    for (const region of checked) {
      // A region's own share of the day's next-morning effects (regional checks only).
      const own = doneIds
        .filter((id) => regional && movementById(id)!.regions.includes(region))
        .reduce((s, id) => s + (2 / 3) * (effects.morning.get(id) ?? 0), 0);
      wobble.set(region, 0.5 * wobble.get(region)! + own + rc.normal() * 0.5);
    }
    const next = doneIds.reduce(
      (s, id) => s + (regional ? 1 / 3 : 1) * (effects.morning.get(id) ?? 0),
      0,
    );
    stiffness =
      3.5 + 0.5 * (stiffness - 3.5) + 0.004 * load + (hard ? 0.8 : 0) + next + r.normal() * 0.8;
  }
  return done;
}

/**
 * Lives `runner.weeks` weeks of the runner's life as user `userId`, through the actions
 * `actionsOf(userId)` gives (servicesActions: the services the CLI calls; or the CLI itself),
 * and returns the hidden truth. Every day uses what `limber today` gives at that moment,
 * prescription included, and logs it as `limber log` does.
 *
 * The helpful technique is chosen without looking inside the coach: a first pass lives the
 * runner's first two weeks, with no hidden effects, as a second user in the same database;
 * the truth is one of the five techniques `limber today` gave that runner most often then
 * (done at least three times), and the harmful one another of them.
 *
 * With `withoutEffects` the runner lives the same weeks with no hidden effect at all (the
 * truth is still drawn, and returned, but nothing acts on it): every "helps" or "worse"
 * claim is then wrong, which checks the method's error rate where it is known. With
 * `lasting` the helpful technique does nothing within the session and its whole benefit
 * shows the next morning: a check that the verdicts do not hang on the session's ratings.
 * With `checks` the runner logs a body check most mornings (see `live`).
 *
 * @example
 * const truth = await simulateCohortRunner((u) => servicesActions(database, u), "r1",
 *   { seed: 1, weeks: 10, ... }, "2026-01-05");
 */
export async function simulateCohortRunner(
  actionsOf: (userId: string) => RunnerActions,
  userId: string,
  runner: CohortRunner,
  start: string,
  options: { withoutEffects?: boolean; lasting?: boolean; checks?: Checks } = {},
): Promise<CohortTruth> {
  const r = randomSource(runner.seed * 7919 + 17);
  const daysSeed = runner.seed * 104_729 + 3;
  const none: Effects = { session: new Map(), morning: new Map(), rom: new Map() };
  const dry = `${userId}-first-weeks`;
  const dryActions = actionsOf(dry);
  await signUp(dryActions, runner, start);
  const seen = (await live(dryActions, runner, start, 14, none, daysSeed, options.checks)).flat();
  const counts = new Map<string, number>();
  for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  const often = [...counts]
    .filter(([id, n]) => n >= 3 && movementById(id)?.phase !== "cardio")
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([id]) => id);
  const truth: CohortTruth = {};
  const effects: Effects = { session: new Map(), morning: new Map(), rom: new Map() };
  const actions = actionsOf(userId);
  await signUp(actions, runner, start);
  if (often.length > 0) {
    const pick = often[Math.floor(r.uniform() * often.length)]!;
    truth.helpful = pick;
    effects.helpful = pick;
    const size = 0.8 + 0.6 * r.uniform();
    truth.size = size;
    // The benefit shows on the spot and 60% of it the next morning; with `lasting`, all of
    // it the next morning and none within the session, where the ratings cannot see it.
    if (options.lasting) effects.morning.set(pick, -size);
    else {
      effects.session.set(pick, -size);
      effects.morning.set(pick, -size * 0.6);
    }
    if (movementById(pick)?.regions.some((x) => TESTED.includes(x))) effects.rom.set(pick, 0.08);
    if (runner.pairs) {
      const other = MOVEMENTS.find(
        (x) =>
          x.phase === "mobility" &&
          x.equipment.length === 0 &&
          x.id !== pick &&
          !often.includes(x.id),
      );
      if (other) {
        truth.paired = other.id;
        effects.pair = [pick, other.id];
      }
    }
    const others = often.filter((id) => id !== pick);
    if (runner.withHarm && others.length > 0) {
      truth.harmful = others[Math.floor(r.uniform() * others.length)]!;
      effects.session.set(truth.harmful, 1.2);
      effects.morning.set(truth.harmful, 0.6);
    }
  }
  await live(
    actions,
    runner,
    start,
    runner.weeks * 7,
    options.withoutEffects ? none : effects,
    daysSeed,
    options.checks,
  );
  return truth;
}

/**
 * Choosing the movements: the walk first after a run (T1), regions that must be reached
 * served first (tightest first, A2/T5; feet, calves and hips after a long run, L6; the
 * coming lift's patterns, L10; the mini session's stations, T3; a plan's focus, C1), the
 * runner's stable core set wherever it fits (S10), then the rest of each phase's time filled
 * by a seeded draw among equivalent candidates. After a run the legs come first: upper-body
 * work joins only when it is tight or time is left. No region is released twice, and the
 * session's movement cap holds (H2 and the session shape). Every rule is cited here, at the
 * moment it decides something.
 */
import type { Movement } from "../catalog/types.js";
import {
  isWorkPhase,
  LOWER_BODY_REGIONS,
  type Phase,
  type Pressure,
  type Region,
  type RuleId,
  type Side,
} from "../vocabulary.js";
import { isSharedList, type Candidate } from "./candidates.js";
import {
  FIT_TOLERANCE,
  nearestStep,
  secondsOf,
  sidesOf,
  stepsOf,
  unitSeconds,
  type Dosed,
} from "./dosing.js";
import type { Plan } from "./plan.js";
import {
  movementPriority,
  movementTightness,
  TIGHT_LEVEL,
  type CoverGoal,
  type Priorities,
} from "./priorities.js";
import { minPressure, pressureRank, type DayProfile } from "./profile.js";
import type { Rng } from "./rng.js";

/** A chosen movement with its dose and why it is there. */
export interface Chosen extends Dosed {
  phase: Phase;
  side?: Side;
  priority: number;
  tightness: number;
  reasons: RuleId[];
  /** Never dropped to fit the budget (the walk, the tightest region, a trial). */
  required: boolean;
  /** Reached a region the routine had to reach. */
  covers: boolean;
  /** Order of choice, the last key when sorting. */
  pick: number;
  /** Main region in the lower body (legs first after a run). */
  lower: boolean;
  /** Release pressure, set when chosen (S3). */
  pressure?: Pressure;
  /** Serves the tightest region: it opens the work whatever its phase (T5). */
  first?: boolean;
  /** Order key, set when the routine is ordered. */
  sortKey?: number;
}

export interface SelectionInput {
  profile: DayProfile;
  plan: Plan;
  prio: Priorities;
  candidates: ReadonlyMap<Phase, readonly Candidate[]>;
  rng: Rng;
  recent: ReadonlySet<string>;
  /** The stable core set (S10): preferred wherever it fits. */
  core: ReadonlySet<string>;
  /** Techniques the runner has done (S9): when given, a new one weighs NEW_WEIGHT. */
  familiar: ReadonlySet<string>;
  /** Movements that left the runner feeling worse once (X5): kept at their lowest dose. */
  lowerDose: ReadonlySet<string>;
  /** Regions back from a resolved sharp or swelling flag: gentle range only (X3). */
  recovering: ReadonlySet<Region>;
  /** Regions with lingering tenderness: pressure stays light (S11). */
  tender: ReadonlySet<Region>;
  /** Short on time with tight regions: release only on tight regions (T5). */
  tightOnly: boolean;
  /** After a run: lower-body work takes at least half the work time (legs first). */
  legsFirst: boolean;
  /** Most items the routine may have (session shape, H2). */
  maxItems: number;
  /** Seconds the routine aims at (the budget, or the session's sensible ceiling). */
  aim: number;
  /** The runner owns a roller or a ball, so hands-only release weighs less. */
  releaseTool: boolean;
  trialMovementId?: string;
  /**
   * Set once S10's cap is lifted to fill the time: only a technique the runner already does
   * (or the core set, or the trial) may join, so nothing else new joins the trial (S9).
   */
  knownOnly?: boolean;
}

/** Adds a rule to an item's reasons once. */
export function cite(reasons: RuleId[], rule: RuleId): void {
  if (!reasons.includes(rule)) reasons.push(rule);
}

function citeSmallest(reasons: RuleId[], rule: RuleId): true {
  cite(reasons, rule);
  return true;
}

/** Regions of the lower body: after a run they take at least half of the work time. */
export const LOWER_BODY: ReadonlySet<Region> = new Set<Region>(LOWER_BODY_REGIONS);

/** Phases whose time the legs-first share is counted over. */
export const SHARE_PHASES: ReadonlySet<Phase> = new Set<Phase>(["release", "mobility", "stretch"]);

/** Whether a movement touches a region that is back from a pain flag (X3: gentle range only). */
function touchesRecovering(m: Movement, recovering: ReadonlySet<Region>): boolean {
  if (recovering.size === 0) return false;
  for (const r of m.regions) if (recovering.has(r)) return true;
  return false;
}

/**
 * The dose a movement starts from today, and the rules that set it: longer holds after tempo
 * or intervals (L5), short holds after an easy run (L4), more time for a stiff region (L11),
 * the smallest dose for beginners (S8), lightened days (L9), a movement that felt worse (X5)
 * and a region back from a pain flag (X3).
 */
function desiredQuantity(
  m: Movement,
  input: SelectionInput,
  tightness: number,
  reasons: RuleId[],
): { q: number; floorAtMin: boolean; floorAtDesired: boolean } {
  const p = input.profile;
  const d = m.dose;
  const value =
    d.kind === "time"
      ? d.seconds
      : d.kind === "reps"
        ? d.reps
        : d.kind === "hold"
          ? d.holdSeconds
          : d.rounds;
  const min = d.min;
  const max = d.max;
  let q = value;
  let floorAtDesired = false;
  let capAtDesired = false;
  if (m.phase === "stretch" && (p.run === "tempo" || p.run === "intervals")) {
    q = max;
    floorAtDesired = true; // L5: the holds stay long, the fit may not shorten them
    cite(reasons, "L5");
  } else if (m.phase === "stretch" && p.day === "easy" && p.session === "post-run") {
    q = min;
    capAtDesired = true; // L4: light stretching only, the fit may not lengthen the holds
    cite(reasons, "L4");
  }
  if (tightness >= TIGHT_LEVEL && isWorkPhase(m.phase)) {
    q = Math.max(
      q,
      Math.round(value + ((max - value) * (tightness - TIGHT_LEVEL + 1)) / (11 - TIGHT_LEVEL)),
    );
    cite(reasons, "L11");
  }
  // The smallest dose, each with the rule that asks for it: beginners (S8), release after a
  // hard day (L1: light and brief), lightened days (L9), felt worse (X5), recovering (X3).
  let floorAtMin = false;
  if (m.phase === "release" && p.newToRolling) floorAtMin = citeSmallest(reasons, "S8");
  if (m.phase === "release" && p.day === "hard") floorAtMin = citeSmallest(reasons, "L1");
  if (p.lighten) floorAtMin = citeSmallest(reasons, "L9");
  if (input.lowerDose.has(m.id)) floorAtMin = citeSmallest(reasons, "X5");
  if (touchesRecovering(m, input.recovering)) floorAtMin = citeSmallest(reasons, "X3");
  if (floorAtMin) q = min;
  return {
    q: Math.min(max, Math.max(min, q)),
    floorAtMin: floorAtMin || capAtDesired,
    floorAtDesired: floorAtDesired && !floorAtMin,
  };
}

/** Today's pressure for a release item (S3), with the rules that set it. */
function pressureFor(
  m: Movement,
  input: SelectionInput,
  tightness: number,
  reasons: RuleId[],
): Pressure {
  const p = input.profile;
  let want: Pressure = p.basePressure;
  cite(reasons, "S3");
  const easyDay = (p.day === "easy" || p.day === "none") && p.session !== "pre-run";
  let firm = false;
  if (easyDay && tightness >= 6 && pressureRank(p.pressureCap) >= pressureRank("firm")) {
    want = "firm"; // L3: deeper work on an easy day, checked tomorrow
    firm = true;
  }
  for (const r of p.pressureRules) cite(reasons, r);
  if (m.regions.some((r) => input.tender.has(r))) {
    want = "light";
    cite(reasons, "S11");
  }
  if (touchesRecovering(m, input.recovering)) {
    want = "light";
    cite(reasons, "X3");
  }
  want = minPressure(want, p.pressureCap);
  const range = m.pressure ?? { min: "light", max: "firm" };
  if (pressureRank(want) < pressureRank(range.min)) want = range.min;
  if (pressureRank(want) > pressureRank(range.max)) want = range.max;
  if (firm && want === "firm") cite(reasons, "L3");
  return want;
}

/** Builds a chosen item for a candidate, with the rules that chose its dose and pressure. */
export function choose(c: Candidate, phase: Phase, input: SelectionInput, pick: number): Chosen {
  const m = c.movement;
  const tightness = movementTightness(m, input.prio);
  const priority = movementPriority(m, input.prio);
  const sides = sidesOf(m, c.side !== undefined);
  const { steps, stepSeconds } = stepsOf(m, sides);
  const reasons: RuleId[] = [];
  const { q, floorAtMin, floorAtDesired } = desiredQuantity(m, input, tightness, reasons);
  // Nearest in time, not in count: where reps cannot land on the grid, each step's count is
  // the one a coach would say for its time (dosing.ts), not the count nearest the one wanted.
  let at = nearestStep(stepSeconds, q * unitSeconds(m, sides));
  let lo = 0;
  let hi = steps.length - 1;
  if (floorAtMin) hi = at; // a lowered dose is not grown back to fill time
  if (floorAtDesired) lo = at;
  // B1: belly breathing lasts 2-3 minutes, so its floor is two minutes.
  if (phase === "breathing" && m.sources.includes("B1")) {
    while (lo < hi && (stepSeconds[lo] ?? 0) < 120) lo++;
    while (hi > lo && (stepSeconds[hi] ?? 0) > 180) hi--;
    at = Math.min(hi, Math.max(lo, at));
  }
  const item: Chosen = {
    movement: m,
    sides,
    steps,
    stepSeconds,
    at,
    lo,
    hi,
    weight: 1 + tightness / 3 + priority / 4,
    phase,
    priority,
    tightness,
    reasons,
    required: false,
    covers: false,
    pick,
    lower: m.regions[0] !== undefined && LOWER_BODY.has(m.regions[0]),
  };
  if (c.side) item.side = c.side;
  if (phase === "release") item.pressure = pressureFor(m, input, tightness, reasons);
  // The technique on trial cites S9 however it was chosen (the day's draw, the trial step, a
  // fixed sequence): the coach reads the trial's days back from this cite.
  if (m.id === input.trialMovementId) cite(reasons, "S9");
  return item;
}

/** Seconds of an item at its smallest dose. */
function smallest(c: Chosen): number {
  return c.stepSeconds[c.lo] ?? 0;
}

/** The dose steps of a candidate, on the sides it is done on. */
function stepsOfCandidate(c: Candidate) {
  const m = c.movement;
  return stepsOf(m, sidesOf(m, c.side !== undefined));
}

/** Estimated seconds of a candidate at its starting dose, without building an item. */
function estimate(c: Candidate): number {
  return stepsOfCandidate(c).defaultSeconds;
}

/**
 * Whether the item for a region the routine must reach fits the seconds left: half its usual
 * dose, and its smallest dose within the fitting tolerance. Half the usual dose alone let in
 * a sole release of 1 min 30 s a side (3 min at least) with 2 min left, and the tightest
 * region's item is kept, not dropped, so a 4-minute session ran to 5. A trial keeps the
 * half-dose test: no routine with one overran in 30,000 the properties drew, and the stricter
 * test brought no gain in the simulated cohort (BENCHMARKS.md, sixteenth pass).
 */
function goalItemFits(c: Candidate, est: number, left: number): boolean {
  const low = stepsOfCandidate(c).stepSeconds[0] ?? 0;
  return est / 2 <= left && low <= left * (1 + FIT_TOLERANCE);
}

/**
 * Small whole numbers for movement ids, families and regions, handed out on first sight and
 * kept: the selection state is then flags in arrays indexed by them, which a draw tests for
 * every candidate far more cheaply than sets of strings. Names are few (the library's), so
 * the registries stay small.
 */
class Slots {
  private readonly of = new Map<string, number>();
  /** The slot of a name, given it now when it has none. */
  slot(name: string): number {
    let s = this.of.get(name);
    if (s === undefined) {
      s = this.of.size;
      this.of.set(name, s);
    }
    return s;
  }
  /** The slot of a name, -1 when it never had one (then no flag is set for it). */
  find(name: string): number {
    return this.of.get(name) ?? -1;
  }
  get size(): number {
    return this.of.size;
  }
}
const ID_SLOTS = new Slots();
const FAMILY_SLOTS = new Slots();
const REGION_SLOTS = new Slots();

/** A movement's slots, worked out once per movement (the library does not change). */
interface MovementSlots {
  id: number;
  /** -1 without a family. */
  family: number;
  regions: readonly number[];
  /** The main region's slot; -1 without regions. */
  main: number;
}
const MOVEMENT_SLOTS = new WeakMap<Movement, MovementSlots>();

function slotsOf(m: Movement): MovementSlots {
  let s = MOVEMENT_SLOTS.get(m);
  if (!s) {
    const regions = m.regions.map((r) => REGION_SLOTS.slot(r));
    s = {
      id: ID_SLOTS.slot(m.id),
      family: m.family === undefined ? -1 : FAMILY_SLOTS.slot(m.family),
      regions,
      main: regions[0] ?? -1,
    };
    MOVEMENT_SLOTS.set(m, s);
  }
  return s;
}

/**
 * What the selection has taken so far, kept in one place so each test is cheap: flags per
 * slot, 1 where set (plain arrays: cheaper to make than typed ones, and they grow as set).
 */
interface State {
  chosen: Chosen[];
  /** Movement ids taken. */
  used: number[];
  families: number[];
  /** Regions released already (no region is released twice). */
  released: number[];
  /** Main regions of the items taken. */
  mains: number[];
  pick: number;
  lowerSeconds: number;
  upperSeconds: number;
}

/** Whether a movement is taken already. */
function isUsed(st: State, m: Movement): boolean {
  return st.used[slotsOf(m).id] === 1;
}

function upperAllowed(m: Movement, input: SelectionInput): boolean {
  if (input.core.has(m.id)) return true;
  for (const r of m.regions) {
    if (LOWER_BODY.has(r)) continue;
    if ((input.prio.tight.get(r)?.level ?? 0) >= TIGHT_LEVEL) return true;
    if (input.prio.rulesFor.get(r)?.includes("C1")) return true;
  }
  return false;
}

/** What a candidate brings whatever the routine: kept per movement and side. */
interface Fixed {
  est: number;
  lower: boolean;
  /** Kit factor of the weight (S5, S6): 2.5 for a roller, 2 for other kit, else 1. */
  kit: number;
  /** Hands-only release: weighs half when the runner owns a roller or a ball. */
  hands: boolean;
  slots: MovementSlots;
}

/** Per movement, done on both sides or on one: the fixed facts (the library does not change). */
const FIXED = new WeakMap<Movement, [Fixed | undefined, Fixed | undefined]>();

function fixedOf(c: Candidate): Fixed {
  const m = c.movement;
  let entry = FIXED.get(m);
  if (!entry) {
    entry = [undefined, undefined];
    FIXED.set(m, entry);
  }
  const i = c.side === undefined ? 0 : 1;
  let f = entry[i];
  if (!f) {
    const main = m.regions[0];
    f = {
      est: estimate(c),
      lower: main !== undefined && LOWER_BODY.has(main),
      kit: m.equipment.includes("foam-roller") ? 2.5 : m.equipment.length > 0 ? 2 : 1,
      hands: m.equipment.length === 0 && m.phase === "release",
      slots: slotsOf(m),
    };
    entry[i] = f;
  }
  return f;
}

/**
 * What a draw needs of the candidates of one list that does not change while one routine is
 * chosen: the fixed facts, whether upper-body work may join after a run, and the weight before
 * the two factors that depend on the items taken. Worked out once per list and routine
 * instead of once per draw (a routine draws a few dozen times over the same lists), in
 * typed arrays so it costs few allocations.
 */
interface Scores {
  fixed: readonly Fixed[];
  /** Legs first: 1 where the candidate may join after a run without time left, 2 where not, 0 not known yet. */
  upperOk: Uint8Array;
  /** NaN until first needed. */
  weight: Float64Array;
}

/** The legs-first test of one candidate, outside a draw (the core set, a trial). */
function upperOkOf(c: Candidate, input: SelectionInput, fixed: Fixed): boolean {
  return fixed.lower || upperAllowed(c.movement, input);
}

/**
 * The scores of each candidate list the draws of one routine read, in the list's order, so a
 * draw looks up one entry instead of each candidate. Kept for the selection input in use
 * (one routine is chosen at a time, synchronously) and started afresh for another input:
 * a plain map that one routine fills, rather than a weak map every routine adds to, which
 * slowed each young-generation collection.
 */
let scoredFor: SelectionInput | undefined;
let scored = new Map<readonly Candidate[], Scores>();

/**
 * Scores of the lists kept for a kind of day (candidates.ts), per priorities and kit: when the
 * runner has no recent, core or familiar movements they depend on nothing else, and
 * priorities are shared per combination too (priorities.ts), so routines of the same kind of
 * day reuse them instead of working them out again. Weak on both keys: a list or priorities
 * dropped from its memo takes its scores with it.
 */
const SHARED_SCORES = new WeakMap<
  readonly Candidate[],
  WeakMap<Priorities, [Scores | undefined, Scores | undefined]>
>();

/** Empty scores for a list: filled in as draws first need them (many never pass a draw's tests). */
function newScores(list: readonly Candidate[]): Scores {
  return {
    fixed: list.map(fixedOf),
    upperOk: new Uint8Array(list.length),
    weight: new Float64Array(list.length).fill(NaN),
  };
}

function scoresOf(list: readonly Candidate[], input: SelectionInput): Scores {
  if (
    input.recent.size === 0 &&
    input.core.size === 0 &&
    input.familiar.size === 0 &&
    isSharedList(list)
  ) {
    let byPrio = SHARED_SCORES.get(list);
    if (!byPrio) {
      byPrio = new WeakMap();
      SHARED_SCORES.set(list, byPrio);
    }
    let pair = byPrio.get(input.prio);
    if (!pair) {
      pair = [undefined, undefined];
      byPrio.set(input.prio, pair);
    }
    const kit = input.releaseTool ? 1 : 0;
    return (pair[kit] ??= newScores(list));
  }
  if (scoredFor !== input) {
    scoredFor = input;
    scored = new Map();
  }
  let scores = scored.get(list);
  if (!scores) {
    scores = newScores(list);
    scored.set(list, scores);
  }
  return scores;
}

/** Whether a candidate is still free to join: not used, no second release of a region. */
function free(s: MovementSlots, phase: Phase, st: State): boolean {
  if (st.used[s.id] === 1) return false;
  if (s.family >= 0 && st.families[s.family] === 1) return false;
  if (phase === "release") for (const r of s.regions) if (st.released[r] === 1) return false;
  return true;
}

/** Legs first: upper-body work of this length would take more time than the legs have. */
function overLegs(phase: Phase, st: State, input: SelectionInput, est: number): boolean {
  return input.legsFirst && SHARE_PHASES.has(phase) && st.upperSeconds + est > st.lowerSeconds;
}

/** Whether a candidate may join now: free, and upper-body work only with time left. */
function eligible(c: Candidate, phase: Phase, st: State, input: SelectionInput): boolean {
  const f = fixedOf(c);
  if (!free(f.slots, phase, st)) return false;
  return !overLegs(phase, st, input, f.est) || upperOkOf(c, input, f);
}

/**
 * Weight of a technique the runner has not done, once the coach names the ones they have
 * (S9): small enough that a familiar one is drawn wherever one is eligible (a core technique
 * weighs 8, others 1-4), not nothing, so a rule's need is still met when only a new one can.
 */
export const NEW_WEIGHT = 0.001;

/** Selection weight of a movement before the factors that depend on what is taken. */
function baseWeight(m: Movement, input: SelectionInput, fixed: Fixed): number {
  let w = 1 + movementPriority(m, input.prio);
  // Variety only breaks ties: a recent movement weighs a little less, never much less (S10).
  if (input.recent.size > 0 && input.recent.has(m.id)) w *= 0.8;
  if (input.core.size > 0 && input.core.has(m.id)) w *= 8;
  // S9: one new technique at a time. Past the first two weeks the routine's other movements
  // come from what the runner has done; a new one is drawn only where none of those is left.
  if (
    input.familiar.size > 0 &&
    isWorkPhase(m.phase) &&
    !input.familiar.has(m.id) &&
    m.id !== input.trialMovementId
  )
    w *= NEW_WEIGHT;
  // Kit the person owns is there to be used (S5, S6); hands only when there is no tool.
  // (A factor of 1 leaves the bits as they are.)
  w *= fixed.kit;
  if (fixed.hands && input.releaseTool) w *= 0.5;
  return w;
}

/** Selection weight of a candidate (the factors in the same order as ever, so the same bits). */
function weightOf(st: State, input: SelectionInput, base: number, f: Fixed): number {
  let w = base;
  const main = f.slots.main;
  if (main >= 0 && st.mains[main] === 1) w *= 0.35;
  if (input.legsFirst && main >= 0 && !f.lower) w *= 0.3;
  return w;
}

/** A technique the runner already does, the core set's or the trial's; any breathing or walk. */
function known(m: Movement, input: SelectionInput): boolean {
  return (
    !isWorkPhase(m.phase) ||
    input.familiar.has(m.id) ||
    input.core.has(m.id) ||
    m.id === input.trialMovementId
  );
}

/** Shared draw buffers: a draw allocates nothing (the library is far below this size). */
const WEIGHTS = new Float64Array(512);
const PICKS: Candidate[] = [];

/**
 * Draws one eligible candidate by weight; undefined when none is left. `match` narrows the
 * list (a goal's regions, a length limit). Works in two shared buffers, so a draw allocates
 * nothing.
 */
function draw(
  list: readonly Candidate[] | undefined,
  phase: Phase,
  st: State,
  input: SelectionInput,
  match?: (c: Candidate, est: number) => boolean,
): Candidate | undefined {
  if (!list || list.length === 0) return undefined;
  const { fixed, upperOk, weight } = scoresOf(list, input);
  let n = 0;
  for (let k = 0; k < list.length; k++) {
    if (n >= WEIGHTS.length) break;
    const c = list[k] as Candidate;
    const f = fixed[k] as Fixed;
    // The narrowing first: it is cheaper and turns most candidates away (both are pure).
    if (match && !match(c, f.est)) continue;
    if (!free(f.slots, phase, st)) continue;
    if (input.knownOnly && !known(c.movement, input)) continue;
    if (overLegs(phase, st, input, f.est)) {
      if (upperOk[k] === 0) upperOk[k] = upperOkOf(c, input, f) ? 1 : 2;
      if (upperOk[k] === 2) continue;
    }
    let base = weight[k] as number;
    if (Number.isNaN(base)) {
      base = baseWeight(c.movement, input, f);
      weight[k] = base;
    }
    PICKS[n] = c;
    WEIGHTS[n] = weightOf(st, input, base, f);
    n++;
  }
  if (n === 0) return undefined;
  // Core movements win outright when one is eligible: a stable set, not a lottery (S10).
  if (input.core.size > 0)
    for (let i = 0; i < n; i++) {
      const c = PICKS[i] as Candidate;
      if (input.core.has(c.movement.id)) return c;
    }
  const i = input.rng.weightedN(WEIGHTS, n);
  return i < 0 ? undefined : PICKS[i];
}

function take(st: State, item: Chosen): Chosen {
  const m = item.movement;
  const s = slotsOf(m);
  st.chosen.push(item);
  st.used[s.id] = 1;
  if (s.family >= 0) st.families[s.family] = 1;
  if (item.phase === "release") for (const r of s.regions) st.released[r] = 1;
  if (s.main >= 0) st.mains[s.main] = 1;
  if (SHARE_PHASES.has(item.phase)) {
    if (item.lower) st.lowerSeconds += secondsOf(item);
    else st.upperSeconds += secondsOf(item);
  }
  return item;
}

function meets(m: Movement, goal: CoverGoal): boolean {
  for (const r of m.regions) if (goal.regions.includes(r)) return true;
  return false;
}

/**
 * Whether today leaves any leg work in the release, mobility and stretch phases: a movement
 * whose main region is in the lower body. Sharp flags, avoided regions and the kit can take
 * it all away; then the legs-first share cannot apply.
 *
 * @example
 * legWorkToday(candidatesByPhase(MOVEMENTS, profile, new Map(), false)); // true
 */
export function legWorkToday(candidates: ReadonlyMap<Phase, readonly Candidate[]>): boolean {
  for (const phase of SHARE_PHASES)
    for (const c of candidates.get(phase) ?? []) {
      const main = c.movement.regions[0];
      if (main !== undefined && LOWER_BODY.has(main)) return true;
    }
  return false;
}

/**
 * The walks that may open a post-run routine today (T1). Only an easy walk brings the heart
 * rate down after a run: with every walk left out (a sharp flag rests the legs it would
 * work, X2) there is none, rather than marching or high-knee walking in its place.
 *
 * @example
 * walksToday(candidatesByPhase(MOVEMENTS, profile, blocked, false)); // [cool-down-walk, walk-in-place]
 */
export function walksToday(candidates: ReadonlyMap<Phase, readonly Candidate[]>): Candidate[] {
  return (candidates.get("transition") ?? []).filter(
    (c) => c.movement.sources.includes("T1") && !c.movement.impact,
  );
}

/** Picks the walk that opens a post-run routine (T1), in half minutes of 2-3 minutes. */
function pickWalk(input: SelectionInput, st: State, seconds: number): Chosen | undefined {
  const c = draw(walksToday(input.candidates), "transition", st, input);
  if (!c) return undefined;
  const item = choose(c, "transition", input, 0);
  const steps: number[] = [];
  const secs: number[] = [];
  for (let i = 0; i < item.steps.length; i++) {
    const s = item.stepSeconds[i] ?? 0;
    const whole = seconds < 120 ? s <= Math.max(60, seconds) : s >= 120 && s <= 180;
    if (whole && s % 30 === 0) {
      steps.push(item.steps[i] ?? 0);
      secs.push(s);
    }
  }
  if (steps.length > 0) {
    item.steps = steps;
    item.stepSeconds = secs;
    item.lo = 0;
    item.hi = steps.length - 1;
    item.at = nearestStep(secs, seconds);
  }
  item.required = true;
  cite(item.reasons, "T1");
  return item;
}

function newState(): State {
  return {
    chosen: [],
    used: [],
    families: [],
    released: [],
    mains: [],
    pick: 1,
    lowerSeconds: 0,
    upperSeconds: 0,
  };
}

/** Phase-level rules for a work item: what the day asks of this phase. */
function dayRules(item: Chosen, p: DayProfile): void {
  const r = item.reasons;
  const m = item.movement;
  switch (item.phase) {
    case "release":
      if (m.equipment.includes("foam-roller")) cite(r, "S1");
      if (m.equipment.includes("massage-ball")) cite(r, "S5");
      if (m.cautions.some((x) => x.rule === "S2")) cite(r, "S2");
      break;
    case "stretch":
      cite(r, "S7");
      break;
    case "breathing":
      if (m.sources.includes("B1")) cite(r, "B1");
      if (m.sources.includes("B2")) cite(r, "B2");
      if (p.run === "tempo" || p.run === "intervals") cite(r, "L5");
      break;
    case "cardio":
      cite(r, "L8");
      break;
    case "transition":
      // Marching or a walk to open a warm-up or an evening session: dynamic, low-load (T3).
      if (!(p.session === "post-run" && p.run))
        cite(r, p.session === "evening" || p.session === "rest-day" ? "L7" : "T3");
      break;
    default:
      break;
  }
  if (m.dose.kind === "hold") cite(r, "B3");
  if (m.equipment.includes("band")) cite(r, "S6");
  if (!isWorkPhase(item.phase)) return;
  if (p.session === "mini") cite(r, "T3");
  else if (p.session === "pre-run") cite(r, p.workout === "strength" ? "L10" : "T3");
  else if (p.session === "post-run" && p.day === "easy") cite(r, "L4");
  else if (p.session === "post-run" && p.day === "hard")
    cite(r, item.phase !== "release" && (p.run === "tempo" || p.run === "intervals") ? "L5" : "L1");
  else if (p.day === "long") cite(r, "L2");
  else if (p.session === "evening" || p.session === "rest-day") cite(r, "L7");
  else if (p.workout === "strength") cite(r, "L10");
  else cite(r, "L8");
}

/** Builds a chosen item and cites the rules of its phase and day. */
function chooseItem(c: Candidate, phase: Phase, input: SelectionInput, st: State): Chosen {
  const item = choose(c, phase, input, st.pick++);
  dayRules(item, input.profile);
  if (input.core.has(c.movement.id)) cite(item.reasons, "S10");
  return item;
}

/** Chooses every item of the routine, phase by phase. */
export function selectItems(input: SelectionInput): Chosen[] {
  const st = newState();
  const goals = input.prio.cover;
  const met: boolean[] = [];
  // The tightest region the routine can reach (a tighter one may be off limits today): it
  // opens the work (T5).
  let tightestGoal = -1;
  for (let gi = 0; gi < goals.length && tightestGoal < 0; gi++) {
    const g = goals[gi] as CoverGoal;
    if (g.rule !== "A2") break;
    for (const [, list] of input.candidates)
      if (list.some((c) => meets(c.movement, g))) tightestGoal = gi;
  }
  const p = input.profile;
  const room = () => st.chosen.length < input.maxItems;

  if (input.plan.walk !== undefined) {
    const walk = pickWalk(input, st, input.plan.walk);
    if (walk) take(st, walk);
  }

  // The plan lists its phases in routine order (S4).
  const phases = input.plan.phases;
  let plannedLeft = phases.reduce((s, x) => s + x.seconds, 0);
  let carry = 0;
  for (const { phase, seconds } of phases) {
    const target = seconds + carry;
    carry = 0;
    let list = input.candidates.get(phase) ?? [];
    // B1: after long runs and in evening or rest-day sessions, belly breathing lying down.
    const calm = p.day === "long" || p.session === "evening" || p.session === "rest-day";
    if (phase === "breathing" && calm && list.some((c) => c.movement.sources.includes("B1"))) {
      list = list.filter((c) => c.movement.sources.includes("B1"));
    }
    if (phase === "release" && input.tightOnly) {
      list = list.filter((c) => movementTightness(c.movement, input.prio) >= TIGHT_LEVEL);
    }
    if (list.length === 0 || target <= 0 || !room()) {
      carry = target;
      continue;
    }
    const work = isWorkPhase(phase);
    // A fair share of the movement cap for this phase, so a long budget lengthens doses
    // instead of adding movements (session shape).
    const quota = Math.max(
      1,
      Math.round(((input.maxItems - st.chosen.length) * seconds) / Math.max(1, plannedLeft)),
    );
    plannedLeft -= seconds;
    let count = 0;
    let filled = 0;

    // Regions the routine must reach, in order. The tightest region (the first goal) is
    // served wherever it first can be, even over the phase's share (T5).
    if (work) {
      for (let gi = 0; gi < goals.length; gi++) {
        const g = goals[gi] as CoverGoal;
        if (met[gi] || !room()) continue;
        const tightest = gi === tightestGoal;
        if (!tightest && (filled >= target || count >= quota)) break;
        const left = input.aim - st.chosen.reduce((sum, x) => sum + smallest(x), 0);
        const c = draw(
          list,
          phase,
          st,
          input,
          (x, est) => meets(x.movement, g) && goalItemFits(x, est, left),
        );
        if (!c) continue;
        const item = take(st, chooseItem(c, phase, input, st));
        for (let hi = 0; hi < goals.length; hi++) {
          const h = goals[hi] as CoverGoal;
          if (!met[hi] && meets(c.movement, h)) {
            met[hi] = true;
            item.covers = true;
            cite(item.reasons, h.rule);
          }
        }
        if (item.tightness >= TIGHT_LEVEL) cite(item.reasons, "A2");
        if (tightest) {
          item.required = true;
          item.first = true;
        }
        // T5 is the rule for a short session: tightest first because time is short. With time
        // to spare the tightest region still opens the work, on A2 alone.
        if (input.tightOnly && (tightest || item.tightness >= TIGHT_LEVEL))
          cite(item.reasons, "T5");
        filled += secondsOf(item);
        count++;
      }
    }

    // Fill the rest of the phase's time.
    const onlyOne = phase === "breathing" || phase === "cardio" || phase === "transition";
    for (let guard = 0; guard < 20 && room() && count < quota; guard++) {
      if (onlyOne && filled > 0) break;
      const c = draw(list, phase, st, input, (_, est) =>
        filled === 0 ? est <= target * 1.6 || onlyOne : filled + est / 2 <= target,
      );
      if (!c) break;
      const item = take(st, chooseItem(c, phase, input, st));
      if (item.tightness >= TIGHT_LEVEL) cite(item.reasons, "A2");
      filled += secondsOf(item);
      count++;
      if (filled >= target) break;
    }
    if (filled === 0) carry = target;
  }

  // S10: the stable core set wherever it fits: added while there is room, else in place of
  // a drawn item of the same phase that no rule required.
  if (input.core.size > 0) {
    for (const { phase } of phases) {
      for (const c of input.candidates.get(phase) ?? []) {
        if (!input.core.has(c.movement.id) || isUsed(st, c.movement)) continue;
        let swap = -1;
        if (!room()) {
          swap = st.chosen.findIndex((x) => givesWay(x, phase, input));
          if (swap < 0) continue;
        }
        const rest = swap < 0 ? st : stateOf(st.chosen.filter((_, i) => i !== swap));
        if (!eligible(c, phase, rest, input)) continue;
        if (swap >= 0) {
          const kept = st.chosen.filter((_, i) => i !== swap);
          Object.assign(st, stateOf(kept));
        }
        take(st, chooseItem(c, phase, input, st));
      }
    }
  }

  // S9: a technique on trial joins when the day allows it and its smallest dose fits. When the
  // day's own draw already chose it, it is kept like one (choose cited S9 on it). Before,
  // only this step cited S9, so a trial the draw placed went unseen by the coach, which reads
  // the trial's days from that cite, and "started" again each day until this step placed it.
  // When the time is spent or a drawn item holds its place (the same family, a region
  // released already), the trial takes the place of a drawn item of its own phase that no
  // rule, goal or core set holds, the least needed one whose leaving lets it in: the phase
  // keeps its share, and the trial is in the sessions it fits. Added last with no such swap,
  // a simulated cohort's post-run sessions held the trial in 53% of those it fitted.
  const trial = input.trialMovementId;
  const trialSlot = trial ? ID_SLOTS.find(trial) : -1;
  const drawn = trial ? st.chosen.filter((x) => x.movement.id === trial) : [];
  for (const x of drawn) {
    x.covers = true;
    x.required = true;
  }
  if (drawn.length === 0 && trial && (trialSlot < 0 || st.used[trialSlot] !== 1)) {
    for (const { phase } of phases) {
      const c = (input.candidates.get(phase) ?? []).find((x) => x.movement.id === trial);
      if (!c) continue;
      const fits = (s: State) =>
        estimate(c) / 2 <= input.aim - s.chosen.reduce((sum, x) => sum + smallest(x), 0) &&
        eligible(c, phase, s, input);
      if (!fits(st)) {
        const makesWay = st.chosen
          .filter((x) => givesWay(x, phase, input))
          .sort((a, b) => need(a, st.chosen) - need(b, st.chosen))
          .map((x) => stateOf(st.chosen.filter((y) => y !== x)))
          .find(fits);
        if (!makesWay) break;
        Object.assign(st, makesWay);
      }
      if (!room()) dropOne(st.chosen);
      const item = take(st, chooseItem(c, phase, input, st));
      item.covers = true;
      item.required = true;
      cite(item.reasons, "S9");
      break;
    }
  }
  return st.chosen;
}

/** Rebuilds the selection state from a list of chosen items (after drops). */
function stateOf(chosen: Chosen[]): State {
  const st = newState();
  for (const c of chosen) take(st, c);
  st.chosen = chosen;
  st.pick = chosen.reduce((m, x) => Math.max(m, x.pick), 0) + 1;
  return st;
}

/**
 * One more item for a routine that cannot reach its aim with the doses it has: from the
 * phase furthest below its planned share that still has an eligible candidate.
 */
export function addOne(
  chosen: Chosen[],
  input: SelectionInput,
  onlyLower = false,
): Chosen | undefined {
  if (chosen.length >= input.maxItems) return undefined;
  return addFrom(chosen, input, onlyLower, undefined);
}

/**
 * One item of this phase (S4: active mobility after release), making room by dropping the
 * least needed item when the routine is at its movement cap.
 */
export function addPhaseItem(
  chosen: Chosen[],
  input: SelectionInput,
  phase: Phase,
): Chosen | undefined {
  if (chosen.length >= input.maxItems) return undefined;
  const st = stateOf([...chosen]);
  const list = input.candidates.get(phase);
  const c =
    draw(
      list,
      phase,
      st,
      input,
      (x) => x.movement.regions[0] !== undefined && LOWER_BODY.has(x.movement.regions[0]),
    ) ?? draw(list, phase, st, input);
  if (!c) return undefined;
  const item = chooseItem(c, phase, input, st);
  chosen.push(item);
  return item;
}

function addFrom(
  chosen: Chosen[],
  input: SelectionInput,
  onlyLower: boolean,
  only: Phase | undefined,
): Chosen | undefined {
  const st = stateOf([...chosen]);
  const filled = new Map<Phase, number>();
  for (const c of chosen) filled.set(c.phase, (filled.get(c.phase) ?? 0) + secondsOf(c));
  const filledBy = (phase: Phase) => filled.get(phase) ?? 0;
  const order = [...input.plan.phases]
    .filter((p) => p.phase !== "transition" && (p.phase !== "breathing" || filledBy(p.phase) === 0))
    .sort((a, b) => b.seconds - filledBy(b.phase) - (a.seconds - filledBy(a.phase)));
  for (const { phase } of order) {
    if (onlyLower && !SHARE_PHASES.has(phase)) continue;
    if (only && phase !== only) continue;
    const c = draw(
      input.candidates.get(phase),
      phase,
      st,
      input,
      onlyLower
        ? (x) => x.movement.regions[0] !== undefined && LOWER_BODY.has(x.movement.regions[0])
        : undefined,
    );
    if (!c) continue;
    const item = chooseItem(c, phase, input, st);
    if (item.tightness >= TIGHT_LEVEL) cite(item.reasons, "A2");
    chosen.push(item);
    return item;
  }
  return undefined;
}

/**
 * Whether a drawn item may give its place to a core technique or the trial of its phase: no
 * rule required it, it covers no goal, and it is not itself in the core set (S9, S10).
 */
function givesWay(x: Chosen, phase: Phase, input: SelectionInput): boolean {
  return x.phase === phase && !x.required && !x.covers && !input.core.has(x.movement.id);
}

/**
 * How much the routine needs an item, to choose what gives way: one that covers a goal, a
 * priority region or a tight one weighs more; one of a well-filled phase, or drawn late, less.
 */
function need(c: Chosen, chosen: readonly Chosen[]): number {
  let perPhase = 0;
  for (const x of chosen) if (x.phase === c.phase) perPhase++;
  return (c.covers ? 100 : 0) + c.priority * 10 + c.tightness * 10 - perPhase * 5 - c.pick * 0.01;
}

/** The item to drop when even the smallest doses are too long: least needed, least important. */
export function dropOne(chosen: Chosen[], keep?: (c: Chosen) => boolean): boolean {
  let worst = -1;
  let worstScore = Infinity;
  chosen.forEach((c, i) => {
    if (c.required || (keep && keep(c))) return;
    const score = need(c, chosen);
    if (score < worstScore) {
      worstScore = score;
      worst = i;
    }
  });
  if (worst < 0) return false;
  chosen.splice(worst, 1);
  return true;
}

/** Seconds of lower-body and other work over release, mobility and stretching. */
export function legsShare(chosen: readonly Chosen[]): { lower: number; upper: number } {
  let lower = 0;
  let upper = 0;
  for (const c of chosen) {
    if (!SHARE_PHASES.has(c.phase)) continue;
    if (c.lower) lower += secondsOf(c);
    else upper += secondsOf(c);
  }
  return { lower, upper };
}

/**
 * Choosing the movements: the walk first after a run (T1), regions that must be reached
 * served first (tightest first, A2/T5; feet, calves and hips after a long run, L6; the
 * coming lift's patterns, L10; the mini session's stations, T3), then the rest of each
 * phase's time filled by a seeded draw among equivalent candidates, weighted by region
 * priority and away from recently used movements (S10).
 */
import type { Movement } from "../catalog/types.js";
import { PHASES, type Phase, type RuleId, type Side } from "../vocabulary.js";
import type { Candidate } from "./candidates.js";
import { doseBounds, secondsOf, sidesOf, unitSeconds, type Dosed } from "./dosing.js";
import type { Plan } from "./plan.js";
import {
  movementPriority,
  movementTightness,
  TIGHT_LEVEL,
  type CoverGoal,
  type Priorities,
} from "./priorities.js";
import type { DayProfile } from "./profile.js";
import type { Rng } from "./rng.js";

/** A chosen movement with its dose and why it is there. */
export interface Chosen extends Dosed {
  phase: Phase;
  side?: Side;
  priority: number;
  tightness: number;
  reasons: Set<RuleId>;
  /** Never dropped to fit the budget (the walk, the tightest region, L5 breathing, a trial). */
  required: boolean;
  /** Reached a region the routine had to reach. */
  covers: boolean;
  /** Order of choice, the last key when sorting. */
  pick: number;
}

export interface SelectionInput {
  profile: DayProfile;
  plan: Plan;
  prio: Priorities;
  candidates: ReadonlyMap<Phase, readonly Candidate[]>;
  /** Movements of other sessions that pass every limit, used only when time cannot be filled. */
  reserve?: () => ReadonlyMap<Phase, readonly Candidate[]>;
  rng: Rng;
  recent: ReadonlySet<string>;
  /** Short on time with tight regions: release only on tight regions (T5). */
  tightOnly: boolean;
  trialMovementId?: string;
}

/** The dose a movement starts from today, before the budget is fitted. */
export function desiredQuantity(m: Movement, p: DayProfile, tightness: number): number {
  const { value, min, max } = doseBounds(m);
  let q = value;
  if (m.phase === "stretch" && p.day === "hard") q = max; // L5: longer holds in gentle positions
  if (m.phase === "stretch" && p.day === "easy" && p.session === "post-run") q = min; // L4
  if (tightness >= TIGHT_LEVEL)
    q = Math.round(value + ((max - value) * (tightness - TIGHT_LEVEL + 1)) / (11 - TIGHT_LEVEL)); // L11
  if (m.phase === "release" && (p.newToRolling || p.lighten)) q = min; // S8
  if (p.lighten) q = min;
  return Math.min(max, Math.max(min, q));
}

/** Builds a chosen item for a candidate. */
export function choose(c: Candidate, phase: Phase, input: SelectionInput, pick: number): Chosen {
  const m = c.movement;
  const { min, max } = doseBounds(m);
  const tightness = movementTightness(m, input.prio);
  const priority = movementPriority(m, input.prio);
  const sides = sidesOf(m, c.side !== undefined);
  // B1: belly breathing lasts 2-3 minutes, so its floor is two minutes whatever the dose says.
  const unit = unitSeconds(m, sides);
  const floor =
    phase === "breathing" && m.sources.includes("B1")
      ? Math.min(max, Math.max(min, Math.ceil(120 / unit)))
      : min;
  return {
    movement: m,
    sides,
    quantity: Math.max(floor, desiredQuantity(m, input.profile, tightness)),
    min: floor,
    max,
    weight: 1 + tightness / 3 + priority / 4,
    phase,
    ...(c.side ? { side: c.side } : {}),
    priority,
    tightness,
    reasons: new Set<RuleId>(),
    required: false,
    covers: false,
    pick,
  };
}

function meets(m: Movement, goal: CoverGoal): boolean {
  return m.regions.some((r) => goal.regions.includes(r));
}

const templates = new WeakMap<SelectionInput, Map<Candidate, Chosen>>();

/** A candidate as it would be chosen (cached per build): its dose, priority and tightness. */
function template(c: Candidate, phase: Phase, input: SelectionInput): Chosen {
  let cache = templates.get(input);
  if (!cache) {
    cache = new Map();
    templates.set(input, cache);
  }
  let t = cache.get(c);
  if (!t) {
    t = choose(c, phase, input, 0);
    cache.set(c, t);
  }
  return t;
}

/** Selection weight of a candidate given the main regions already chosen. */
function weightOf(
  c: Candidate,
  mains: ReadonlySet<string | undefined>,
  input: SelectionInput,
): number {
  const m = c.movement;
  let w = 1 + template(c, m.phase, input).priority;
  if (input.recent.has(m.id)) w *= 0.25;
  // Kit the person owns is there to be used (S5, S6).
  if (m.equipment.length > 0) w *= 2;
  // Spread the work: a main region already served weighs less.
  if (mains.has(m.regions[0])) w *= 0.35;
  return w;
}

/** Draws one candidate by weight; undefined when none is left. */
function draw(
  list: readonly Candidate[],
  chosen: readonly Chosen[],
  input: SelectionInput,
): Candidate | undefined {
  if (list.length === 0) return undefined;
  const mains = new Set(chosen.map((x) => x.movement.regions[0]));
  const i = input.rng.weighted(list.map((c) => weightOf(c, mains, input)));
  return i < 0 ? undefined : list[i];
}

/** Seconds of an item at its smallest dose. */
function smallest(c: Chosen): number {
  return secondsOf({ movement: c.movement, sides: c.sides, quantity: c.min });
}

/** Picks the walk that opens a post-run routine (T1). */
function pickWalk(input: SelectionInput, seconds: number): Chosen | undefined {
  const walks = (input.candidates.get("transition") ?? []).filter((c) =>
    c.movement.sources.includes("T1"),
  );
  const list = walks.length > 0 ? walks : (input.candidates.get("transition") ?? []);
  const c = draw(list, [], input);
  if (!c) return undefined;
  const item = choose(c, "transition", input, 0);
  // T1: 2-3 minutes; shorter only when the whole budget is shorter.
  const unit = unitSeconds(item.movement, item.sides);
  const lo = seconds < 120 ? seconds : Math.max(item.min * unit, 120);
  const hi = seconds < 120 ? seconds : Math.min(item.max * unit, 180);
  item.min = Math.ceil(lo / unit);
  item.max = Math.max(item.min, Math.floor(hi / unit));
  item.quantity = Math.min(item.max, Math.max(item.min, Math.round(seconds / unit)));
  item.required = true;
  item.reasons.add("T1");
  return item;
}

/** Chooses every item of the routine, phase by phase. */
export function selectItems(input: SelectionInput): Chosen[] {
  const chosen: Chosen[] = [];
  const used = new Set<string>();
  const goals = input.prio.cover.map((g) => ({ ...g, met: false }));
  let pick = 1;

  const take = (c: Candidate, phase: Phase): Chosen => {
    const item = choose(c, phase, input, pick++);
    chosen.push(item);
    used.add(c.movement.id);
    // A walk, breathing or easy cardio does not work a region, so it reaches no goal.
    if (phase === "transition" || phase === "breathing" || phase === "cardio") return item;
    for (const g of goals) {
      if (!g.met && meets(c.movement, g)) {
        g.met = true;
        item.covers = true;
        item.reasons.add(g.rule);
      }
    }
    return item;
  };

  if (input.plan.walk !== undefined) {
    const walk = pickWalk(input, input.plan.walk);
    if (walk) {
      chosen.push(walk);
      used.add(walk.movement.id);
    }
  }

  const phases = [...input.plan.phases].sort(
    (a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase),
  );
  let carry = 0;
  let firstWork = true;
  for (const { phase, seconds } of phases) {
    const target = seconds + carry;
    carry = 0;
    let list = (input.candidates.get(phase) ?? []).filter((c) => !used.has(c.movement.id));
    // B1: after long runs and in evening or rest-day sessions, belly breathing lying down.
    const calm =
      input.profile.day === "long" ||
      input.profile.session === "evening" ||
      input.profile.session === "rest-day";
    if (phase === "breathing" && calm && list.some((c) => c.movement.sources.includes("B1"))) {
      list = list.filter((c) => c.movement.sources.includes("B1"));
    }
    if (phase === "release" && input.tightOnly) {
      list = list.filter((c) => movementTightness(c.movement, input.prio) >= TIGHT_LEVEL);
    }
    if (list.length === 0 || target <= 0) {
      carry = target;
      continue;
    }
    let filled = 0;
    const remaining = () => list.filter((c) => !used.has(c.movement.id));
    const isWork = phase !== "transition" && phase !== "breathing" && phase !== "cardio";

    // Regions the routine must reach, in order; the very first goal is served even over the
    // phase's share, as long as its smallest dose fits what is left of the whole budget.
    for (const g of goals) {
      if (g.met) continue;
      const forceFirst = firstWork && isWork && filled === 0 && g.rule === "A2";
      if (!forceFirst && filled >= target) break;
      const left = input.profile.budget - chosen.reduce((sum, x) => sum + smallest(x), 0);
      const matching = remaining().filter(
        (c) => meets(c.movement, g) && smallest(template(c, phase, input)) <= left,
      );
      const c = draw(matching, chosen, input);
      if (!c) continue;
      const item = take(c, phase);
      if (forceFirst) item.required = true;
      filled += secondsOf(item);
    }
    if (isWork && filled > 0) firstWork = false;

    // Fill the rest of the phase's time.
    const onlyOne = phase === "breathing" || phase === "cardio" || phase === "transition";
    for (let guard = 0; guard < 40; guard++) {
      if (onlyOne && filled > 0 && target - filled < 200) break;
      const left = remaining();
      const c = draw(left, chosen, input);
      if (!c) break;
      const est = secondsOf(template(c, phase, input));
      if (filled > 0 && filled + est / 2 > target) break;
      if (filled === 0 && est > target * 1.6 && !onlyOne) {
        // The drawn item is far too long for this phase; try a shorter one once.
        const shorter = left.filter((x) => secondsOf(template(x, phase, input)) <= target * 1.2);
        const alt = draw(shorter, chosen, input);
        if (!alt) break;
        filled += secondsOf(take(alt, phase));
        if (isWork) firstWork = false;
        continue;
      }
      filled += secondsOf(take(c, phase));
      if (isWork) firstWork = false;
    }
    if (filled === 0) carry = target;
  }

  // S9: a technique on trial joins when the day allows it and its smallest dose fits.
  if (input.trialMovementId && !used.has(input.trialMovementId)) {
    const left = input.profile.budget - chosen.reduce((sum, x) => sum + smallest(x), 0);
    for (const { phase } of phases) {
      const c = (input.candidates.get(phase) ?? []).find(
        (x) => x.movement.id === input.trialMovementId,
      );
      if (c && smallest(template(c, phase, input)) <= left) {
        const item = take(c, phase);
        item.covers = true;
        item.reasons.add("S9");
        break;
      }
    }
  }
  return chosen;
}

/**
 * One more item for a routine that cannot reach its budget with the doses it has: from the
 * phase furthest below its planned share that still has a candidate.
 */
export function addOne(chosen: Chosen[], input: SelectionInput): Chosen | undefined {
  const used = new Set(chosen.map((c) => c.movement.id));
  const filled = new Map<Phase, number>();
  for (const c of chosen) filled.set(c.phase, (filled.get(c.phase) ?? 0) + secondsOf(c));
  const filledBy = (phase: Phase) => filled.get(phase) ?? 0;
  const order = [...input.plan.phases]
    .filter((p) => p.phase !== "transition")
    .sort((a, b) => b.seconds - filledBy(b.phase) - (a.seconds - filledBy(a.phase)));
  // Then any other phase the session allows (its candidates already passed every limit).
  const planned = new Set(order.map((p) => p.phase));
  const hasWalk = chosen.some((c) => c.phase === "transition");
  const others = PHASES.filter(
    (ph) =>
      !planned.has(ph) &&
      ph !== "cardio" &&
      !(ph === "transition" && hasWalk) &&
      input.candidates.has(ph),
  ).map((phase) => ({ phase }));
  for (const { phase } of [...order, ...others]) {
    if (
      phase === "breathing" &&
      chosen.some((c) => c.phase === "breathing") &&
      filledBy(phase) >= 180
    )
      continue;
    const list = (input.candidates.get(phase) ?? []).filter((c) => !used.has(c.movement.id));
    const spare = (input.reserve?.().get(phase) ?? []).filter((c) => !used.has(c.movement.id));
    const c =
      draw(list, chosen, input) ??
      (phase === "transition" ? undefined : draw(spare, chosen, input));
    if (!c) continue;
    const pick = chosen.reduce((m, x) => Math.max(m, x.pick), 0) + 1;
    const item = choose(c, phase, input, pick);
    chosen.push(item);
    return item;
  }
  return undefined;
}

/** The item to drop when even the smallest doses are too long: least needed, least important. */
export function dropOne(chosen: Chosen[]): boolean {
  let worst = -1;
  let worstScore = Infinity;
  chosen.forEach((c, i) => {
    if (c.required) return;
    const perPhase = chosen.filter((x) => x.phase === c.phase).length;
    const score =
      (c.covers ? 100 : 0) + c.priority * 10 + c.tightness * 10 - perPhase * 5 - c.pick * 0.01;
    if (score < worstScore) {
      worstScore = score;
      worst = i;
    }
  });
  if (worst < 0) return false;
  chosen.splice(worst, 1);
  return true;
}

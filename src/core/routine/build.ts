/**
 * The routine engine: a pure function of (context, library, seed). It resolves the day
 * (defaults, budget, caps), removes what safety rules out, shapes the session, chooses and
 * doses movements, fits the time, and orders the items. Every rule a routine cites is cited
 * by the step that applied it, when it applied it.
 */
import { durationText } from "../text/duration.js";
import type { Movement } from "../catalog/types.js";
import { T8_SEQUENCE } from "../catalog/index.js";
import {
  isWorkPhase,
  parseRegionRef,
  type Region,
  type RegionRef,
  type RuleId,
} from "../vocabulary.js";
import {
  candidatesByPhase,
  dynamicOnlySession,
  fallbackCandidates,
  type CandidateLimits,
} from "./candidates.js";
import { FIT_TOLERANCE, fitDoses, quantityOf, secondsOf, totalSeconds } from "./dosing.js";
import { followUpFor } from "./follow-up.js";
import { itemCues } from "./cues.js";
import { orderItems } from "./ordering.js";
import { planRoutine } from "./plan.js";
import { priorities, type CoverGoal } from "./priorities.js";
import { resolveProfile, type DayProfile } from "./profile.js";
import { createRng } from "./rng.js";
import {
  blockedRegions,
  isSharp,
  safetyWarnings,
  offFeetFlag,
  sharpRestedRegions,
  tenderRegions,
  X1_WARNING,
  type Blocked,
} from "./safety.js";
import {
  addOne,
  addPhaseItem,
  choose,
  cite,
  dropOne,
  legsShare,
  selectItems,
  walksToday,
  legWorkToday,
  SHARE_PHASES,
  type Chosen,
  type SelectionInput,
} from "./selection.js";
import { movementCap, sessionShape, type Shape } from "./shape.js";
import { t8Sequence } from "./t8.js";
import type { Routine, RoutineContext, RoutineItem, RoutineWarning } from "./types.js";
import { lowerFirst } from "../text/first-letter.js";

const NONE: ReadonlySet<string> = new Set();
/** A set of ids, the shared empty one when there are none. */
function setOf(ids: readonly string[] | undefined): ReadonlySet<string> {
  return ids && ids.length > 0 ? new Set(ids) : NONE;
}

function regionSet(refs: readonly RegionRef[] | undefined): Set<Region> {
  const out = new Set<Region>();
  for (const ref of refs ?? []) {
    const p = parseRegionRef(ref);
    if (p) out.add(p.region);
  }
  return out;
}

/** No region rested by a sharp flag: shared by every routine without one. */
const NOTHING_RESTED: Blocked = new Map();

/**
 * What today allows before anything is chosen: the day, the regions off limits, the limits
 * the journal and the flags add, and the candidates per phase. The coach's audit reads the
 * same lists to tell a rule the engine broke from one the day left no room for.
 *
 * @example
 * todaysCandidates({ run: "easy", equipment: [] }, MOVEMENTS).candidates.get("release");
 * // kit-free release: hands on the calves, thighs and feet
 */
export function todaysCandidates(context: RoutineContext, library: readonly Movement[]) {
  const profile = resolveProfile(context);
  const blocked = blockedRegions(context);
  const dynamicOnly = dynamicOnlySession(profile.session);
  const sharpFlag = (context.pain ?? []).some((x) => isSharp(x.kind));
  const recovering = regionSet(context.recoveringRegions);
  const avoidIds = new Set(context.avoidMovementIds ?? []);
  // Left out today: what made the runner worse (X5) and the core techniques resting (S10, P5).
  const leftOut = context.restingMovementIds?.length
    ? new Set([...avoidIds, ...context.restingMovementIds])
    : avoidIds;
  const limits = {
    avoidIds: leftOut,
    noImpact: sharpFlag && profile.session === "pre-run",
    recovering,
    sharpRested: sharpFlag ? sharpRestedRegions(context) : NOTHING_RESTED,
    offFeet: sharpFlag && offFeetFlag(context) !== undefined,
  };
  const candidates = candidatesByPhase(library, profile, blocked, dynamicOnly, limits);
  return { profile, blocked, dynamicOnly, sharpFlag, avoidIds, leftOut, limits, candidates };
}

/**
 * The candidates a rest day would have under today's limits: where S4's mobility comes from
 * when today's own list has none left.
 *
 * @example
 * restDayCandidates(todaysCandidates(ctx, MOVEMENTS), MOVEMENTS).get("mobility");
 */
export function restDayCandidates(
  today: Pick<
    ReturnType<typeof todaysCandidates>,
    "profile" | "blocked" | "dynamicOnly" | "limits"
  >,
  library: readonly Movement[],
): ReturnType<typeof candidatesByPhase> {
  const { profile, blocked, dynamicOnly, limits } = today;
  return candidatesByPhase(
    library,
    { ...profile, session: "rest-day" },
    blocked,
    dynamicOnly,
    limits,
  );
}

/**
 * Builds today's routine.
 *
 * @example
 * buildRoutine({ run: "long", minutes: 20, equipment: ["foam-roller"] }, MOVEMENTS, 1);
 * // walk first (T1), lower-body release, mobility and holds (L2, L6, S4), belly breathing (B1),
 * // an evening follow-up (L6)
 */
export function buildRoutine(
  context: RoutineContext,
  library: readonly Movement[],
  seed: number,
): Routine {
  const { profile, blocked, dynamicOnly, sharpFlag, avoidIds, leftOut, limits, candidates } =
    todaysCandidates(context, library);
  const prio = priorities(context, profile);
  const rng = createRng(seed);
  const plan = planRoutine(profile, {
    release: (candidates.get("release") ?? []).length > 0,
    // X2 can leave every walk out; then T1's walk is not planned at all.
    walk: walksToday(candidates).length > 0,
  });
  const shape = sessionShape(profile, context.maxMovements);
  const shortOnTime = profile.minutes <= 12 || profile.minutes < profile.guideRange[0];
  const input: SelectionInput = {
    profile,
    plan,
    prio,
    candidates,
    rng,
    recent: setOf(context.recentMovementIds),
    core: setOf(context.coreMovementIds),
    familiar: setOf(context.familiarMovementIds),
    lowerDose: setOf(context.lowerDoseMovementIds),
    recovering: limits.recovering,
    tender: tenderRegions(context),
    tightOnly: shortOnTime && prio.tightOrder.length > 0,
    // Legs first after a run, unless the flags, the kit and the day leave no leg work at all:
    // then the upper body comes in where it is tight (X2 outranks the share).
    legsFirst:
      profile.run !== undefined &&
      profile.session !== "mini" &&
      profile.session !== "pre-run" &&
      legWorkToday(candidates),
    maxItems: shape.maxItems + (shape.habitCap !== undefined && plan.walk !== undefined ? 1 : 0),
    aim: shape.aim,
    releaseTool:
      profile.equipment.includes("foam-roller") || profile.equipment.includes("massage-ball"),
    ...(context.trialMovementId ? { trialMovementId: context.trialMovementId } : {}),
  };
  if (plan.walk !== undefined) {
    // The plan split the budget; the walk and the phases now share the aim instead.
    const scale = shape.aim / profile.budget;
    if (scale < 1) for (const ph of plan.phases) ph.seconds = Math.round(ph.seconds * scale);
  } else if (shape.aim < profile.budget) {
    const scale = shape.aim / profile.budget;
    for (const ph of plan.phases) ph.seconds = Math.round(ph.seconds * scale);
  }

  const t8 = shape.habitCap === undefined ? t8Sequence(input, shape.aim) : undefined;
  let chosen = t8 ?? selectItems(input);
  if (!t8) fitPhases(chosen, plan.phases);
  fit(chosen, shape.aim, t8 ? undefined : input);
  const capRule = context.maxMovementsRule ?? "H2";
  // S10's cap holds today's core set, the trial and a little room, so each technique's days
  // can be told apart. When that leaves the routine short of its time (after a long run, say),
  // techniques the runner already does fill the rest, nothing new (S9), as a coach would,
  // rather than leave minutes unused. A new runner's cap (H2) stays: starting small is the point.
  const filled =
    !t8 &&
    capRule === "S10" &&
    shape.habitCap !== undefined &&
    totalSeconds(chosen) < shape.aim * (1 - FIT_TOLERANCE);
  let filledKnownOnly = false;
  if (filled) {
    // The count any routine of this length may have, the walk included (the session shape's).
    input.maxItems = movementCap(shape.aim / 60);
    filledKnownOnly = input.familiar.size > 0;
    input.knownOnly = filledKnownOnly;
    fit(chosen, shape.aim, input);
  }
  // S4: in a post-run routine of 10 minutes or more, active mobility follows release.
  const keepS4 = () => {
    if (
      profile.session !== "post-run" ||
      shape.aim < 600 ||
      !chosen.some((c) => c.phase === "release") ||
      chosen.some((c) => c.phase === "mobility" && !c.first)
    )
      return;
    // When the day's own list has no mobility left (flags and avoided regions took it all),
    // a mobility movement of a rest day that still fits today's limits will do; its list is
    // worked out only then.
    const restDay = (): SelectionInput => ({
      ...input,
      knownOnly: false,
      candidates: restDayCandidates({ profile, blocked, dynamicOnly, limits }, library),
    });
    // S4 may need a mobility movement none of the runner's own gives, as within the cap (S9):
    // past a lifted cap too.
    const added = mobilityAfterRelease(chosen, { ...input, knownOnly: false }, restDay);
    if (added) {
      fit(chosen, shape.aim, undefined);
      keepLegsFirst(chosen, input);
    } else if (chosen.some((c) => c.phase === "mobility")) {
      // The one mobility movement the limits leave opens the work (the tightest region), and
      // none can be added after the release (no other is left, or no slot): the release is
      // left out rather than done out of order (S4), and its time goes to the rest. Not when
      // the runner's habit cap keeps the routine to one or two movements, nor when the legs
      // would lose their share after a run: those come first.
      const rest = chosen.filter((c) => c.phase !== "release");
      const share = legsShare(rest);
      const capped = shape.habitCap !== undefined && shape.habitCap < 3;
      if (!capped && (!input.legsFirst || share.lower >= share.upper)) {
        chosen = rest;
        fit(chosen, shape.aim, undefined);
      }
    }
  };
  if (!t8) {
    keepLegsFirst(chosen, input);
    keepS4();
  }
  // Nothing but the cool-down walk (or nothing at all): general items keep the session.
  // Dynamic warm-up moves are transitions too, and count as work.
  if (chosen.every((c) => c.phase === "transition" && c.reasons.includes("T1"))) {
    const rules: RuleId[] = (context.pain ?? []).map((x) => (x.kind === "niggle" ? "X3" : "X2"));
    chosen = withFallback(
      chosen,
      library,
      input,
      rules.length > 0 ? rules : ["X1"],
      leftOut,
      limits,
    );
    fit(chosen, shape.aim, undefined);
  }
  if (!t8) {
    keepTightestFirst(chosen, prio.cover, input.tightOnly);
    // T5 can put the one mobility movement first, ahead of the release: S4 is kept again.
    keepS4();
  }
  orderItems(chosen, profile.session === "mini", t8 ? T8_SEQUENCE : undefined);

  const items = chosen.map((c) => toItem(c));
  const total = items.reduce((s, i) => s + i.seconds, 0);

  const safety = safetyWarnings(context, profile.session);
  const warnings: RoutineWarning[] = [...safety.warnings];
  const hasRelease = items.some((i) => i.phase === "release");
  if (hasRelease) warnings.push(X1_WARNING);
  // A later session only when the day still has one (the week plan's evening, L6 and T2).
  const offered = followUpFor(profile, limits.sharpRested);
  const follow = context.noLaterSession ? { reasons: [] } : offered;
  const notes: string[] = [];
  if (context.plannedDone)
    notes.push("Today's care is done. This is an extra, short and easy, if you want more.");
  if (context.noLaterSession && offered.followUp)
    notes.push(`The week plan has no later session for today, so this is today's care.`);
  const reasons = new Set<RuleId>([...safety.reasons, ...follow.reasons]);
  for (const r of dayReasons(profile, items)) reasons.add(r);
  for (const r of plan.reasons) if (planReasonHolds(r, items)) reasons.add(r);
  for (const i of items) for (const r of i.reasons) reasons.add(r);
  if (hasRelease) reasons.add("X1");
  if (t8) reasons.add("T8");
  if (
    avoidIds.size > 0 &&
    library.some((m) => avoidIds.has(m.id) && m.sessions.includes(profile.session))
  )
    reasons.add("X5");
  // The habit cap binds when it, not the time, ended the choosing (the walk is not counted).
  const withWalk = items.some((i) => i.reasons.includes("T1"));
  const trial =
    context.trialMovementId !== undefined && items.some((i) => i.id === context.trialMovementId);
  const atHabitCap =
    shape.habitCap !== undefined &&
    items.filter((i) => !i.reasons.includes("T1")).length >= shape.habitCap;
  const given =
    context.minutes === undefined ? "usual" : context.minutesFrom === "plan" ? "plan" : "runner";
  const under = underBudget(profile, shape, total, sharpFlag, given, {
    atHabitCap: atHabitCap && !filled,
    withWalk,
    capRule,
    trial,
    knownOnly: filledKnownOnly && chosen.length < input.maxItems,
    atCount: !t8 && chosen.length >= input.maxItems ? items.length : undefined,
  });
  // Once lifted to fill the time, the cap is not what shaped the routine: not cited, not said.
  if (shape.habitCap !== undefined && !filled) {
    reasons.add(capRule);
    // Said once: in the under-time warning when the cap is what made the routine short.
    if (under?.warning.code !== capRule)
      notes.push(`Kept to ${habitCount(shape.habitCap, withWalk)} ${capWhy(capRule, trial)}.`);
  }
  if ((context.focusRegions ?? []).length > 0 && items.some((i) => i.reasons.includes("C1")))
    reasons.add("C1");
  if (under) {
    warnings.push(under.warning);
    notes.push(under.warning.message);
    reasons.add(under.warning.code);
  }
  // T1 gives way to X2: after a run with a sharp pain or swelling in the legs the walk is left
  // out like any other work on the area, and the runner is told why it is missing.
  if (plan.walkLeftOut)
    notes.push(
      "No cool-down walk this time: the sharp pain rests the area a walk would work. Move only as much as getting home needs, at an easy pace.",
    );
  let followUp = follow.followUp;
  if (
    shape.capped &&
    !followUp &&
    !context.noLaterSession &&
    profile.minutes * 60 - total >= 5 * 60
  ) {
    const minutes = Math.min(20, Math.round((profile.minutes * 60 - total) / 60));
    followUp = {
      session: "evening",
      minutes,
      why: `You had more time than this session needs: a ${minutes}-minute evening session later does more good than one long block.`,
    };
    reasons.add("T7");
  }

  return {
    totalSeconds: total,
    items,
    warnings,
    ...(followUp ? { followUp } : {}),
    reasons: [...reasons],
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** Routine-level rules of the day, each only when the routine shows it. */
function dayReasons(p: DayProfile, items: readonly RoutineItem[]): RuleId[] {
  const out: RuleId[] = [];
  const work = items.some((i) => i.phase !== "transition" && i.phase !== "breathing");
  if (p.session === "post-run" && p.day === "easy" && work) out.push("L4");
  if (p.day === "hard" && p.session === "post-run") out.push("L1");
  if (p.newToRolling && items.some((i) => i.phase === "release")) out.push("S8");
  return out;
}

/** A plan-level rule stands only when the routine that came out still shows it. */
function planReasonHolds(rule: RuleId, items: readonly RoutineItem[]): boolean {
  switch (rule) {
    case "T1":
      return items[0]?.phase === "transition";
    case "T4": {
      const release = items.filter((i) => i.phase === "release").reduce((s, i) => s + i.seconds, 0);
      return release > 0 && items.some((i) => i.phase === "breathing");
    }
    case "L8":
      return items.some((i) => i.phase !== "transition");
    default:
      return true;
  }
}

/**
 * Why a routine keeps to a number of movements, by the rule that caps it: a new runner's habit
 * (H2), or today's core set, with the technique on trial when one is in the routine (S10).
 */
function capWhy(rule: "H2" | "S10", trial: boolean): string {
  if (rule === "H2") return "while the habit settles in; more come as it holds";
  return trial
    ? "(today's core set, the technique on trial and a little more), so nothing else new joins the trial"
    : "(today's core set and a little more), so each one's own effect shows";
}

/**
 * The cap in words: the walk that opens a routine after a run is not one of the movements it
 * counts, so the runner is told, or they count one more than said.
 *
 * @example
 * habitCount(2, true); // "2 movements besides the walk"
 */
function habitCount(n: number, withWalk: boolean): string {
  return `${n} movement${n === 1 ? "" : "s"}${withWalk ? " besides the walk" : ""}`;
}

/** The warning for a routine that ends more than 10% under the time given. */
function underBudget(
  p: DayProfile,
  shape: Shape,
  total: number,
  sharpFlag: boolean,
  given: "runner" | "plan" | "usual",
  why: {
    atHabitCap: boolean;
    withWalk: boolean;
    capRule: "H2" | "S10";
    trial: boolean;
    /** Filled past S10's cap with known techniques only, and none of them was left. */
    knownOnly: boolean;
    /** Movements in the routine when it holds as many as a session of its length takes. */
    atCount: number | undefined;
  },
): { warning: RoutineWarning } | undefined {
  const asked = p.minutes * 60;
  if (total >= asked * 0.9) return undefined;
  const got = durationText(total);
  // The runner's own minutes when they gave some; else the session's usual length.
  const minutes =
    given === "runner"
      ? `the ${p.minutes} minutes you gave`
      : given === "plan"
        ? `the ${p.minutes} minutes this week's plan gives it`
        : `the usual ${p.minutes} minutes of this session`;
  if (total === 0 && sharpFlag)
    return {
      warning: {
        code: "X2",
        message:
          "Nothing to do this time: the sharp pain or swelling you flagged rests every area this session would move, a walk and breathing included. Have it checked before you work on it again.",
      },
    };
  if (shape.capped) {
    return {
      warning: {
        code: shape.capped.rule,
        // The point first (a short headline shows only the first sentence).
        message: `This routine is ${got}, shorter than ${minutes}: ${lowerFirst(shape.capped.what)}. Spend the rest on an easy walk or a second short session later.`,
      },
    };
  }
  if (why.atHabitCap && shape.habitCap !== undefined) {
    const n = shape.habitCap;
    return {
      warning: {
        code: why.capRule,
        message: `This routine is ${got}, shorter than ${minutes}: it keeps to ${habitCount(n, why.withWalk)} ${capWhy(why.capRule, why.trial)}.`,
      },
    };
  }
  if (why.knownOnly) {
    return {
      warning: {
        code: "S9",
        message: `This routine is ${got}, shorter than ${minutes}: ${why.trial ? "nothing new joins the trial" : "new techniques come in one at a time, on trial"}, and every technique you already do that fits this session is in it.`,
      },
    };
  }
  if (p.lighten) {
    return {
      warning: {
        code: "L9",
        message: `This routine is ${got}, shorter than ${minutes}, because today's load calls for less.`,
      },
    };
  }
  // The session's count, not a lack of work, is what ended it: said so, not "nothing to add".
  if (why.atCount !== undefined && !sharpFlag)
    return {
      warning: {
        code: "T7",
        message: `This routine is ${got}, shorter than ${minutes}: its ${why.atCount} movements are as many as a session this long takes, each at its fullest dose. Spend the rest on an easy walk; short, frequent sessions do more than one long one.`,
      },
    };
  return {
    warning: {
      code: sharpFlag ? "X2" : "T7",
      message: `This routine is ${got}, shorter than ${minutes}: ${sharpFlag ? "with the flagged regions left alone" : "with today's kit and limits"} there is no more useful work to add. Short, frequent sessions do more than one long one.`,
    },
  };
}

/** Each phase's items toward the phase's share first, so the whole fit keeps the shape. */
function fitPhases(chosen: Chosen[], phases: readonly { phase: string; seconds: number }[]): void {
  for (const { phase, seconds } of phases) fitDoses(chosen, seconds, phase);
}

/** Fits doses to the aim, adding or dropping items when doses alone cannot. */
function fit(chosen: Chosen[], aim: number, input: SelectionInput | undefined): void {
  // Once an item had to go, nothing is added back: adding and dropping must not take turns.
  let dropped = false;
  for (let guard = 0; guard < 40; guard++) {
    const total = fitDoses(chosen, aim);
    if (total < aim * (1 - FIT_TOLERANCE)) {
      if (!dropped && input && addOne(chosen, input)) continue;
      break;
    }
    if (total > aim * (1 + FIT_TOLERANCE)) {
      if (dropOne(chosen)) {
        dropped = true;
        continue;
      }
      break;
    }
    break;
  }
}

/**
 * After a run the legs keep at least half of the work time: upper-body items are shortened,
 * lower-body items added while there is room, and upper-body items dropped last.
 */
function keepLegsFirst(chosen: Chosen[], input: SelectionInput): void {
  if (!input.legsFirst) return;
  const upperWork = (c: Chosen) => !c.lower && SHARE_PHASES.has(c.phase);
  // A leg item, kept only while the time allows.
  const addLegItem = (): boolean => {
    if (!addOne(chosen, input, true)) return false;
    if (fitDoses(chosen, input.aim) <= input.aim * (1 + FIT_TOLERANCE)) return true;
    chosen.pop();
    fitDoses(chosen, input.aim);
    return false;
  };
  for (let guard = 0; guard < 24; guard++) {
    const { lower, upper } = legsShare(chosen);
    if (lower >= upper) return;
    let changed = false;
    for (const c of chosen)
      if (upperWork(c) && c.at > c.lo) {
        c.at = c.lo;
        changed = true;
      }
    if (changed) continue;
    // Otherwise the upper-body work gives way instead.
    if (addLegItem()) continue;
    let idx = chosen.findIndex((c) => upperWork(c) && !c.required);
    if (idx < 0) idx = chosen.findIndex(upperWork);
    if (idx < 0) return;
    chosen.splice(idx, 1);
    // The share trades upper-body work for leg work: when the item dropped was the last work
    // in the routine, a leg item comes in its place if one fits. With a habit cap of one the
    // slot was taken, so none could: a new runner with a stiff upper back got only the walk
    // and belly breathing after a run, and with no walk the runner was told the flags rested
    // everything. When no leg item fits either, the general items take the session (build).
    if (!chosen.some((c) => SHARE_PHASES.has(c.phase))) {
      addLegItem();
      fitDoses(chosen, input.aim);
      return;
    }
    fitDoses(chosen, input.aim);
  }
}

/**
 * T5: when the item chosen for the tightest region gave way (to the legs-first share or a
 * habit cap) and another item still works that region, that item opens the work instead.
 */
function keepTightestFirst(
  chosen: Chosen[],
  cover: readonly CoverGoal[],
  shortOnTime: boolean,
): void {
  for (const goal of cover) {
    if (goal.rule !== "A2") return;
    const c = chosen.find(
      (x) => isWorkPhase(x.phase) && x.movement.regions.some((r) => goal.regions.includes(r)),
    );
    if (!c) continue;
    for (const x of chosen) x.first = false;
    c.first = true;
    if (shortOnTime) cite(c.reasons, "T5");
    return;
  }
}

/**
 * S4: adds the mobility that follows release, making room when it must: a full habit cap (a
 * trial can take a slot) lets a stretch, an activation or a second release give way
 * (spareForMobility), and the legs-first share, which can bar the only mobility left (the
 * upper body's), lets an upper-body stretch give way. Whatever gave way comes back when no
 * mobility could be added. The mobility added is kept (required), so fitting the time does
 * not drop it again. `restDay` is asked for only when today's own list has none to give.
 */
function mobilityAfterRelease(
  chosen: Chosen[],
  input: SelectionInput,
  restDay: () => SelectionInput,
): Chosen | undefined {
  let rest: SelectionInput | undefined;
  const tryAdd = () =>
    addPhaseItem(chosen, input, "mobility") ??
    addPhaseItem(chosen, (rest ??= restDay()), "mobility");
  // An item gives way only if the legs keep their share after a run without it: the swap
  // must not trade one rule for another (legs first comes before the order of the phases).
  const without = (c: Chosen | undefined, f: () => Chosen | undefined) => {
    if (!c) return undefined;
    chosen.splice(chosen.indexOf(c), 1);
    const added = f();
    const share = legsShare(chosen);
    if (added && input.legsFirst && share.lower < share.upper) {
      chosen.splice(chosen.indexOf(added), 1);
      chosen.push(c);
      return undefined;
    }
    if (!added) chosen.push(c);
    return added;
  };
  const full = chosen.length >= input.maxItems;
  const added =
    (full ? without(spareForMobility(chosen), tryAdd) : tryAdd()) ??
    (input.legsFirst
      ? without(
          chosen.findLast((c) => c.phase === "stretch" && !c.lower && !c.required && !c.first),
          tryAdd,
        )
      : undefined);
  if (added) added.required = true;
  return added;
}

/**
 * The item that gives way when a full habit cap leaves no slot for S4's mobility: the last
 * stretch chosen, else the last activation, else the last of two or more releases; never one
 * the routine must keep (the walk, the tightest region, a trial).
 */
function spareForMobility(chosen: readonly Chosen[]): Chosen | undefined {
  const free = chosen.filter((c) => !c.required && !c.first);
  const releases = chosen.filter((c) => c.phase === "release").length;
  return (
    free.findLast((c) => c.phase === "stretch") ??
    free.findLast((c) => c.phase === "activation") ??
    (releases > 1 ? free.findLast((c) => c.phase === "release") : undefined)
  );
}

/** Never an empty routine: a walk or marching and breathing when nothing else is allowed. */
function withFallback(
  chosen: Chosen[],
  library: readonly Movement[],
  input: SelectionInput,
  fallbackRules: readonly RuleId[],
  avoidIds: ReadonlySet<string>,
  limits: Pick<CandidateLimits, "sharpRested" | "offFeet">,
): Chosen[] {
  const out = [...chosen];
  const used = new Set(out.map((c) => c.movement.id));
  const general = fallbackCandidates(library, input.profile, limits).filter(
    (c) => !used.has(c.movement.id) && !c.movement.impact && !avoidIds.has(c.movement.id),
  );
  const hasWalk = out.some((c) => c.phase === "transition");
  const pickOf = (phase: "transition" | "breathing") =>
    general.find((c) => c.movement.phase === phase);
  const extra = [hasWalk ? undefined : pickOf("transition"), pickOf("breathing")];
  for (const c of extra) {
    if (!c) continue;
    const item = choose(c, c.movement.phase, input, out.length + 1);
    for (const rule of fallbackRules) cite(item.reasons, rule);
    if (item.movement.sources.includes("B1")) cite(item.reasons, "B1");
    if (item.movement.sources.includes("B2")) cite(item.reasons, "B2");
    out.push(item);
  }
  return out;
}

/** The regions an item names: one side only when only one side may be worked. */
function regionsOf(c: Chosen): RegionRef[] {
  if (!c.side) return c.movement.regions.slice();
  const out: RegionRef[] = [];
  for (const r of c.movement.regions) {
    const ref = `${r}-${c.side}` as RegionRef;
    if (!out.includes(ref)) out.push(ref);
  }
  return out;
}

/** A movement's cautions in words, built once per movement and shared by its items. */
const CAUTIONS = new WeakMap<Movement, string[]>();
function cautionsOf(m: Movement): string[] {
  let list = CAUTIONS.get(m);
  if (!list) {
    list = m.cautions.map((x) => x.text);
    CAUTIONS.set(m, list);
  }
  return list;
}

function toItem(c: Chosen): RoutineItem {
  const m = c.movement;
  const item: RoutineItem = {
    id: m.id,
    name: m.name,
    phase: c.phase,
    regions: regionsOf(c),
    equipment: [...m.equipment],
    seconds: secondsOf(c),
    sides: c.sides,
    cues: itemCues(m, c.pressure),
    reasons: c.reasons,
  };
  if (m.dose.kind === "reps" || m.dose.kind === "rounds") item.reps = quantityOf(c);
  if (m.dose.kind === "hold") item.holdSeconds = quantityOf(c);
  if (c.pressure) item.pressure = c.pressure;
  if (m.cautions.length > 0) item.cautions = cautionsOf(m);
  return item;
}

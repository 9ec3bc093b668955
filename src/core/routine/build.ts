/**
 * The routine engine: a pure function of (context, library, seed). It resolves the day
 * (defaults, budget, caps), removes what safety rules out, plans the phases, chooses and
 * doses movements, fits the budget, orders the items and explains every one of them.
 */
import type { Movement } from "../catalog/types.js";
import type { Pressure, RegionRef, RuleId } from "../vocabulary.js";
import { candidatesByPhase, fallbackCandidates } from "./candidates.js";
import { fitDoses, secondsOf } from "./dosing.js";
import { followUpFor } from "./follow-up.js";
import { explainItem } from "./item-reasons.js";
import { orderItems } from "./ordering.js";
import { planRoutine } from "./plan.js";
import { priorities, type Priorities } from "./priorities.js";
import { minPressure, pressureRank, resolveProfile, type DayProfile } from "./profile.js";
import { createRng } from "./rng.js";
import { blockedRegions, safetyWarnings, tenderRegions, X1_WARNING } from "./safety.js";
import {
  addOne,
  choose,
  dropOne,
  selectItems,
  type Chosen,
  type SelectionInput,
} from "./selection.js";
import { t8Sequence } from "./t8.js";
import { T8_SEQUENCE } from "../catalog/index.js";
import type { Routine, RoutineContext, RoutineItem } from "./types.js";

/** Within this share of the budget the routine counts as fitted; the fitter aims at exact. */
const FIT_TOLERANCE = 0.05;

/**
 * Builds today's routine.
 *
 * @example
 * buildRoutine({ run: "long", minutes: 20, equipment: ["foam-roller"] }, MOVEMENTS, 1);
 * // walk first (T1), lower-body release and holds (L2, L6), breathing, an evening follow-up (L6)
 */
export function buildRoutine(
  context: RoutineContext,
  library: readonly Movement[],
  seed: number,
): Routine {
  const profile = resolveProfile(context);
  const blocked = blockedRegions(context);
  const prio = priorities(context, profile);
  const rng = createRng(seed);
  const dynamicOnly = profile.session === "mini" || profile.session === "pre-run";
  const candidates = candidatesByPhase(library, profile, blocked, dynamicOnly);
  const plan = planRoutine(profile, (candidates.get("release") ?? []).length > 0);
  const shortOnTime = profile.minutes <= 12 || profile.minutes < profile.guideRange[0];
  let reserve: ReturnType<typeof candidatesByPhase> | undefined;
  const input: SelectionInput = {
    profile,
    plan,
    prio,
    candidates,
    reserve: () => (reserve ??= candidatesByPhase(library, profile, blocked, dynamicOnly, true)),
    rng,
    recent: new Set(context.recentMovementIds ?? []),
    tightOnly: shortOnTime && prio.tightOrder.length > 0,
    ...(context.trialMovementId ? { trialMovementId: context.trialMovementId } : {}),
  };

  const t8 = t8Sequence(input, profile.budget);
  let chosen = t8 ?? selectItems(input);
  fit(chosen, profile.budget, t8 ? undefined : input);
  if (chosen.filter((c) => c.phase !== "transition").length === 0) {
    const rules: RuleId[] = (context.pain ?? []).map((x) => (x.kind === "niggle" ? "X3" : "X2"));
    chosen = withFallback(chosen, library, input, rules.length > 0 ? rules : ["X1"]);
    fit(chosen, profile.budget, undefined);
  }
  orderItems(chosen, profile.session === "mini", t8 ? T8_SEQUENCE : undefined);

  const tender = tenderRegions(context);
  const hasRelease = chosen.some((c) => c.phase === "release");
  const items = chosen.map((c) => toItem(c, profile, prio, tender, shortOnTime, hasRelease));

  const safety = safetyWarnings(context);
  const warnings = [...safety.warnings];
  if (hasRelease) warnings.push(X1_WARNING);
  const follow = followUpFor(profile);

  const reasons = new Set<RuleId>([
    ...profile.reasons,
    ...plan.reasons,
    ...safety.reasons,
    ...follow.reasons,
  ]);
  if (prio.tightOrder.length > 0) {
    reasons.add("A2");
    reasons.add("L11");
    if (input.tightOnly || (shortOnTime && items.some((i) => i.reasons.includes("T5"))))
      reasons.add("T5");
  }
  if (t8) reasons.add("T8");
  else reasons.add("S10");
  if (hasRelease) {
    reasons.add("S2");
    reasons.add("X1");
  }
  for (const i of items) {
    if (i.reasons.includes("B1")) reasons.add("B1");
    if (i.reasons.includes("B2")) reasons.add("B2");
    if (i.reasons.includes("S9")) reasons.add("S9");
  }
  if (profile.workout === "strength") reasons.add("L10");
  if (profile.workout === "cross") reasons.add("L8");
  if ((context.focusRegions ?? []).length > 0) reasons.add("C1");

  return {
    totalSeconds: items.reduce((s, i) => s + i.seconds, 0),
    items,
    warnings,
    ...(follow.followUp ? { followUp: follow.followUp } : {}),
    reasons: [...reasons],
  };
}

/** Fits doses to the budget, adding or dropping items when doses alone cannot. */
function fit(chosen: Chosen[], budget: number, input: SelectionInput | undefined): void {
  for (let guard = 0; guard < 40; guard++) {
    const total = fitDoses(chosen, budget);
    if (total < budget * (1 - FIT_TOLERANCE)) {
      // Add enough items at their starting doses to cover the gap, then fit again.
      let added = 0;
      while (input && total + added < budget) {
        const item = addOne(chosen, input);
        if (!item) break;
        added += secondsOf(item);
      }
      if (added > 0) continue;
      break;
    }
    if (total > budget * (1 + FIT_TOLERANCE)) {
      if (dropOne(chosen)) continue;
      break;
    }
    break;
  }
}

/** Never an empty routine: a walk or marching and breathing when nothing else is allowed. */
function withFallback(
  chosen: Chosen[],
  library: readonly Movement[],
  input: SelectionInput,
  fallbackRules: readonly RuleId[],
): Chosen[] {
  const out = [...chosen];
  const used = new Set(out.map((c) => c.movement.id));
  const general = fallbackCandidates(library, input.profile).filter(
    (c) => !used.has(c.movement.id),
  );
  const hasWalk = out.some((c) => c.phase === "transition");
  const pickOf = (phase: "transition" | "breathing") =>
    general.find((c) => c.movement.phase === phase);
  const extra = [hasWalk ? undefined : pickOf("transition"), pickOf("breathing")];
  for (const c of extra) {
    if (!c) continue;
    const item = choose(c, c.movement.phase, input, out.length + 1);
    for (const rule of fallbackRules) item.reasons.add(rule);
    out.push(item);
  }
  return out;
}

/** Today's pressure for a release item (S3): by the day, the region and the movement's range. */
function pressureFor(c: Chosen, p: DayProfile, tender: ReadonlySet<string>): Pressure | undefined {
  if (c.phase !== "release") return undefined;
  let want: Pressure = p.basePressure;
  const easyDay = (p.day === "easy" || p.day === "none") && p.session !== "pre-run";
  if (easyDay && c.tightness >= 6) want = "firm"; // L3: deeper work on an easy day, checked tomorrow
  if (c.movement.regions.some((r) => tender.has(r))) want = "light"; // S11
  want = minPressure(want, p.pressureCap);
  const range = c.movement.pressure ?? { min: "light", max: "firm" };
  if (pressureRank(want) < pressureRank(range.min)) want = range.min;
  if (pressureRank(want) > pressureRank(range.max)) want = range.max;
  return want;
}

function regionsOf(c: Chosen, prio: Priorities): RegionRef[] {
  if (c.side) return c.movement.regions.map((r) => `${r}-${c.side}` as RegionRef);
  const regions: RegionRef[] = [...c.movement.regions];
  const sided: RegionRef[] = [];
  for (const r of c.movement.regions) {
    const t = prio.tight.get(r);
    if (t?.side && t.level > 0 && c.sides === 2) sided.push(`${r}-${t.side}` as RegionRef);
  }
  return [...sided, ...regions];
}

const B3_CUE = "Breathe slowly through the hold; never hold your breath to gain range.";

function toItem(
  c: Chosen,
  p: DayProfile,
  prio: Priorities,
  tender: ReadonlySet<string>,
  shortOnTime: boolean,
  hasRelease: boolean,
): RoutineItem {
  const m = c.movement;
  const pressure = pressureFor(c, p, tender);
  const isTender = m.regions.some((r) => tender.has(r));
  const reasons = explainItem(c, p, prio, {
    ...(pressure ? { pressure } : {}),
    tender: isTender,
    shortOnTime,
    afterRelease: hasRelease,
  });
  const cues = [...m.cues];
  if (m.dose.kind === "hold" && !cues.some((q) => /breath/i.test(q))) cues.push(B3_CUE);
  const item: RoutineItem = {
    id: m.id,
    name: m.name,
    phase: c.phase,
    regions: regionsOf(c, prio),
    equipment: [...m.equipment],
    seconds: secondsOf(c),
    sides: c.sides,
    cues,
    reasons,
  };
  if (m.dose.kind === "reps" || m.dose.kind === "rounds") item.reps = c.quantity;
  if (m.dose.kind === "hold") item.holdSeconds = c.quantity;
  if (pressure) item.pressure = pressure;
  return item;
}

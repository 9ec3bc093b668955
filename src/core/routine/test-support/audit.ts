/**
 * The coach's audit of a routine: every point of the coach-grade rules read back from the
 * routine as a runner would get it (the contract document), independent of how the engine
 * decided. Each check returns the violations it found, in words; the property tests expect
 * none over generated contexts.
 */
import { MOVEMENTS, T8_SEQUENCE, movementById } from "../../catalog/index.js";
import {
  HARD_RUNS,
  LOWER_BODY_REGIONS,
  parseRegionRef,
  type Region,
  type RegionRef,
  type RuleId,
} from "../../vocabulary.js";
import { restDayCandidates, todaysCandidates } from "../build.js";
import { neighboursOf } from "../neighbours.js";
import { pressureRank, resolveProfile } from "../profile.js";
import { legWorkToday } from "../selection.js";
import type { Routine, RoutineContext, RoutineItem } from "../types.js";
import { GENERAL } from "./helpers.js";

const LOWER = new Set<string>(LOWER_BODY_REGIONS);
const SHARE = new Set(["release", "mobility", "stretch"]);
const HOLDS = new Set([20, 25, 30, 45, 60]);

function base(ref: string): string {
  return parseRegionRef(ref)?.region ?? ref;
}

function minutesAsked(ctx: RoutineContext): number {
  return resolveProfile(ctx).minutes;
}

/** Point 1: after a run, lower-body work takes at least half of release, mobility and stretch time. */
export function legsFirst(r: Routine, ctx: RoutineContext): string[] {
  const p = resolveProfile(ctx);
  if (!ctx.run || p.session === "mini" || p.session === "pre-run") return [];
  // The flags, avoided regions and kit can leave no leg work at all (sharp hips and calves
  // without a roller): then there is no share to keep.
  if (!legWorkToday(todaysCandidates(ctx, MOVEMENTS).candidates)) return [];
  let lower = 0;
  let all = 0;
  for (const i of r.items) {
    if (!SHARE.has(i.phase)) continue;
    all += i.seconds;
    if (LOWER.has(base(i.regions[0] ?? ""))) lower += i.seconds;
  }
  return lower * 2 >= all ? [] : [`lower body ${lower} s of ${all} s after a run`];
}

/** Point 2: a sensible number of movements, no region released twice, under-budget said. */
export function sessionShape(r: Routine, ctx: RoutineContext): string[] {
  const out: string[] = [];
  const minutes = minutesAsked(ctx);
  const t8 = r.items.filter((i) => i.reasons.includes("T8")).length === T8_SEQUENCE.length;
  const cap = Math.min(16, minutes <= 8 ? minutes + 1 : 9 + Math.floor((minutes - 8) / 2.5));
  if (r.items.length > 16) out.push(`${r.items.length} movements (never more than 16)`);
  if (!t8 && r.items.length > Math.max(2, cap))
    out.push(`${r.items.length} movements in ${minutes} minutes`);
  const released = new Set<string>();
  for (const i of r.items.filter((x) => x.phase === "release")) {
    for (const reg of new Set(i.regions.map(base))) {
      if (released.has(reg)) out.push(`${reg} released twice`);
      released.add(reg);
    }
  }
  if (r.totalSeconds < minutes * 60 * 0.9 && r.warnings.length === 0)
    out.push(`${r.totalSeconds} s for ${minutes} minutes without a warning`);
  if (r.totalSeconds < minutes * 60 * 0.9 && (r.notes ?? []).length === 0)
    out.push(`${r.totalSeconds} s for ${minutes} minutes without a note`);
  return out;
}

/** Point 3: sharp or swelling flags rest the region and its neighbours, each with X2. */
export function neighbours(r: Routine, ctx: RoutineContext): string[] {
  const out: string[] = [];
  const p = resolveProfile(ctx);
  for (const flag of ctx.pain ?? []) {
    if (flag.kind === "niggle") continue;
    const parsed = parseRegionRef(flag.region);
    if (!parsed) continue;
    for (const n of [parsed.region, ...neighboursOf(parsed.region)]) {
      const ref = (parsed.side ? `${n}-${parsed.side}` : n) as RegionRef;
      // Nothing works a sharp flag's region or its neighbours, a walk or breathing included.
      for (const i of r.items) {
        const hit = i.regions.some((x) =>
          parsed.side ? x === ref || x === n : x === n || x.startsWith(`${n}-`),
        );
        if (hit) out.push(`${i.id} works ${ref} next to a ${flag.kind} flag`);
      }
      if (n !== parsed.region && !r.warnings.some((w) => w.code === "X2" && w.region === ref))
        out.push(`no X2 warning for neighbour ${ref}`);
    }
    // A foot, ankle, calf or shin carries the body's weight: no leg work is done standing.
    if (["feet", "ankles", "calves", "shins"].includes(parsed.region)) {
      for (const i of r.items) {
        const m = movementById(i.id);
        const upright = m?.posture === "standing" || m?.posture === "wall";
        if (upright && m.regions.some((x) => LOWER.has(x)))
          out.push(`${i.id} is leg work on the feet with a ${flag.kind} ${flag.region}`);
      }
      if (!r.warnings.some((w) => w.code === "X2" && /sitting or lying/.test(w.message)))
        out.push(`no X2 warning that leg work is done sitting or lying (${flag.region})`);
    }
    if (p.session === "pre-run") {
      if (!r.warnings.some((w) => /not advised/.test(w.message)))
        out.push("no warning that running is not advised");
      for (const i of r.items)
        if (movementById(i.id)?.impact) out.push(`impact move ${i.id} before a run`);
    }
  }
  return out;
}

/** Point 3: a region back from a flag gets gentle range only. */
export function recovering(r: Routine, ctx: RoutineContext): string[] {
  const out: string[] = [];
  const regions = new Set((ctx.recoveringRegions ?? []).map(base));
  if (regions.size === 0) return out;
  for (const i of r.items) {
    if (GENERAL.has(i.phase)) continue;
    if (!i.regions.some((x) => regions.has(base(x)))) continue;
    const m = movementById(i.id);
    if (m?.depth === "deep" || (m?.intensity ?? 1) > 1) out.push(`${i.id} is not gentle`);
    if (i.pressure && i.pressure !== "light") out.push(`${i.id} at ${i.pressure} pressure`);
  }
  return out;
}

/**
 * Whether any mobility movement is left today, from the day's own list or a rest day's under
 * the same limits: sharp flags, avoided regions and the kit can leave none (a sharp calf and
 * a sharp mid back without kit), and then S4 cannot ask for one.
 */
function mobilityToday(ctx: RoutineContext): boolean {
  const today = todaysCandidates(ctx, MOVEMENTS);
  const has = (m: ReadonlyMap<string, readonly unknown[]>) => (m.get("mobility") ?? []).length > 0;
  return has(today.candidates) || has(restDayCandidates(today, MOVEMENTS));
}

/** Point 4: tightest first, pressure caps, no deep end range after hard efforts, S4, T8. */
export function loadAndOrder(r: Routine, ctx: RoutineContext): string[] {
  const out: string[] = [];
  const p = resolveProfile(ctx);
  const hard = ctx.run !== undefined && HARD_RUNS.includes(ctx.run);
  const modest = hard || ctx.workout === "strength" || ctx.newToRolling === true;
  // The day's own cap, before the week plan's: a plan cap below it must be cited.
  const { pressureCap: _plan, ...own } = ctx;
  const ownCap = resolveProfile(own).pressureCap;
  for (const i of r.items) {
    // The week plan's cap (L8, L9, S8) holds on every item, and the rule that set it is cited.
    if (
      ctx.pressureCap &&
      i.pressure &&
      pressureRank(i.pressure) > pressureRank(ctx.pressureCap.level)
    )
      out.push(`${i.id} at ${i.pressure} pressure over the plan's ${ctx.pressureCap.level} cap`);
    if (
      ctx.pressureCap &&
      i.pressure &&
      pressureRank(ctx.pressureCap.level) < pressureRank(ownCap) &&
      !ctx.pressureCap.rules.some((rule) => i.reasons.includes(rule))
    )
      out.push(
        `${i.id} lowered to the plan's ${ctx.pressureCap.level} cap without citing its rule`,
      );
    if (modest && i.pressure === "firm")
      out.push(`${i.id} firm after a hard day or around strength`);
    if (hard && movementById(i.id)?.depth === "deep") out.push(`${i.id} deep after a hard effort`);
  }
  // S4: active mobility follows release in every post-run routine of 10 minutes or more.
  const firstRelease = r.items.findIndex((i) => i.phase === "release");
  const roomy = ctx.maxMovements === undefined || ctx.maxMovements >= 3;
  if (
    p.session === "post-run" &&
    r.totalSeconds >= 600 &&
    firstRelease >= 0 &&
    roomy &&
    mobilityToday(ctx)
  ) {
    if (!r.items.slice(firstRelease).some((i) => i.phase === "mobility"))
      out.push("post-run release not followed by mobility");
  }
  // T8: all ten, in order, one after the other.
  const t8 = r.items.filter((i) => T8_SEQUENCE.includes(i.id) && i.reasons.includes("T8"));
  if (t8.length > 0 && t8.map((i) => i.id).join() !== T8_SEQUENCE.join())
    out.push(`T8 out of order: ${t8.map((i) => i.id).join(",")}`);
  // T5: the first work item serves the tightest region, whatever the kit.
  const tight = Object.entries(ctx.tight ?? {})
    .filter(([, v]) => typeof v === "number" && v >= 4)
    .map(([k, v]) => ({ region: base(k), level: v as number }));
  const first = r.items.find((i) => !GENERAL.has(i.phase));
  if (tight.length > 0 && first && p.session !== "mini") {
    const top = Math.max(...tight.map((t) => t.level));
    const tops = new Set(tight.filter((t) => t.level === top).map((t) => t.region));
    const reachable = r.items.some(
      (i) => !GENERAL.has(i.phase) && i.regions.some((x) => tops.has(base(x))),
    );
    if (reachable && !first.regions.some((x) => tops.has(base(x))))
      out.push(`first work ${first.id} is not on the tightest region (${[...tops].join(",")})`);
  }
  return out;
}

function movementCited(r: Routine, pred: (i: RoutineItem) => boolean): boolean {
  return r.items.some(pred);
}

/** Point 5: every cited rule is backed by something in the routine. */
export function citedRulesBacked(r: Routine, ctx: RoutineContext): string[] {
  const out: string[] = [];
  const cited = new Set<RuleId>([...r.reasons, ...r.items.flatMap((i) => i.reasons)]);
  const release = r.items.findIndex((i) => i.phase === "release");
  const checks: [RuleId, boolean][] = [
    [
      "B1",
      movementCited(
        r,
        (i) => i.phase === "breathing" && (movementById(i.id)?.sources ?? []).includes("B1"),
      ),
    ],
    ["B2", movementCited(r, (i) => i.id === "box-breathing")],
    ["S5", movementCited(r, (i) => i.equipment.includes("massage-ball"))],
    ["S6", movementCited(r, (i) => i.equipment.includes("band"))],
    ["L5", ctx.run === "tempo" || ctx.run === "intervals"],
    ["L6", ctx.run === "long"],
    [
      "S4",
      release >= 0 &&
        r.items.slice(release).some((i) => i.phase === "mobility" || i.phase === "stretch"),
    ],
    [
      "T8",
      r.items
        .filter((i) => T8_SEQUENCE.includes(i.id))
        .map((i) => i.id)
        .join() === T8_SEQUENCE.join(),
    ],
    ["L10", ctx.workout === "strength"],
    ["T1", r.items[0]?.phase === "transition"],
    [
      "S9",
      (ctx.trialMovementId !== undefined && r.items.some((i) => i.id === ctx.trialMovementId)) ||
        // Filled past the core set's cap with known techniques only, and short for it.
        (ctx.maxMovementsRule === "S10" && r.warnings.some((w) => w.code === "S9")),
    ],
    ["L3", r.items.some((i) => i.pressure === "firm")],
  ];
  for (const [rule, backed] of checks)
    if (cited.has(rule) && !backed) out.push(`${rule} cited but not backed`);
  // Item-level: an item's own rule names something true of the item.
  for (const i of r.items) {
    if (i.reasons.includes("B1") && !(movementById(i.id)?.sources ?? []).includes("B1"))
      out.push(`${i.id} cites B1`);
    if (i.reasons.includes("S5") && !i.equipment.includes("massage-ball"))
      out.push(`${i.id} cites S5`);
    if (i.reasons.includes("S6") && !i.equipment.includes("band")) out.push(`${i.id} cites S6`);
    if (i.reasons.includes("S1") && !i.equipment.includes("foam-roller"))
      out.push(`${i.id} cites S1`);
    if (i.reasons.includes("S7") && i.holdSeconds === undefined) out.push(`${i.id} cites S7`);
    if (i.reasons.includes("L1") && ctx.run !== undefined && !HARD_RUNS.includes(ctx.run))
      out.push(`${i.id} cites L1 after an easy run`);
    // The other way round: the technique on trial is named as one wherever it is placed, since
    // the coach reads the trial's days back from this cite.
    if (i.id === ctx.trialMovementId && !i.reasons.includes("S9"))
      out.push(`${i.id} is the trial but does not cite S9`);
  }
  return out;
}

/** Point 6: doses on the coach's grid, cues that agree with pressure, cautions carried. */
export function doses(r: Routine): string[] {
  const out: string[] = [];
  for (const i of r.items) {
    const s = i.seconds;
    const ok = s < 60 ? s % 5 === 0 : s % 15 === 0;
    if (!ok) out.push(`${i.id}: ${s} s`);
    if (i.holdSeconds !== undefined && !HOLDS.has(i.holdSeconds))
      out.push(`${i.id}: hold ${i.holdSeconds} s`);
    if (i.reasons.includes("T1") && i.phase === "transition" && s % 30 !== 0)
      out.push(`${i.id}: walk of ${s} s`);
    if (i.pressure) {
      const other = ["light", "moderate", "firm"].filter((x) => x !== i.pressure);
      for (const q of i.cues)
        for (const word of other)
          if (new RegExp(`\\b${word} pressure`, "i").test(q)) out.push(`${i.id}: cue says ${word}`);
      if (i.pressure === "light" && i.cues.some((q) => /more pressure/i.test(q)))
        out.push(`${i.id}: cue asks for more pressure`);
    }
    const m = movementById(i.id);
    if (m && m.cautions.length > 0 && (i.cautions ?? []).length !== m.cautions.length)
      out.push(`${i.id}: cautions missing`);
    if (new Set(i.regions).size !== i.regions.length) out.push(`${i.id}: a region listed twice`);
  }
  return out;
}

/** Every check at once. */
export function audit(r: Routine, ctx: RoutineContext): string[] {
  return [
    ...legsFirst(r, ctx),
    ...sessionShape(r, ctx),
    ...neighbours(r, ctx),
    ...recovering(r, ctx),
    ...loadAndOrder(r, ctx),
    ...citedRulesBacked(r, ctx),
    ...doses(r),
  ];
}

export type { Region };

/**
 * Safety first (X1-X3, X6, S11/X4): which regions are off limits today, which side of a
 * region may still be worked, and the warnings that say why.
 */
import {
  LOWER_BODY_REGIONS,
  parseRegionRef,
  type Region,
  type RegionRef,
  type RuleId,
  type Side,
} from "../vocabulary.js";
import type { Movement } from "../catalog/types.js";
import { neighboursOf } from "./neighbours.js";
import { isPlural, regionName } from "./region-names.js";
import type { RoutineContext, RoutineWarning } from "./types.js";

/** Region -> the sides that may not be worked ("both" for the whole region). */
export type Blocked = ReadonlyMap<Region, ReadonlySet<Side> | "both">;

/** True for a flag that stops all work on a region and its neighbours (X2). */
export function isSharp(kind: string): boolean {
  return kind === "sharp" || kind === "swelling";
}

/**
 * Where pain flags and `avoid` put limits. Pain and avoid are treated alike for the work; a
 * sharp pain or swelling also rests the region's neighbours (X2), on the same side.
 */
export function blockedRegions(ctx: RoutineContext): Blocked {
  const refs: RegionRef[] = [...(ctx.avoid ?? [])];
  for (const p of ctx.pain ?? []) refs.push(...restedBy(p));
  return blockedFrom(refs);
}

/**
 * The regions a sharp pain or swelling rests (X2), neighbours included: the only limits a
 * walk, breathing drill or easy cardio respects. Those load no region on purpose, so a niggle
 * (X3, gentle range is fine) or an avoided region leaves them in; but "stop all work on that
 * area" leaves out even a cool-down walk on a sharp calf or a breathing drill into a sharp
 * thoracic spine.
 *
 * @example
 * sharpRestedRegions({ pain: [{ region: "calves-left", kind: "sharp" }] });
 * // Map { "calves" => Set {"left"}, "ankles" => Set {"left"}, ... }
 */
export function sharpRestedRegions(ctx: RoutineContext): Blocked {
  const refs: RegionRef[] = [];
  for (const p of ctx.pain ?? []) if (isSharp(p.kind)) refs.push(...restedBy(p));
  return blockedFrom(refs);
}

/** The flagged region, and for a sharp flag its neighbours on the same side. */
function restedBy(p: { region: RegionRef; kind: string }): RegionRef[] {
  const refs: RegionRef[] = [p.region];
  if (!isSharp(p.kind)) return refs;
  const parsed = parseRegionRef(p.region);
  if (!parsed) return refs;
  for (const n of neighboursOf(parsed.region))
    refs.push((parsed.side ? `${n}-${parsed.side}` : n) as RegionRef);
  return refs;
}

/** Regions that carry the body's weight when standing: the lower leg and the foot. */
const WEIGHT_BEARING: ReadonlySet<Region> = new Set(["feet", "ankles", "calves", "shins"]);
const LOWER_BODY: ReadonlySet<Region> = new Set(LOWER_BODY_REGIONS);

/**
 * X2 on a foot, ankle, calf or shin: the flag (the first, if several) whose region carries
 * the body's weight. Any leg work done standing loads it, whichever leg moves (the other one
 * stands), so while it is checked the legs are worked sitting or lying only.
 *
 * @example
 * offFeetFlag({ pain: [{ region: "calves-left", kind: "sharp" }] }); // "calves-left"
 * offFeetFlag({ pain: [{ region: "hips", kind: "sharp" }] }); // undefined
 */
export function offFeetFlag(ctx: RoutineContext): RegionRef | undefined {
  return ctx.pain?.find(isOffFeet)?.region;
}

function isOffFeet(p: { region: RegionRef; kind: string }): boolean {
  const region = parseRegionRef(p.region)?.region;
  return isSharp(p.kind) && region !== undefined && WEIGHT_BEARING.has(region);
}

/**
 * Leg work on the feet: a movement done standing or against a wall that works a lower-body
 * region (a walk, a lunge, a leg swing, a standing stretch). Upper-body moves done standing
 * (arm circles, neck rolls) load nothing below the hips on purpose.
 *
 * @example
 * onTheFeet(movementById("leg-swings-front-back")!); // true
 * onTheFeet(movementById("arm-circles")!); // false
 */
export function onTheFeet(m: Movement): boolean {
  if (m.posture !== "standing" && m.posture !== "wall") return false;
  for (const r of m.regions) if (LOWER_BODY.has(r)) return true;
  return false;
}

function blockedFrom(refs: readonly RegionRef[]): Blocked {
  const blocked = new Map<Region, Set<Side> | "both">();
  for (const ref of refs) {
    const parsed = parseRegionRef(ref);
    if (!parsed) continue;
    const prev = blocked.get(parsed.region);
    if (prev === "both") continue;
    if (!parsed.side) {
      blocked.set(parsed.region, "both");
      continue;
    }
    const sides = prev ?? new Set<Side>();
    sides.add(parsed.side);
    blocked.set(parsed.region, sides.size === 2 ? "both" : sides);
  }
  return blocked;
}

const NOT_ALLOWED = { ok: false } as const;
const BOTH_SIDES = { ok: true } as const;

/**
 * Whether a movement may be done with these limits: not at all, on both sides, or on one
 * side only (a per-side movement whose region is blocked on the other side).
 *
 * @example
 * allowedSide(calfStretch, new Map([["calves", new Set(["left"])]])); // { ok: true, side: "right" }
 */
export function allowedSide(
  m: Movement,
  blocked: Blocked,
): { ok: false; side?: undefined } | { ok: true; side?: Side } {
  let side: Side | undefined;
  for (const r of m.regions) {
    const b = blocked.get(r);
    if (!b) continue;
    if (b === "both") return NOT_ALLOWED;
    const perSide = m.dose.kind !== "rounds" && m.dose.perSide;
    if (!perSide) return NOT_ALLOWED;
    const free: Side = b.has("left") ? "right" : "left";
    if (side && side !== free) return NOT_ALLOWED;
    side = free;
  }
  return side ? { ok: true, side } : BOTH_SIDES;
}

const NOT_A_DIAGNOSIS = "This is general guidance, not a diagnosis.";

/** A region in words: "left IT band", "hip flexors". */
export const place = regionName;

/**
 * Warnings for pain flags (X2, X3, with the X6 wording), each neighbour a sharp flag rests
 * (X2), running before a sharp flag (X2), regions back from a resolved flag (X3) and
 * lingering tenderness (S11, X4).
 */
export function safetyWarnings(
  ctx: RoutineContext,
  session?: string,
): {
  warnings: RoutineWarning[];
  reasons: RuleId[];
} {
  const warnings: RoutineWarning[] = [];
  const reasons = new Set<RuleId>();
  for (const p of ctx.pain ?? []) {
    if (p.kind === "niggle") {
      warnings.push({
        code: "X3",
        region: p.region,
        message:
          `A recent niggle in the ${place(p.region)}: today's routine leaves it out. ` +
          `If it lingers or gets worse, have a clinician (physiotherapist or sports doctor) look at it. ${NOT_A_DIAGNOSIS}`,
      });
      reasons.add("X3");
    } else {
      const what = p.kind === "swelling" ? "Swelling" : "Sharp pain";
      warnings.push({
        code: "X2",
        region: p.region,
        message:
          `${what} in the ${place(p.region)}: stop all work on that area and see a physiotherapist or sports doctor ` +
          `before you work on it again. ${NOT_A_DIAGNOSIS}`,
      });
      reasons.add("X2");
      const parsed = parseRegionRef(p.region);
      for (const n of parsed ? neighboursOf(parsed.region) : []) {
        const ref = (parsed?.side ? `${n}-${parsed.side}` : n) as RegionRef;
        warnings.push({
          code: "X2",
          region: ref,
          message: isPlural(ref)
            ? `The ${place(ref)} sit next to the ${place(p.region)}: they rest today too, until the ${what.toLowerCase()} has been checked.`
            : `The ${place(ref)} sits next to the ${place(p.region)}: it rests today too, until the ${what.toLowerCase()} has been checked.`,
        });
      }
      // Said once, for the first such flag: the rule applies to all of them at once.
      if (ctx.pain?.find(isOffFeet) === p)
        warnings.push({
          code: "X2",
          region: p.region,
          message: `With ${what.toLowerCase()} in the ${place(p.region)}, standing leg work would load the area: today's leg work is done sitting or lying down.`,
        });
      if (session === "pre-run")
        warnings.push({
          code: "X2",
          region: p.region,
          message: `Running today is not advised with ${what.toLowerCase()} in the ${place(p.region)}: have it checked first. This routine leaves out hopping, bouncing and brisk marching.`,
        });
    }
    reasons.add("X6");
  }
  for (const ref of ctx.recoveringRegions ?? []) {
    warnings.push({
      code: "X3",
      region: ref,
      message: `The ${place(ref)} ${isPlural(ref) ? "are" : "is"} back from a pain flag this week: gentle range and light pressure only, and stop if it turns sharp.`,
    });
    reasons.add("X3");
  }
  for (const ref of ctx.persistentTenderness ?? []) {
    warnings.push({
      code: "X4",
      region: ref,
      message:
        `The ${place(ref)} ${isPlural(ref) ? "have" : "has"} stayed tender for several sessions: pressure there is kept light. ` +
        `If it does not settle, see a physiotherapist or sports doctor. ${NOT_A_DIAGNOSIS}`,
    });
    reasons.add("S11");
    reasons.add("X4");
    reasons.add("X6");
  }
  if (ctx.lighten) {
    const code = ctx.lighten.rules[0] ?? "L9";
    warnings.push({ code, message: ctx.lighten.message });
    for (const r of ctx.lighten.rules) reasons.add(r);
  }
  return { warnings, reasons: [...reasons] };
}

/** X1: attached to routines with release work. */
export const X1_WARNING: RoutineWarning = {
  code: "X1",
  message: "Mild tension is fine; sharp pain never is. Ease off at once if anything turns sharp.",
};

/** Regions with lingering tenderness, as plain regions (pressure stays light there). */
export function tenderRegions(ctx: RoutineContext): ReadonlySet<Region> {
  const out = new Set<Region>();
  for (const ref of ctx.persistentTenderness ?? []) {
    const p = parseRegionRef(ref);
    if (p) out.add(p.region);
  }
  return out;
}

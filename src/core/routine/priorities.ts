/**
 * Which regions matter most today: tight regions first (A2, T5) with a larger share of the
 * time (L11), the lower legs and hips after a long run (L6), the coming lift's patterns
 * (L10), a plan's focus (C1, S10), and the mini session's four stations (T3).
 */
import {
  parseRegionRef,
  type Emphasis,
  type Region,
  type RuleId,
  type Side,
} from "../vocabulary.js";
import type { Movement } from "../catalog/types.js";
import type { RoutineContext } from "./types.js";
import type { DayProfile } from "./profile.js";

/** A stiffness rating from this level up makes a region "routinely restricted" (A2). */
export const TIGHT_LEVEL = 4;

export interface CoverGoal {
  /** Any of these regions satisfies the goal. */
  regions: readonly Region[];
  rule: RuleId;
}

export interface Priorities {
  /** Extra selection and time weight per region. */
  weight: ReadonlyMap<Region, number>;
  /** Stiffness per region (the highest given for either side) and the side when only one was named. */
  tight: ReadonlyMap<Region, { level: number; side?: Side }>;
  /** Tight regions, tightest first. */
  tightOrder: readonly Region[];
  /** Regions the routine should reach, in the order they are served. */
  cover: readonly CoverGoal[];
  /** Rules that make a region matter, for item reasons. */
  rulesFor: ReadonlyMap<Region, readonly RuleId[]>;
}

/** Regions each strength pattern loads (L10): mobility for the joints, tissue work for the movers. */
export const EMPHASIS_REGIONS: Record<Emphasis, readonly Region[]> = {
  squat: ["hips", "ankles", "glutes", "quads", "adductors"],
  hinge: ["hips", "hamstrings", "glutes", "lower-back"],
  lunge: ["hip-flexors", "quads", "glutes", "ankles"],
  push: ["thoracic", "shoulders"],
  pull: ["thoracic", "shoulders"],
  carry: ["thoracic", "shoulders", "hips", "feet"],
};

/** What running loads most: the usual first candidates for care after a run. */
const RUNNING_REGIONS: readonly Region[] = [
  "calves",
  "quads",
  "hamstrings",
  "glutes",
  "hips",
  "feet",
  "it-band",
];

/** T3's stations, in order. */
export const MINI_STATIONS: readonly CoverGoal[] = [
  { regions: ["ankles", "calves"], rule: "T3" },
  { regions: ["hips", "glutes"], rule: "T3" },
  { regions: ["thoracic"], rule: "T3" },
  { regions: ["shoulders"], rule: "T3" },
];

/**
 * Priorities depend only on the day, the ratings and a plan's focus, all plain values: each
 * combination is worked out once and shared (read-only) by every routine that has it, so the
 * selection can also keep what it derives from them (selection.ts). Bounded: a full memo is
 * emptied and refilled, which changes nothing but speed.
 */
const PRIORITIES_MEMO = new Map<string, Priorities>();
const PRIORITIES_MEMO_SIZE = 1024;

/**
 * The memo key: every input computePriorities reads, the ratings in their own order (ties
 * keep it). The vocabulary's names hold no "|", "," or "=", so the key is unambiguous.
 */
function prioritiesKey(ctx: RoutineContext, profile: DayProfile): string {
  let key = `${profile.run ?? ""}|${profile.day}|${profile.session}|${profile.workout ?? ""}|${profile.emphasis.join(",")}|`;
  const tight = ctx.tight as Record<string, unknown> | undefined;
  if (tight) {
    // A value that is not a number is skipped there, so it must not match a number here.
    for (const ref of Object.keys(tight)) {
      const level = tight[ref];
      key += `${ref}=${typeof level === "number" ? String(level) : "_"},`;
    }
  }
  return `${key}|${(ctx.focusRegions ?? []).join(",")}`;
}

/**
 * Builds today's region priorities.
 *
 * @example
 * priorities({ run: "long" }, profile).cover; // calves, feet, glutes or hips (L6)
 */
export function priorities(ctx: RoutineContext, profile: DayProfile): Priorities {
  const key = prioritiesKey(ctx, profile);
  let hit = PRIORITIES_MEMO.get(key);
  if (!hit) {
    if (PRIORITIES_MEMO.size >= PRIORITIES_MEMO_SIZE) PRIORITIES_MEMO.clear();
    hit = computePriorities(ctx, profile);
    PRIORITIES_MEMO.set(key, hit);
  }
  return hit;
}

/**
 * Works today's region priorities out afresh (priorities() keeps each combination's result).
 *
 * @example
 * computePriorities({ tight: { calves: 8 } }, profile).tightOrder; // ["calves"]
 */
export function computePriorities(ctx: RoutineContext, profile: DayProfile): Priorities {
  const weight = new Map<Region, number>();
  const rulesFor = new Map<Region, RuleId[]>();
  const add = (r: Region, w: number, rule: RuleId) => {
    weight.set(r, (weight.get(r) ?? 0) + w);
    const list = rulesFor.get(r) ?? [];
    if (!list.includes(rule)) list.push(rule);
    rulesFor.set(r, list);
  };

  const tight = new Map<Region, { level: number; side?: Side }>();
  for (const [ref, level] of Object.entries(ctx.tight ?? {})) {
    const p = parseRegionRef(ref);
    if (!p || typeof level !== "number") continue;
    const prev = tight.get(p.region);
    if (!prev) tight.set(p.region, p.side ? { level, side: p.side } : { level });
    else {
      // Both sides named: the higher one stands out; a plain rating covers both sides.
      const top = Math.max(prev.level, level);
      let side: Side | undefined;
      if (prev.side && p.side && prev.side !== p.side)
        side = level > prev.level ? p.side : level < prev.level ? prev.side : undefined;
      else if (prev.side && p.side) side = prev.side;
      tight.set(p.region, side ? { level: top, side } : { level: top });
    }
  }
  const tightOrder = [...tight.entries()]
    .filter(([, t]) => t.level >= TIGHT_LEVEL)
    .sort((a, b) => b[1].level - a[1].level)
    .map(([r]) => r);
  for (const [r, t] of tight) {
    if (t.level >= TIGHT_LEVEL) add(r, t.level / 2, "A2");
    else if (t.level > 0) weight.set(r, (weight.get(r) ?? 0) + t.level / 4);
  }
  // The tissues running loads most get a small head start after any run (calves, quads,
  // hamstrings, glutes, hips, feet).
  if (profile.run) for (const r of RUNNING_REGIONS) weight.set(r, (weight.get(r) ?? 0) + 1);

  const cover: CoverGoal[] = tightOrder.map((r) => ({ regions: [r], rule: "A2" as RuleId }));

  if (profile.session === "mini") cover.push(...MINI_STATIONS);
  if (profile.day === "long") {
    for (const r of ["feet", "calves", "glutes", "hips"] as const) add(r, 2, "L6");
    for (const r of ["hamstrings", "quads"] as const) add(r, 1, "L6");
    cover.push(
      { regions: ["calves"], rule: "L6" },
      { regions: ["feet"], rule: "L6" },
      { regions: ["glutes", "hips"], rule: "L6" },
    );
  } else if (profile.day === "hard") {
    for (const r of ["calves", "hamstrings", "quads", "hip-flexors"] as const) add(r, 1, "L1");
  }
  if (profile.workout === "strength") {
    const emph =
      profile.emphasis.length > 0 ? profile.emphasis : (["squat", "hinge"] as Emphasis[]);
    for (const e of emph) for (const r of EMPHASIS_REGIONS[e]) add(r, 1.5, "L10");
    const seen = new Set<Region>();
    for (const e of emph)
      for (const r of EMPHASIS_REGIONS[e].slice(0, 3))
        if (!seen.has(r)) {
          seen.add(r);
          cover.push({ regions: [r], rule: "L10" });
        }
  }
  for (const r of ctx.focusRegions ?? []) {
    add(r, 2, "C1");
    cover.push({ regions: [r], rule: "C1" });
  }
  return { weight, tight, tightOrder, cover, rulesFor };
}

/** Priority of a movement: the sum of its regions' weights (main region counts double). */
export function movementPriority(m: Movement, p: Priorities): number {
  let score = 0;
  for (let i = 0; i < m.regions.length; i++) {
    const r = m.regions[i] as Region;
    score += (p.weight.get(r) ?? 0) * (i === 0 ? 1 : 0.5);
  }
  return score;
}

/** Highest stiffness among the movement's regions (0 when none is rated). */
export function movementTightness(m: Movement, p: Priorities): number {
  let top = 0;
  for (const r of m.regions) top = Math.max(top, p.tight.get(r)?.level ?? 0);
  return top;
}

/**
 * Which movements may appear today at all: kit the person owns, sessions the movement
 * suits, regions that are not off limits (X2, X3, avoid), pressure the day allows (L1, L2,
 * S8), dynamic low-load moves only where the session asks for them (T3), nothing
 * demanding after hard or long days (L1, L2), no deep stretches after easy runs (L4).
 */
import type { Movement } from "../catalog/types.js";
import {
  isWorkPhase,
  type Equipment,
  type Phase,
  type Region,
  type SessionKind,
  type Side,
} from "../vocabulary.js";
import { allowedSide, onTheFeet, type Blocked } from "./safety.js";
import { pressureRank, type DayProfile } from "./profile.js";

export interface Candidate {
  movement: Movement;
  /** Set when only this side may be worked. */
  side?: Side;
}

/** True when every piece of kit the movement needs is owned. */
export function ownsKit(m: Movement, owned: readonly Equipment[]): boolean {
  for (const e of m.equipment) if (!owned.includes(e)) return false;
  return true;
}

/** One candidate object per movement for both sides, reused by every routine. */
const PLAIN = new WeakMap<Movement, Candidate>();
function plain(m: Movement): Candidate {
  let c = PLAIN.get(m);
  if (!c) {
    c = { movement: m };
    PLAIN.set(m, c);
  }
  return c;
}

/** Whether a release movement can be done at or under the day's pressure cap. */
export function pressureFits(m: Movement, p: DayProfile): boolean {
  if (m.phase !== "release") return true;
  const min = m.pressure?.min ?? "light";
  return pressureRank(min) <= pressureRank(p.pressureCap);
}

/** Limits beyond the day: what the journal and the pain flags add. */
export interface CandidateLimits {
  /** Movements that left the runner feeling worse (X5): left out. */
  avoidIds: ReadonlySet<string>;
  /** A sharp flag before a run: no hopping, bouncing or brisk marching (X2). */
  noImpact: boolean;
  /** Regions back from a resolved flag: gentle, not deep, low intensity only (X3). */
  recovering: ReadonlySet<Region>;
  /**
   * Regions a sharp pain or swelling rests, neighbours included (X2): the one limit a walk,
   * breathing or easy cardio respects too (sharpRestedRegions). Empty when there is none.
   */
  sharpRested: Blocked;
  /**
   * A sharp pain or swelling in a foot, ankle, calf or shin (offFeetFlag): no leg work done
   * standing or against a wall, walks included, whichever leg it names (X2).
   */
  offFeet: boolean;
}

/**
 * Sessions that hold only dynamic moves (T3 for the mini session; priming before a run):
 * a release may still open them, a held stretch may not.
 */
export function dynamicOnlySession(session: SessionKind): boolean {
  return session === "mini" || session === "pre-run";
}

/** A dynamic-only session holds a movement when it moves (or releases), not when it holds. */
function dynamicFits(m: Movement, dynamicOnly: boolean): boolean {
  return !dynamicOnly || m.dynamic || m.phase === "release";
}

/** T3: the mini session is dynamic and low-load, with no kit: no release, no held stretch. */
function miniFits(m: Movement, session: SessionKind): boolean {
  return session !== "mini" || !(m.phase === "release" || m.phase === "stretch" || m.intensity > 2);
}

/**
 * Whether a movement can be in a session of this kind at all, before the day's own limits
 * (kit, pain, load): what the week plan may promise a session holds.
 *
 * @example
 * fitsSessionKind(MOVEMENTS.find((m) => m.id === "foam-roll-calves")!, "mini"); // false
 */
export function fitsSessionKind(m: Movement, session: SessionKind): boolean {
  return (
    m.sessions.includes(session) &&
    dynamicFits(m, dynamicOnlySession(session)) &&
    miniFits(m, session)
  );
}

const ALLOWED: { ok: true; side?: Side } = { ok: true };

const NO_LIMITS: CandidateLimits = {
  avoidIds: new Set(),
  noImpact: false,
  recovering: new Set(),
  sharpRested: new Map(),
  offFeet: false,
};

/**
 * Candidates per phase, in library order (which keeps the choice deterministic).
 *
 * @example
 * candidatesByPhase(MOVEMENTS, profile, blocked, true).get("release"); // rollers the person owns
 */
export function candidatesByPhase(
  library: readonly Movement[],
  p: DayProfile,
  blocked: Blocked,
  dynamicOnly: boolean,
  limits: CandidateLimits = NO_LIMITS,
): ReadonlyMap<Phase, readonly Candidate[]> {
  // Without pain flags, avoided regions or journal limits the lists depend only on the day,
  // so they are kept and shared (read-only) by every routine of the same kind of day.
  const plainDay =
    blocked.size === 0 &&
    limits.avoidIds.size === 0 &&
    !limits.noImpact &&
    !limits.offFeet &&
    limits.recovering.size === 0;
  if (!plainDay) return compute(library, p, blocked, dynamicOnly, limits);
  let cache = DAY_CACHE.get(library);
  if (!cache) {
    cache = new Map();
    DAY_CACHE.set(library, cache);
  }
  const key = `${p.session}|${p.day}|${p.equipment.join(",")}|${p.pressureCap}|${p.lighten}|${p.newToRolling}|${dynamicOnly}`;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size >= DAY_CACHE_SIZE) cache.clear();
    hit = compute(library, p, blocked, dynamicOnly, limits);
    cache.set(key, hit);
    for (const list of hit.values()) SHARED.add(list);
  }
  return hit;
}

/** The lists kept for a kind of day: the same array for every routine of that kind. */
const SHARED = new WeakSet<readonly Candidate[]>();

/**
 * Whether a candidate list is one kept for a kind of day (the same array for every routine
 * of that kind), so what is worked out from it alone may be kept as long as it lives.
 *
 * @example
 * isSharedList(candidatesByPhase(MOVEMENTS, profile, new Map(), false).get("mobility")!); // true
 */
export function isSharedList(list: readonly Candidate[]): boolean {
  return SHARED.has(list);
}

/** Kinds of day kept per library; far more than the sessions, days and kits combine to. */
const DAY_CACHE_SIZE = 256;
const DAY_CACHE = new WeakMap<readonly Movement[], Map<string, Map<Phase, Candidate[]>>>();

function compute(
  library: readonly Movement[],
  p: DayProfile,
  blocked: Blocked,
  dynamicOnly: boolean,
  limits: CandidateLimits,
): Map<Phase, Candidate[]> {
  const out = new Map<Phase, Candidate[]>();
  const gentleDay = p.day === "hard" || p.day === "long" || p.lighten || p.newToRolling;
  for (const m of library) {
    if (!ownsKit(m, p.equipment)) continue;
    if (!m.sessions.includes(p.session)) continue;
    if (limits.avoidIds.has(m.id)) continue;
    if (limits.noImpact && m.impact) continue;
    if (limits.offFeet && onTheFeet(m)) continue;
    // L5: gentle positions after hard efforts, never a deep end-range stretch.
    if ((p.day === "hard" || p.day === "long") && m.depth === "deep") continue;
    if (limits.recovering.size > 0 && (m.depth === "deep" || m.intensity > 1)) {
      let touches = false;
      for (const r of m.regions) if (limits.recovering.has(r)) touches = true;
      if (touches) continue;
    }
    if (!pressureFits(m, p)) continue;
    if (!dynamicFits(m, dynamicOnly) || !miniFits(m, p.session)) continue;
    if (gentleDay && m.intensity > 2) continue;
    if (p.day === "easy" && p.session === "post-run" && m.phase === "stretch" && m.intensity > 1)
      continue;
    // A walk, breathing or easy cardio loads no region on purpose: only a sharp pain or
    // swelling (X2: stop all work on that area) removes one that works the region.
    const general = !isWorkPhase(m.phase);
    const allowed =
      blocked.size === 0 ? ALLOWED : allowedSide(m, general ? limits.sharpRested : blocked);
    if (!allowed.ok) continue;
    let list = out.get(m.phase);
    if (!list) {
      list = [];
      out.set(m.phase, list);
    }
    list.push(allowed.side ? { movement: m, side: allowed.side } : plain(m));
  }
  return out;
}

/**
 * General items for when nothing else is left (every region off limits): a walk or marching
 * and breathing. They do not work any tissue, so avoided regions and niggles do not apply;
 * the kit does, and so does a sharp pain or swelling (X2) in a region they move or one they
 * stand on.
 */
export function fallbackCandidates(
  library: readonly Movement[],
  p: DayProfile,
  limits: Pick<CandidateLimits, "sharpRested" | "offFeet">,
): Candidate[] {
  return library
    .filter(
      (m) =>
        (m.phase === "transition" || m.phase === "breathing") &&
        ownsKit(m, p.equipment) &&
        allowedSide(m, limits.sharpRested).ok &&
        !(limits.offFeet && onTheFeet(m)),
    )
    .map((movement) => ({ movement }));
}

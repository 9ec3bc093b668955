/**
 * The shared vocabulary of DESIGN.md: every name the CLI, the API, the JSON documents and
 * the tests use. Lists are `as const` so each doubles as a runtime allow-list (for error
 * messages that name what is allowed) and as a union type.
 *
 * @example
 * import { REGIONS, isRegion } from "./vocabulary.js";
 * isRegion("calves"); // true
 */

/** Regions of the lower body: after a run they take at least half of the work time. */
export const LOWER_BODY_REGIONS = [
  "calves",
  "ankles",
  "feet",
  "shins",
  "hamstrings",
  "quads",
  "it-band",
  "glutes",
  "hip-flexors",
  "adductors",
  "hips",
] as const;

export const REGIONS = [
  ...LOWER_BODY_REGIONS,
  "lower-back",
  "thoracic",
  "shoulders",
  "neck",
] as const;
export type Region = (typeof REGIONS)[number];

export const SIDES = ["left", "right"] as const;
export type Side = (typeof SIDES)[number];

/** A region with an optional side, written `calves` or `calves-left`. */
export type RegionRef = Region | `${Region}-${Side}`;

/**
 * How a region with an optional side is written.
 *
 * @example
 * regionRef({ region: "calves", side: "left" }); // "calves-left"
 * regionRef({ region: "thoracic" }); // "thoracic"
 */
export function regionRef(x: { region: Region; side?: Side | undefined }): RegionRef {
  return x.side ? `${x.region}-${x.side}` : x.region;
}

/** Routine order: every item of an earlier phase comes before every item of a later one (S4). */
export const PHASES = [
  "transition",
  "release",
  "mobility",
  "activation",
  "stretch",
  "breathing",
  "cardio",
] as const;
export type Phase = (typeof PHASES)[number];

/**
 * True for phases that work tissue. The walk, breathing and easy cardio frame a session
 * instead: the routine counts no region's share on them, and the coach neither judges
 * them as techniques nor counts them as a technique done.
 *
 * @example
 * isWorkPhase("release"); // true
 * isWorkPhase("breathing"); // false
 */
export function isWorkPhase(phase: Phase): boolean {
  return phase !== "transition" && phase !== "breathing" && phase !== "cardio";
}

/** Kit the person may or may not own. A wall, a step and floor space are assumed. */
export const EQUIPMENT = ["foam-roller", "massage-ball", "band"] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const PRESSURES = ["light", "moderate", "firm"] as const;
export type Pressure = (typeof PRESSURES)[number];

export const RUN_TYPES = [
  "easy",
  "recovery",
  "tempo",
  "intervals",
  "long",
  "hills",
  "race",
] as const;
export type RunType = (typeof RUN_TYPES)[number];

export const WORKOUTS = ["strength", "cross"] as const;
export type Workout = (typeof WORKOUTS)[number];

export const EMPHASES = ["squat", "hinge", "lunge", "push", "pull", "carry"] as const;
export type Emphasis = (typeof EMPHASES)[number];

export const SESSIONS = ["post-run", "pre-run", "evening", "mini", "rest-day"] as const;
export type SessionKind = (typeof SESSIONS)[number];

/** Days of the week, Sunday first (index = JavaScript's getDay()); a week may start on any. */
export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const PAIN_KINDS = ["sharp", "swelling", "niggle"] as const;
export type PainKind = (typeof PAIN_KINDS)[number];

/** Posture of a movement, so a routine does not bounce between floor and standing. */
export const POSTURES = ["standing", "floor", "seated", "wall"] as const;
export type Posture = (typeof POSTURES)[number];

/** Rule IDs of GUIDE.md. The engine cites these in every `reasons` list. */
export const RULE_IDS = [
  "A1",
  "A2",
  "A3",
  "A4",
  "S1",
  "S2",
  "S3",
  "S4",
  "S5",
  "S6",
  "S7",
  "S8",
  "S9",
  "S10",
  "S11",
  "L1",
  "L2",
  "L3",
  "L4",
  "L5",
  "L6",
  "L7",
  "L8",
  "L9",
  "L10",
  "L11",
  "L12",
  "T1",
  "T2",
  "T3",
  "T4",
  "T5",
  "T6",
  "T7",
  "T8",
  "B1",
  "B2",
  "B3",
  "X1",
  "X2",
  "X3",
  "X4",
  "X5",
  "X6",
  "P1",
  "P2",
  "P3",
  "P4",
  "P5",
  "P6",
  "P7",
  "C1",
  "H1",
  "H2",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Hard, long or race days: no firm pressure (L1, L2). */
export const HARD_RUNS: readonly RunType[] = ["tempo", "intervals", "long", "hills", "race"];

const has =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === "string" && (list as readonly string[]).includes(v);

export const isRegion = has(REGIONS);
export const isPhase = has(PHASES);
export const isEquipment = has(EQUIPMENT);
export const isPressure = has(PRESSURES);
export const isRunType = has(RUN_TYPES);
export const isWorkout = has(WORKOUTS);
export const isEmphasis = has(EMPHASES);
export const isSessionKind = has(SESSIONS);
export const isPainKind = has(PAIN_KINDS);
export const isRuleId = has(RULE_IDS);

/**
 * Splits `calves-left` into its region and side; a plain region has no side.
 *
 * @example
 * parseRegionRef("hip-flexors-right"); // { region: "hip-flexors", side: "right" }
 * parseRegionRef("elbow"); // null
 */
export function parseRegionRef(ref: string): { region: Region; side?: Side } | null {
  if (isRegion(ref)) return { region: ref };
  for (const side of SIDES) {
    const suffix = `-${side}`;
    if (ref.endsWith(suffix)) {
      const region = ref.slice(0, -suffix.length);
      if (isRegion(region)) return { region, side };
    }
  }
  return null;
}

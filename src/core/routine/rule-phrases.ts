/**
 * A short phrase for every rule id of GUIDE.md, so a routine's reasons read as plain words
 * in the CLI and the web app ("T1" -> "walk first to bring the heart rate down").
 */
import type { RuleId } from "../vocabulary.js";

export const RULE_PHRASES: Record<RuleId, string> = {
  A1: "from your self-check ratings",
  A2: "a region you rated tight",
  A3: "your training context",
  A4: "tracked with a range-of-motion test",
  S1: "roll slowly, light pressure first",
  S2: "muscle only, never joints or bone",
  S3: "edge of discomfort, never pain",
  S4: "release, then mobility, then stretching",
  S5: "massage ball for feet and hips",
  S6: "band work for active range",
  S7: "gentle static hold, 20-45 s",
  S8: "new to rolling: light and short",
  S9: "a new technique on trial",
  S10: "this block's core set, rotated every few weeks",
  S11: "lingering tenderness: scaled back",
  L1: "hard day: light and brief",
  L2: "after a long or tempo effort: slow and calm",
  L3: "easy day: deeper work allowed",
  L4: "easy day: gentle movement for circulation",
  L5: "hard effort: calm the nervous system",
  L6: "long run: feet, calves and hips first",
  L7: "rest or easy day: room for more",
  L8: "active recovery, low impact",
  L9: "signs of too much: scaled back",
  L10: "matched to your strength session",
  L11: "stiff region gets more time",
  L12: "a run much longer than your recent longest",
  T1: "walk first to bring the heart rate down",
  T2: "short on time: the rest later today",
  T3: "daily mini: dynamic, ankles to shoulders",
  T4: "compact cooldown: rolling, stretching, breathing",
  T5: "short on time: tightest regions first",
  T6: "same time every day builds the habit",
  T7: "often beats long",
  T8: "the 10-minute full-body sequence",
  B1: "belly breathing after mobility",
  B2: "box breathing, 4-4-4-4",
  B3: "breathe through every hold",
  X1: "mild tension fine, sharp pain never",
  X2: "sharp pain or swelling: stop and get it checked",
  X3: "recent niggle or flag: left out or kept gentle",
  X4: "persistent tenderness: see a professional",
  X5: "lighter or swapped after a session that left you worse",
  X6: "general guidance, not a diagnosis",
  P1: "logged for your history",
  P2: "small safe increments",
  P3: "weekly audit",
  P4: "a measurable win",
  P5: "what works for you",
  P6: "signs the approach works",
  P7: "thorough versus skipped sessions",
  C1: "your plan's focus",
  H1: "anchored to your run",
  H2: "start small, grow with the habit",
};

/**
 * The phrase for a rule id.
 *
 * @example
 * phraseFor("T1"); // "walk first to bring the heart rate down"
 */
export function phraseFor(id: RuleId): string {
  return RULE_PHRASES[id];
}

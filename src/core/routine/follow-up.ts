/**
 * The later session of the day: after a long run the fuller lower-body session comes in the
 * evening (L6); when today's budget is short of what the day needs, the rest follows later
 * (T2).
 */
import type { RuleId } from "../vocabulary.js";
import type { DayProfile } from "./profile.js";
import type { FollowUp } from "./types.js";

/**
 * The follow-up session, if the day calls for one, and the rules that call for it.
 *
 * @example
 * followUpFor(longRunProfile); // { followUp: { session: "evening", minutes: 15, why: "..." }, reasons: ["L6"] }
 */
export function followUpFor(p: DayProfile): { followUp?: FollowUp; reasons: RuleId[] } {
  if (p.session !== "post-run" || (!p.run && !p.workout)) return { reasons: [] };
  const [low, high] = p.guideRange;
  const short = p.minutes < low;
  if (p.day === "long") {
    const minutes = short ? Math.max(15, high - p.minutes) : 15;
    return {
      followUp: {
        session: "evening",
        minutes,
        why: short
          ? "After a long run there was only time for the essentials: do a fuller lower-body session this evening, with extra time on the feet, calves and hips."
          : "After a long run, split the care: these essentials now, and a fuller lower-body session this evening for the feet, calves and hips.",
      },
      reasons: short ? ["L6", "T2"] : ["L6"],
    };
  }
  if (short) {
    const minutes = Math.max(5, Math.min(20, high - p.minutes));
    return {
      followUp: {
        session: "evening",
        minutes,
        why: `Today's run calls for ${low}-${high} minutes and there were ${p.minutes}: this is the short sequence for now; do the rest later today, tightest regions first.`,
      },
      reasons: ["T2"],
    };
  }
  return { reasons: [] };
}

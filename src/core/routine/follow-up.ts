/**
 * The later session of the day: after a long run the fuller lower-body session comes in the
 * evening (L6); when today's budget is short of what the day needs, the rest follows later
 * (T2).
 */
import { listed } from "../text/listed.js";
import type { Region, RuleId } from "../vocabulary.js";
import { guideMinutes, type DayProfile } from "./profile.js";
import type { Blocked } from "./safety.js";
import type { FollowUp } from "./types.js";

/** L6: after a long run the evening session gives extra time to these. */
const LONG_RUN_REGIONS: readonly Region[] = ["feet", "calves", "hips"];

/**
 * The L6 regions the evening session is for, in words: those a sharp pain or swelling rests
 * (X2) are not named, and the runner is told they rest.
 */
function eveningFor(rested: Blocked): string {
  const free = LONG_RUN_REGIONS.filter((r) => !rested.has(r));
  const resting = LONG_RUN_REGIONS.filter((r) => rested.has(r));
  if (resting.length === 0) return `for the ${listed(free)}`;
  const rest = `the ${listed(resting)} rest until the sharp pain has been checked`;
  return free.length
    ? `for the ${listed(free)} (${rest})`
    : `for what the sharp pain leaves free (${rest})`;
}

const NOTHING_RESTED: Blocked = new Map();

/**
 * The follow-up session, if the day calls for one, and the rules that call for it. `rested`
 * holds the regions a sharp pain or swelling rests (X2): the evening session does not name
 * them.
 *
 * @example
 * followUpFor(longRunProfile); // { followUp: { session: "evening", minutes: 15, why: "..." }, reasons: ["L6"] }
 */
export function followUpFor(
  p: DayProfile,
  rested: Blocked = NOTHING_RESTED,
): { followUp?: FollowUp; reasons: RuleId[] } {
  if (p.session !== "post-run" || (!p.run && !p.workout)) return { reasons: [] };
  const [low, high] = p.guideRange;
  const short = p.minutes < low;
  if (p.day === "long") {
    // The guide's evening session (the week plan's evening after a long run is the same).
    const evening = guideMinutes("evening", p.day).pick;
    const minutes = short ? Math.max(evening, high - p.minutes) : evening;
    return {
      followUp: {
        session: "evening",
        minutes,
        why: short
          ? `After a long run there was only time for the essentials: do a fuller lower-body session this evening, ${eveningFor(rested).replace(/^for /, "with extra time on ")}.`
          : `After a long run, split the care: these essentials now, and a fuller lower-body session this evening ${eveningFor(rested)}.`,
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

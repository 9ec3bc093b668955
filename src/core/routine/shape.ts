/**
 * The session shape: how many movements a routine of this length should have, and how long
 * a session of this kind sensibly runs. A larger budget lengthens doses rather than adding
 * movements; past the guide's ceiling for the day (a mini session's 6-12 minutes, an easy
 * day's gentle circulation work) the engine gives a good longer session within reason and
 * says plainly what it did, proposing the rest as a later session (T7: often beats long).
 */
import type { RuleId } from "../vocabulary.js";
import type { DayProfile } from "./profile.js";

/** Never more movements than this in one routine. */
export const MAX_MOVEMENTS = 16;

/**
 * The most movements for a routine of this many minutes: about one a minute for the first
 * eight, then one per 2.5 minutes, never more than 16.
 *
 * @example
 * movementCap(6); // 7
 * movementCap(20); // 13
 * movementCap(60); // 16
 */
export function movementCap(minutes: number): number {
  const m = Math.max(1, minutes);
  const cap = m <= 8 ? Math.ceil(m) + 1 : 9 + Math.floor((m - 8) / 2.5);
  return Math.max(2, Math.min(MAX_MOVEMENTS, cap));
}

export interface Ceiling {
  minutes: number;
  /** The rule that sets the ceiling. */
  rule: RuleId;
  /** What kind of session it is, in words, for the note. */
  what: string;
}

/**
 * The longest sensible session of this kind, and the rule behind it.
 *
 * @example
 * ceilingFor(miniProfile); // { minutes: 12, rule: "T3", what: "A daily mini session stays short and dynamic" }
 */
export function ceilingFor(p: DayProfile): Ceiling {
  switch (p.session) {
    case "mini":
      return { minutes: 12, rule: "T3", what: "A daily mini session stays short and dynamic" };
    case "pre-run":
      return p.workout === "strength"
        ? { minutes: 15, rule: "L10", what: "Priming before a strength session stays light" }
        : { minutes: 12, rule: "T3", what: "A warm-up before a run stays short and dynamic" };
    case "post-run":
      if (p.day === "easy")
        return { minutes: 20, rule: "L4", what: "After an easy run, gentle work for circulation" };
      if (p.day === "hard")
        return { minutes: 25, rule: "L1", what: "After a hard session, tissue work stays light" };
      if (p.day === "long")
        return { minutes: 30, rule: "L6", what: "After a long run, the essentials now" };
      return { minutes: 20, rule: "T7", what: "A cooldown after training" };
    case "evening":
      return { minutes: 40, rule: "T7", what: "An evening session" };
    case "rest-day":
      return { minutes: 60, rule: "T7", what: "A rest-day session" };
  }
}

export interface Shape {
  /** Seconds the routine aims at. */
  aim: number;
  /** Most items, walk included. */
  maxItems: number;
  /** Set when the budget was above the session's ceiling. */
  capped?: Ceiling;
  /** Set when the runner's own cap (H2) is the binding one. */
  habitCap?: number;
}

/**
 * The shape of today's session for a budget.
 *
 * @example
 * sessionShape(miniProfile /* 60 minutes asked *\/); // { aim: 720, maxItems: 10, capped: {...} }
 */
export function sessionShape(p: DayProfile, maxMovements?: number): Shape {
  const ceiling = ceilingFor(p);
  const capped = p.budget > ceiling.minutes * 60 * 1.05;
  const aim = capped ? ceiling.minutes * 60 : p.budget;
  let maxItems = movementCap(aim / 60);
  const out: Shape = { aim, maxItems };
  if (maxMovements !== undefined && maxMovements >= 1 && maxMovements < maxItems) {
    maxItems = maxMovements;
    out.habitCap = maxMovements;
  }
  out.maxItems = maxItems;
  if (capped) out.capped = ceiling;
  return out;
}

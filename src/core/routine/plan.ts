/**
 * The shape of a routine: how the time budget splits across phases for this day and
 * session. Release before mobility before stretching (S4); a walk first after a run (T1);
 * light and brief release with breathing after hard days (L1, L5); longer release and holds
 * after long runs (L2, L6); the compact cooldown proportions when there is time (T4); dynamic
 * moves only in the mini session (T3); priming before strength work (L10).
 */
import { PHASES, type Phase, type RuleId } from "../vocabulary.js";
import type { DayProfile } from "./profile.js";

export interface PhaseShare {
  phase: Phase;
  /** Seconds this phase aims at. */
  seconds: number;
}

export interface Plan {
  /** Seconds of the opening walk (T1), when there is one. */
  walk?: number;
  /**
   * T1 asked for a walk after the run, but none may be done today (X2 rests the legs a walk
   * would work): its time goes to the phases, and the runner is told why it is missing.
   */
  walkLeftOut?: true;
  phases: PhaseShare[];
  /** Routine-level rules the shape follows. */
  reasons: RuleId[];
  /** Phases where only dynamic, low-load movements fit (T3, pre-run priming). */
  dynamicOnly: boolean;
}

type Shares = Partial<Record<Phase, number>>;

/** A walk of 2-3 minutes opens every post-run routine (T1), shorter only when time is very short. */
export function walkSeconds(budget: number): number {
  if (budget >= 600) return 150;
  if (budget >= 240) return 120;
  return Math.min(budget, 180);
}

function sharesFor(p: DayProfile, hasReleaseKit: boolean, reasons: RuleId[]): Shares {
  const release = hasReleaseKit;
  switch (p.session) {
    case "mini":
      reasons.push("T3");
      return { mobility: 0.7, activation: 0.3 };
    case "pre-run":
      if (p.workout === "strength") {
        reasons.push("L10");
        return release
          ? { release: 0.3, mobility: 0.45, activation: 0.25 }
          : { mobility: 0.6, activation: 0.4 };
      }
      return { transition: 0.15, mobility: 0.55, activation: 0.3 };
    case "evening":
    case "rest-day": {
      reasons.push("L7");
      if (p.day === "long") reasons.push("L6");
      const cardio = p.session === "rest-day" && p.budget >= 30 * 60 ? 0.4 : 0;
      if (cardio) reasons.push("L8");
      const rest = 1 - cardio;
      const base: Shares = release
        ? { release: 0.35, mobility: 0.2, activation: 0.1, stretch: 0.2, breathing: 0.15 }
        : { mobility: 0.35, activation: 0.15, stretch: 0.3, breathing: 0.2 };
      const out: Shares = {};
      for (const [k, v] of Object.entries(base)) out[k as Phase] = v * rest;
      if (cardio) out.cardio = cardio;
      return out;
    }
    case "post-run":
      if (p.day === "hard") {
        // L5 names tempo and intervals; hills and races get the same calm-down by L1's logic.
        reasons.push("L1");
        if (p.run === "tempo" || p.run === "intervals") reasons.push("L5");
        return release
          ? { release: 0.15, mobility: 0.3, stretch: 0.3, breathing: 0.25 }
          : { mobility: 0.4, stretch: 0.35, breathing: 0.25 };
      }
      if (p.day === "long") {
        reasons.push("L2", "L6");
        if (release && p.budget >= 18 * 60) {
          // T4's proportions (rolling, stretching, breathing) with active mobility after the
          // rolling (S4).
          reasons.push("T4");
          return { release: 0.45, mobility: 0.1, activation: 0.05, stretch: 0.2, breathing: 0.2 };
        }
        // From 15 minutes a set of bridges joins: the hips carried the long run too.
        if (p.budget >= 15 * 60)
          return release
            ? { release: 0.4, mobility: 0.15, activation: 0.1, stretch: 0.2, breathing: 0.15 }
            : { mobility: 0.35, activation: 0.1, stretch: 0.3, breathing: 0.25 };
        return release
          ? { release: 0.45, mobility: 0.15, stretch: 0.25, breathing: 0.15 }
          : { mobility: 0.35, stretch: 0.4, breathing: 0.25 };
      }
      if (p.day === "easy") {
        reasons.push("L4");
        // A longer easy-day session has room for bridges, which runners' hips need.
        if (p.budget >= 12 * 60)
          return release
            ? { release: 0.3, mobility: 0.3, activation: 0.15, stretch: 0.25 }
            : { mobility: 0.5, activation: 0.15, stretch: 0.35 };
        return release
          ? { release: 0.3, mobility: 0.45, stretch: 0.25 }
          : { mobility: 0.65, stretch: 0.35 };
      }
      if (p.workout === "strength") {
        reasons.push("L10");
        return release
          ? { release: 0.35, mobility: 0.3, stretch: 0.35 }
          : { mobility: 0.5, stretch: 0.5 };
      }
      // Cross-training or no run named: a gentle cooldown; after low-impact cardio it is the
      // active recovery L8 describes (with no workout named, no rule is claimed for it).
      if (p.workout === "cross") reasons.push("L8");
      return release
        ? { release: 0.25, mobility: 0.35, stretch: 0.25, breathing: 0.15 }
        : { mobility: 0.45, stretch: 0.35, breathing: 0.2 };
  }
}

/** What today's candidates allow the plan: release kit, and a walk X2 has not left out. */
export interface PlanKit {
  release: boolean;
  walk: boolean;
}

/**
 * Splits the budget across phases.
 *
 * @example
 * planRoutine(profile, { release: true, walk: true });
 * // after a long run: { walk: 150, phases: [{ phase: "release", seconds: 420 }, ...], reasons: ["T1", "L2"] }
 */
export function planRoutine(p: DayProfile, kit: PlanKit): Plan {
  const reasons: RuleId[] = [];
  // Any post-run session follows a run, said or not (a run left unlogged, a session chosen
  // by hand): only a session after cross-training (a ride, a swim) has no run to walk off.
  const afterARun = p.session === "post-run" && (p.run !== undefined || p.workout !== "cross");
  const walk = afterARun && kit.walk ? walkSeconds(p.budget) : undefined;
  if (walk !== undefined) reasons.push("T1");
  const shares = sharesFor(p, kit.release, reasons);
  // Beginners and lightened days: fewer, shorter release items (S8, L9); time goes to mobility.
  if (shares.release && (p.newToRolling || p.lighten)) {
    const moved = shares.release / 2;
    shares.release -= moved;
    shares.mobility = (shares.mobility ?? 0) + moved;
  }
  const rest = Math.max(0, p.budget - (walk ?? 0));
  const phases: PhaseShare[] = [];
  // In routine order (S4), whatever order the shares were written in.
  for (const phase of PHASES) {
    const share = shares[phase] ?? 0;
    if (share > 0) phases.push({ phase, seconds: Math.round(rest * share) });
  }
  return {
    ...(walk !== undefined ? { walk } : {}),
    ...(afterARun && !kit.walk ? { walkLeftOut: true as const } : {}),
    phases,
    reasons,
    dynamicOnly: p.session === "mini" || p.session === "pre-run",
  };
}

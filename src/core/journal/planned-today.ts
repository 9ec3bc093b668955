/**
 * Today's sessions as the week plan has them (src/core/plan/plan-week.ts), and which of them
 * today's routine is for. The routine takes its session kind and minutes from here when the
 * runner names none, so `limber today` and `limber week` never disagree about today: a rest
 * day's longer session (L7) is the one Today builds, not a mini session of its own choosing.
 */
import type { WeekPlan } from "../plan/types.js";
import type { RuleId, SessionKind } from "../vocabulary.js";

/** One of today's planned sessions, as the journal snapshot carries it. */
export interface PlannedToday {
  kind: SessionKind;
  /** Local start "HH:MM". */
  time: string;
  minutes: number;
  reasons: RuleId[];
  /** The plan's sentence for it. */
  note: string;
  /** A session of this kind is already logged today. */
  done?: boolean;
}

/** Sessions that follow an activity finished today: they wait for it. */
const AFTER_ACTIVITY: readonly SessionKind[] = ["post-run", "evening"];

/**
 * The sessions the plan holds for its first day (the runner's today), in time order.
 *
 * @example
 * plannedToday(plan); // [{ kind: "rest-day", time: "07:30", minutes: 12, reasons: ["L7", "T6", "S10"], note: "Rest day: ..." }]
 */
export function plannedToday(plan: WeekPlan): PlannedToday[] {
  const day = plan.days[0];
  if (!day) return [];
  return day.sessions.map((s) => ({
    kind: s.kind,
    time: s.time,
    minutes: s.minutes,
    reasons: [...s.reasons],
    note: s.note,
    ...(s.done ? { done: true } : {}),
  }));
}

/**
 * The planned session today's routine is for: the first not yet done that fits the moment.
 * Before any activity has finished today, that is one that does not follow it (a rest-day or
 * mini session, or the priming before a planned run); after one, the post-run session or the
 * evening follow-up. Undefined when the plan has nothing left for now.
 *
 * @example
 * nextPlanned([{ kind: "pre-run", done: true, ... }, { kind: "post-run", ... }], true); // the post-run one
 * nextPlanned([{ kind: "post-run", ... }], false); // undefined: the run has not happened yet
 */
export function nextPlanned(
  planned: readonly PlannedToday[],
  activityDone: boolean,
): PlannedToday | undefined {
  return planned.find((s) => !s.done && AFTER_ACTIVITY.includes(s.kind) === activityDone);
}

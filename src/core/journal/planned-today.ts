/**
 * Today's sessions as the week plan has them (src/core/plan/plan-week.ts), which of them are
 * done, and which one today's routine is for. The routine takes its session kind and minutes
 * from here when the runner names none, so `limber today` and `limber week` never disagree
 * about today: a rest day's longer session (L7) is the one Today builds, not a mini session
 * of its own choosing. The plan marks its sessions done with the same rule (`doneFlags`), and
 * the app offline lays the sessions it logged since the server's snapshot over it.
 */
import type { WeekPlan } from "../plan/types.js";
import { localDay, type InstantLike } from "../time/calendar.js";
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
  /** Keep pressure at or below this (L1, L8, L9, S8). */
  pressureCap?: "light" | "moderate";
}

/** Sessions that follow an activity finished today: they wait for it. */
const AFTER_ACTIVITY: readonly SessionKind[] = ["post-run", "evening"];

/** The plan's session kinds a logged session counts for: a mini and a rest-day session alike. */
function countsFor(kind: SessionKind): readonly SessionKind[] {
  return kind === "mini" || kind === "rest-day" ? ["mini", "rest-day"] : [kind];
}

/**
 * The kinds of the sessions logged on `day` in the runner's time zone, oldest first.
 *
 * @example
 * kindsLoggedOn([{ kind: "mini", startedAt: "2026-11-21T07:30:00Z" }], "2026-11-21", "UTC"); // ["mini"]
 */
export function kindsLoggedOn(
  sessions: readonly { kind: SessionKind; startedAt: InstantLike }[],
  day: string,
  timeZone: string,
): SessionKind[] {
  return sessions.filter((s) => localDay(s.startedAt, timeZone) === day).map((s) => s.kind);
}

/**
 * Which of one day's sessions (in time order) the logged kinds have done: the nth session of
 * a kind is done once n logged sessions count for it (a mini and a rest-day session count
 * alike). One answer per session, in the same order.
 *
 * @example
 * doneFlags([{ kind: "rest-day" }, { kind: "post-run" }], ["mini"]); // [true, false]
 */
export function doneFlags(
  sessions: readonly { kind: SessionKind }[],
  logged: readonly SessionKind[],
): boolean[] {
  const count = new Map<SessionKind, number>();
  for (const kind of logged) for (const k of countsFor(kind)) count.set(k, (count.get(k) ?? 0) + 1);
  const seen = new Map<SessionKind, number>();
  return sessions.map((s) => {
    const n = (seen.get(s.kind) ?? 0) + 1;
    seen.set(s.kind, n);
    return (count.get(s.kind) ?? 0) >= n;
  });
}

/**
 * The sessions the plan holds for its first day (the runner's today), in time order.
 *
 * @example
 * plannedToday(plan); // [{ kind: "rest-day", time: "07:30", minutes: 12, reasons: ["L7", "T6", "S10"], note: "Rest day: ..." }]
 */
export function plannedToday(plan: WeekPlan): PlannedToday[] {
  return (plan.days[0]?.sessions ?? []).map((s) => ({
    kind: s.kind,
    time: s.time,
    minutes: s.minutes,
    reasons: [...s.reasons],
    note: s.note,
    ...(s.pressureCap ? { pressureCap: s.pressureCap } : {}),
  }));
}

/**
 * The planned session today's routine is for: the first not yet done (by the kinds logged
 * today) that fits the moment. Before any activity has finished today, that is one that does
 * not follow it (a rest-day or mini session, or the priming before a planned run); after one,
 * the post-run session or the evening follow-up. Undefined when nothing is left for now.
 *
 * @example
 * nextPlanned([{ kind: "pre-run", ... }, { kind: "post-run", ... }], ["pre-run"], true); // the post-run one
 * nextPlanned([{ kind: "post-run", ... }], [], false); // undefined: the run has not happened yet
 */
export function nextPlanned(
  planned: readonly PlannedToday[],
  logged: readonly SessionKind[],
  activityDone: boolean,
): PlannedToday | undefined {
  const done = doneFlags(planned, logged);
  return planned.find((s, i) => !done[i] && AFTER_ACTIVITY.includes(s.kind) === activityDone);
}

/**
 * Whether the plan holds a session not yet done after `session` today (the evening after the
 * post-run care, say): what a routine may promise for later.
 *
 * @example
 * laterPlanned([postRun, evening], [], postRun); // true
 * laterPlanned([postRun], [], postRun); // false: the run ended too late for an evening
 */
export function laterPlanned(
  planned: readonly PlannedToday[],
  logged: readonly SessionKind[],
  session: PlannedToday,
): boolean {
  const done = doneFlags(planned, logged);
  const at = planned.indexOf(session);
  return planned.some((_, i) => i > at && !done[i]);
}

/**
 * Whether the plan still holds an evening session today, not yet done: what a routine the plan
 * did not ask for (no care planned for now) may promise for later.
 *
 * @example
 * eveningLeft([], []); // false: the plan holds nothing today (a starter's day off, say)
 * eveningLeft([evening], []); // true
 */
export function eveningLeft(
  planned: readonly PlannedToday[],
  logged: readonly SessionKind[],
): boolean {
  const done = doneFlags(planned, logged);
  return planned.some((s, i) => s.kind === "evening" && !done[i]);
}

/**
 * Whether every session the plan holds today is logged.
 *
 * @example
 * allPlannedDone([{ kind: "post-run", ... }], ["post-run"]); // true
 */
export function allPlannedDone(
  planned: readonly PlannedToday[],
  logged: readonly SessionKind[],
): boolean {
  return planned.length > 0 && doneFlags(planned, logged).every(Boolean);
}

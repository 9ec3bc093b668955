/**
 * The week plan around the runner's real training (issue: training context): plans that
 * already happened give way to the done run; a short dynamic priming session goes before
 * each planned quality run; a professional's frequency sets how many sessions the week
 * holds (C1, T7); a run much longer than the recent longest is flagged (L12); and the
 * runner is told when the professional's plan has ended. planWeek calls these.
 */
import { withoutFulfilledPlans } from "../calendar-plan/match.js";
import type { RunRecord } from "../journal/types.js";
import { bigRunSignals } from "../load/big-run.js";
import type { RuleId, SessionKind } from "../vocabulary.js";
import { addDays, dayLabel, daysBetween, minutesOfDay, timeOfMinutes } from "../time/calendar.js";
import type { PlannedSession, PlanRun, PlanWarning } from "./types.js";

/** Quality sessions get priming beforehand (L1, L5 for what follows; T3 for the form). */
const QUALITY: readonly PlanRun["type"][] = ["tempo", "intervals", "hills", "race"];
export const PRIMING_MINUTES = 5;
/** Priming ends this long before the run starts. */
const PRIMING_GAP_MINUTES = 10;

/** A session draft as planWeek builds them (the fields this module reads and writes). */
export interface FrequencyDraft extends Omit<PlannedSession, "id"> {
  date: string;
  min: number;
}

/**
 * The runs the week plan should see: a planned run that then happened gives way to the
 * done run.
 *
 * @example
 * runsForPlan(runs, "Europe/Berlin").filter((r) => r.planned).length;
 */
export function runsForPlan(runs: readonly RunRecord[], timeZone: string): RunRecord[] {
  return withoutFulfilledPlans(runs, timeZone);
}

/**
 * Pre-run priming before a planned quality run: 5 min of dynamic, low-load movement ending
 * 10 min before the start (T3; long static holds before a run cost performance).
 *
 * @example
 * primingDraft("2026-12-08", { type: "tempo", start: "18:00", planned: true, ... }); // { kind: "pre-run", time: "17:45", minutes: 5, ... }
 */
export function primingDraft(date: string, run: PlanRun): FrequencyDraft | undefined {
  if (!run.planned || !QUALITY.includes(run.type)) return undefined;
  const start = minutesOfDay(run.start) - PRIMING_GAP_MINUTES - PRIMING_MINUTES;
  if (start < 5 * 60) return undefined;
  return {
    date,
    kind: "pre-run",
    time: timeOfMinutes(start),
    minutes: PRIMING_MINUTES,
    min: PRIMING_MINUTES,
    focus: ["ankles", "hips", "glutes", "calves"],
    reasons: ["T3"],
    note: `Priming before the ${run.type} run: leg swings, ankle rocks, hip circles and skips; short and dynamic, no long holds.`,
    runId: run.id,
    pressureCap: "light",
  };
}

const CAP_ORDER = { light: 0, moderate: 1, none: 2 } as const;

/**
 * One session per slot: two runs planned at the same start (a run entered twice, or two
 * planned together) would each get a warm-up, and two runs ending together their own care,
 * at the same minute. Sessions of one kind starting at the same time on the same day become
 * one: the longer, with the focus and reasons of both and the lower pressure cap.
 *
 * @example
 * oneSessionPerSlot([tempoWarmUp, raceWarmUp]).length; // 1 when both start at 17:45
 */
export function oneSessionPerSlot<T extends FrequencyDraft>(drafts: readonly T[]): T[] {
  const bySlot = new Map<string, T>();
  for (const d of drafts) {
    const slot = `${d.date} ${d.time} ${d.kind}`;
    const held = bySlot.get(slot);
    if (!held) {
      bySlot.set(slot, d);
      continue;
    }
    const [keep, other] = d.minutes > held.minutes ? [d, held] : [held, d];
    const cap = [keep.pressureCap, other.pressureCap].sort(
      (a, b) => CAP_ORDER[a ?? "none"] - CAP_ORDER[b ?? "none"],
    )[0];
    const merged: T = {
      ...keep,
      min: Math.max(keep.min, other.min),
      focus: [...new Set([...keep.focus, ...other.focus])],
      reasons: [...new Set([...keep.reasons, ...other.reasons])],
    };
    if (cap) merged.pressureCap = cap;
    bySlot.set(slot, merged);
  }
  return [...bySlot.values()];
}

/** Which sessions matter most when the week has room for fewer (lower is kept first). */
function priority(d: FrequencyDraft, hardRunIds: ReadonlySet<string>): number {
  const kind: Record<SessionKind, number> = {
    "rest-day": 2,
    "post-run": 3,
    mini: 4,
    evening: 5,
    "pre-run": 6,
  };
  if (d.kind === "post-run" && d.runId && hardRunIds.has(d.runId)) return 1;
  return kind[d.kind];
}

/**
 * Keeps `count` sessions (a professional's frequency, C1): care after hard and long runs
 * first (L1, L2, L6), then a rest-day session (L7), post-run sessions, minis; among equals
 * the one farthest from those already kept, so the week is spread (T7). The kept sessions
 * cite C1. With fewer drafts than `count`, all are kept.
 *
 * @example
 * applyFrequency(drafts, 4, hardRunIds).length; // 4
 */
export function applyFrequency<T extends FrequencyDraft>(
  drafts: readonly T[],
  count: number,
  hardRunIds: ReadonlySet<string>,
): T[] {
  if (drafts.length <= count)
    return drafts.map((d) => ({ ...d, reasons: [...d.reasons, "C1" as RuleId] }));
  const left = [...drafts];
  const kept: T[] = [];
  while (kept.length < count && left.length > 0) {
    const best = Math.min(...left.map((d) => priority(d, hardRunIds)));
    const tier = left.filter((d) => priority(d, hardRunIds) === best);
    const spread = (d: T) =>
      kept.length === 0 ? 0 : Math.min(...kept.map((k) => Math.abs(daysBetween(k.date, d.date))));
    tier.sort(
      (a, b) =>
        spread(b) - spread(a) || a.date.localeCompare(b.date) || a.time.localeCompare(b.time),
    );
    const pick = tier[0]!;
    kept.push(pick);
    left.splice(left.indexOf(pick), 1);
  }
  return kept
    .sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time))
    .map((d) => ({ ...d, reasons: [...d.reasons, "C1" as RuleId] }));
}

/** The professional's plan as the week sees it. */
export interface ProfessionalWeek {
  /** Sessions a week the plan sets. */
  sessionsPerWeek: number;
  /** The plan's last day. */
  transitionDate: string;
  /** Who set it, for the message. */
  professional?: string;
}

/**
 * Warnings for the week: L12 big runs (planned or done in the plan's days and the day
 * before), and C1 when the professional's plan ends this week or has ended.
 *
 * @example
 * trainingWarnings({ runs, today: "2026-12-07", timeZone: "UTC" });
 */
export function trainingWarnings(a: {
  runs: readonly RunRecord[];
  today: string;
  timeZone: string;
  professional?: ProfessionalWeek;
  /** Set when a professional's plan has ended (its transition date is past). */
  endedPlan?: { transitionDate: string };
}): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const s of bigRunSignals(a.runs, addDays(a.today, -1), addDays(a.today, 6), a.timeZone)) {
    out.push({ code: "L12", date: s.date, message: s.message });
  }
  const end = addDays(a.today, 6);
  if (a.professional && a.professional.transitionDate <= end) {
    out.push({
      code: "C1",
      date: a.professional.transitionDate,
      message: `Your plan${a.professional.professional ? ` with ${a.professional.professional}` : ""} ends on ${dayLabel(a.professional.transitionDate)}; after that you continue on your own with the same habits.`,
    });
  }
  if (a.endedPlan) {
    out.push({
      code: "C1",
      message: `Your professional's plan ended on ${dayLabel(a.endedPlan.transitionDate, a.today)}: you now continue on your own, and Limber plans your week from your own training.`,
    });
  }
  return out;
}

/**
 * planWeek: the coming seven days around the runner's runs (issue: the coach over weeks).
 * Pure: the day, the time zone and every record come in as arguments.
 *
 * Shape of a day: a post-run session after each run, sized to it (L1-L4, T1), an evening
 * follow-up after a long run (L6), otherwise one session at the preferred time: a mini
 * (T3, T6), or a longer rest-day session (L7). Lighter days follow hard efforts and new
 * techniques (L8); the week's emphasis rotates (S10), stubborn regions get more time (L11),
 * fatigue scales it all back (L9), newcomers follow the S8 progression, and the total
 * never exceeds the weekly time budget.
 *
 * How often: the guide asks for a 5-7 min mini session every day (T3, in the same window,
 * T6) and for at least three to four sessions a week (T7: a floor, "frequency beats
 * length"), so a day without a run keeps its one short session and the week is never
 * planned below three. What L8 rests is training: a full rest day has no running and no
 * cross-training, and L7 gives it the longer, calmer session once the week's running is
 * planned (runs on about as many days as the runner's log shows a week), or on a weekday
 * the runner's log has kept free for four weeks (run-habit.ts; any other free day may still
 * hold a run, so it keeps the mini session and says "No run planned"). At least one day free
 * of training stays a full rest day; other free days after a hard effort become active
 * recovery (easy cycling or swimming) and are not labelled rest days. A professional's
 * frequency (C1) and the S8 starter stage set the count instead.
 */
import { MOVEMENTS, movementName } from "../catalog/index.js";
import { InputError } from "../errors.js";
import { RANGES } from "../schemas/ranges.js";
import { doneFlags, kindsLoggedOn } from "../journal/planned-today.js";
import { openPain } from "../journal/routine-context.js";
import { fitsSessionKind } from "../routine/candidates.js";
import { dayKindOf, dayPressure, guideMinutes } from "../routine/profile.js";
import { isSharp, place, sharpRestedRegions } from "../routine/safety.js";
import type { SessionLog } from "../journal/types.js";
import type { Region, RuleId, SessionKind } from "../vocabulary.js";
import { weeklyAudit } from "./audit.js";
import {
  addDays,
  assertDate,
  assertTime,
  assertTimeZone,
  dayLabel,
  localDay,
  minutesOfDay,
  timeOfMinutes,
  weekdayName,
  weekdayOf,
} from "../time/calendar.js";
import { scaleBackFor } from "./fatigue.js";
import { progressionStage } from "./progression.js";
import { emphasisFor } from "./rotation.js";
import { HABIT_WEEKS, usualActiveDaysPerWeek, usualFreeWeekdays } from "./run-habit.js";
import { eveningMinutes, postRunMinutes, toPlanRun } from "./runs.js";
import { stiffRegions } from "./stiffness.js";
import { DEFAULT_TRIAL_DAYS } from "./trials.js";
import {
  applyFrequency,
  oneSessionPerSlot,
  primingDraft,
  runsForPlan,
  trainingWarnings,
} from "./training-week.js";
import type {
  DayNote,
  NewTechniqueDay,
  PlanDay,
  PlanInput,
  PlannedSession,
  PlanRun,
  PlanWarning,
  ScaleBack,
  TrialStatus,
  WeekPlan,
} from "./types.js";

export const DEFAULT_BUDGET_MINUTES = 120;
export const [MIN_BUDGET_MINUTES, MAX_BUDGET_MINUTES] = RANGES.weeklyBudgetMinutes;
export const DEFAULT_SESSION_TIME = "07:30";
export const EVENING_TIME = "19:30";
const LATEST_EVENING = "21:30";
/** T7: at least three sessions a week (two in the first S8 stage). */
export const MIN_SESSIONS = 3;
/** T2: the shortest useful session. */
const FLOOR_MINUTES = 5;
const LOWER_BODY: Region[] = ["calves", "hamstrings", "quads", "glutes", "hip-flexors"];
const LONG_RUN_FOCUS: Region[] = ["feet", "calves", "hips", "glutes", "hamstrings", "quads"];

/** A session while the plan is being built: it knows how far it may shrink. */
interface Draft extends Omit<PlannedSession, "id"> {
  date: string;
  min: number;
}

/**
 * Plans the seven days starting `input.today`.
 *
 * @example
 * const plan = planWeek({ today: "2026-11-23", timeZone: "Europe/Berlin", profile, runs,
 *   sessions: [], romTests: [], bodyChecks: [] });
 * plan.days[0].sessions; // [{ kind: "mini", time: "07:30", minutes: 6, reasons: ["T3", "T6", "S10"], ... }]
 */
export function planWeek(input: PlanInput): WeekPlan {
  const { today, timeZone } = input;
  assertDate("today", today);
  assertTimeZone("timeZone", timeZone);
  const preferredTime = input.profile?.preferredSessionTime ?? DEFAULT_SESSION_TIME;
  assertTime("preferredSessionTime", preferredTime);
  const budget = input.weeklyBudgetMinutes ?? DEFAULT_BUDGET_MINUTES;
  if (!Number.isInteger(budget) || budget < MIN_BUDGET_MINUTES || budget > MAX_BUDGET_MINUTES) {
    throw new InputError(
      "weeklyBudgetMinutes",
      `must be a whole number of minutes from ${MIN_BUDGET_MINUTES} to ${MAX_BUDGET_MINUTES}, got ${budget}`,
    );
  }
  const weekStartsOn = input.weekStartsOn ?? 1;
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new InputError("weekStartsOn", `must be 0 (Sunday) to 6 (Saturday), got ${weekStartsOn}`);
  }
  const trialDays = input.trialDays ?? DEFAULT_TRIAL_DAYS;
  if (!Number.isInteger(trialDays) || trialDays < 7 || trialDays > 42) {
    throw new InputError(
      "trialDays",
      `must be a whole number of days from 7 to 42, got ${trialDays}`,
    );
  }

  const dates = Array.from({ length: 7 }, (_, i) => addDays(today, i));
  const end = dates[6]!;
  const runsByDay = new Map<string, PlanRun[]>();
  for (const r of runsForPlan(input.runs, timeZone)) {
    const pr = toPlanRun(r, timeZone);
    if (pr.date < addDays(today, -1) || pr.date > end) continue;
    const { date, ...run } = pr;
    runsByDay.set(
      date,
      [...(runsByDay.get(date) ?? []), run].sort((a, b) => a.start.localeCompare(b.start)),
    );
  }

  const warnings: PlanWarning[] = [];
  const progression = progressionStage({
    profile: input.profile,
    sessions: input.sessions,
    painFlags: input.painFlags,
    today,
    timeZone,
    weekStartsOn,
  });
  const emphasis = emphasisFor(today, weekStartsOn);
  const stiff = stiffRegions(input.bodyChecks, today);
  // X2: an open sharp pain or swelling rests its region and the neighbours all week: no
  // session is aimed at them, and running waits until the flag has been checked.
  const pain = openPain(input.painFlags ?? []);
  const rested = sharpRestedRegions({ pain });
  const free = (regions: readonly Region[]) => regions.filter((r) => !rested.has(r));
  for (const p of pain.filter((x) => isSharp(x.kind)))
    warnings.push({
      code: "X2",
      message: `${p.kind === "swelling" ? "Swelling" : "Sharp pain"} in the ${place(p.region)} is still open: this week's sessions leave it and the areas next to it alone, and running is not advised until it has been checked. Resolve the flag once it has.`,
    });
  const scaleBack = scaleBackFor({
    sessions: input.sessions,
    runs: input.runs,
    today,
    timeZone,
    loadSignals: input.loadSignals,
  });
  const trial = currentTrial(input, trialDays, today, end);

  // Days free of running and cross-training; some become active recovery below (L8). They are
  // rest days for the sessions (L7's longer one) in a week whose running the runner has
  // planned. A runner who logs runs after the fact may well run on a day with none planned, so
  // without a plan only the weekdays their log shows free for four weeks are rest days; the
  // other free days keep the daily mini session and say no run is planned.
  const freeDays = new Set(dates.filter((d) => (runsByDay.get(d) ?? []).length === 0));
  // The week's running is known once runs are planned on about as many days as the runner's
  // log shows a week (one day fewer allowed): a single key workout planned by a runner who
  // trains six days a week leaves the other days open, not rest days.
  const trainingDays = dates.filter((d) => (runsByDay.get(d) ?? []).length > 0).length;
  const runningKnown =
    dates.some((d) => (runsByDay.get(d) ?? []).some((r) => r.planned)) &&
    trainingDays >= Math.round(usualActiveDaysPerWeek(input.runs, today, timeZone)) - 1;
  const usualFree = runningKnown
    ? new Set<number>()
    : usualFreeWeekdays(input.runs, today, timeZone);
  const unplanned = new Set(
    runningKnown ? [] : [...freeDays].filter((d) => !usualFree.has(weekdayOf(d))),
  );
  // The free days that get L7's longer session: where new moves belong too (L7).
  const sessionRestDays = new Set([...freeDays].filter((d) => !unplanned.has(d)));
  const notes = new Map<string, DayNote[]>(dates.map((d) => [d, []]));
  const note = (date: string, rules: RuleId[], text: string) =>
    notes.get(date)?.push({ rules, text });
  const newTechnique =
    progression.stage === "full" && !scaleBack && (!trial || trial.status === "ended")
      ? newTechniqueDayOf(dates, runsByDay, sessionRestDays.size ? sessionRestDays : freeDays)
      : undefined;
  const lighter = lighterDays(
    dates,
    runsByDay,
    input.sessions,
    timeZone,
    trial,
    newTechnique,
    note,
  );
  const activeRecovery = activeRecoveryDays(dates, freeDays, lighter);
  const restDays = new Set([...freeDays].filter((d) => !activeRecovery.has(d)));
  for (const d of dates) {
    if (activeRecovery.has(d))
      note(
        d,
        ["L8"],
        "Active recovery if you feel like moving: 20-30 min of easy cycling or swimming.",
      );
    // With no run planned all week, a free day says only that, unless the runner's own weeks
    // show it free: they have not told Limber their running, so it is not a prescribed rest.
    if (restDays.has(d)) {
      if (runningKnown) note(d, ["L8"], "Rest day: no running or cross-training.");
      else if (unplanned.has(d)) note(d, [], "No run planned.");
      else
        note(
          d,
          ["L7", "L8"],
          `Rest day: you have not logged a run or cross-training on a ${weekdayName(d)} in ${HABIT_WEEKS} weeks.`,
        );
    }
  }
  if (newTechnique) note(newTechnique.date, newTechnique.reasons, newTechnique.note);

  let drafts =
    progression.stage === "starter"
      ? starterDrafts(
          dates,
          runsByDay,
          preferredTime,
          progression.sessionsPerWeek!,
          progression.minutesPerSession!,
        )
      : fullDrafts({
          dates,
          runsByDay,
          preferredTime,
          restDays: sessionRestDays,
          lighter,
          stiff: free(stiff.map((s) => s.region)),
          emphasis: free(emphasis.regions),
          professional: free(input.professionalFocus ?? []),
          trial,
          scaleBack,
        });

  // Around the runner's real training: priming before planned quality runs, and a
  // professional's frequency (training-week.ts).
  if (progression.stage === "full") {
    for (const d of dates) {
      for (const run of runsByDay.get(d) ?? []) {
        const priming = primingDraft(d, run);
        if (priming) drafts.push(priming);
      }
    }
  }
  drafts = oneSessionPerSlot(drafts);
  if (input.professional) {
    const hardIds = new Set(
      [...runsByDay.values()]
        .flat()
        .filter((r) => r.hard)
        .map((r) => r.id),
    );
    drafts = applyFrequency(drafts, input.professional.sessionsPerWeek, hardIds);
  }
  const minCount =
    progression.stage === "starter"
      ? Math.min(progression.sessionsPerWeek!, MIN_SESSIONS)
      : input.professional
        ? Math.min(input.professional.sessionsPerWeek, MIN_SESSIONS)
        : MIN_SESSIONS;
  drafts = fitBudget(drafts, budget, minCount, note);
  if (rested.size > 0) drafts = drafts.map((d) => ({ ...d, focus: free(d.focus) }));

  // Sessions already logged today, by kind (planned-today.ts: the rule Today uses too).
  const loggedToday = kindsLoggedOn(input.sessions, today, timeZone);
  const days: PlanDay[] = dates.map((date) => {
    const counts = new Map<SessionKind, number>();
    const sessions: PlannedSession[] = drafts
      .filter((s) => s.date === date)
      .sort((a, b) => a.time.localeCompare(b.time))
      .map(({ date: _d, min: _m, ...s }) => {
        const n = (counts.get(s.kind) ?? 0) + 1;
        counts.set(s.kind, n);
        return { id: `${date}-${s.kind}-${n}`, ...s, reasons: unique(s.reasons) };
      });
    if (date === today)
      doneFlags(sessions, loggedToday).forEach((done, i) => {
        if (done) sessions[i]!.done = true;
      });
    return {
      date,
      weekday: weekdayName(date),
      runs: runsByDay.get(date) ?? [],
      sessions,
      flags: {
        restDay: restDays.has(date),
        lighterDay: lighter.has(date),
        activeRecovery: activeRecovery.has(date),
        noRunPlanned: unplanned.has(date) && !activeRecovery.has(date),
      },
      notes: notes.get(date) ?? [],
    };
  });

  if (restDays.size === 0) {
    warnings.push({
      code: "L8",
      message:
        "This week has no full rest day. Keep at least one day free of running and cross-training.",
    });
  }
  if (scaleBack) {
    warnings.push({ code: "L9", message: `Scaled back this week: ${scaleBack.why.join(" ")}` });
  }
  warnings.push(
    ...trainingWarnings({
      runs: input.runs,
      today,
      timeZone,
      ...(input.professional ? { professional: input.professional } : {}),
      ...(input.endedProfessionalPlan ? { endedPlan: input.endedProfessionalPlan } : {}),
    }),
  );
  const sessionCount = drafts.length;
  const plannedMinutes = drafts.reduce((a, s) => a + s.minutes, 0);
  const audit = weeklyAudit({
    start: today,
    romTests: input.romTests,
    targets: input.targets,
    weekStartsOn,
  });
  const reasons = unique<RuleId>([
    "T7",
    ...progression.reasons,
    ...emphasis.reasons,
    ...(stiff.length > 0 ? (["L11"] as RuleId[]) : []),
    ...(scaleBack ? scaleBack.reasons : []),
    ...(trial ? trial.reasons : []),
    ...(newTechnique ? newTechnique.reasons : []),
    ...audit.reasons,
    ...warnings.map((w) => w.code),
    ...days.flatMap((d) => d.sessions.flatMap((s) => s.reasons)),
  ]);
  const plan: WeekPlan = {
    start: today,
    end,
    timeZone,
    preferredTime,
    budgetMinutes: budget,
    plannedMinutes,
    sessionCount,
    runningPlanned: runningKnown,
    days,
    warnings,
    progression,
    emphasis,
    stiffRegions: stiff,
    audit,
    reasons,
  };
  if (trial) plan.trial = trial;
  if (newTechnique) plan.newTechniqueDay = newTechnique;
  if (scaleBack) plan.scaleBack = scaleBack;
  return plan;
}

/**
 * L8: a lighter day free of training suggests active recovery (low-impact cardio), but at
 * least one free day stays a full rest day: a free day that is not lighter if there is
 * one, else the first free day (rest is the most protective answer to a hard effort).
 */
function activeRecoveryDays(
  dates: readonly string[],
  freeDays: ReadonlySet<string>,
  lighter: ReadonlySet<string>,
): Set<string> {
  const free = dates.filter((d) => freeDays.has(d));
  const kept = free.find((d) => !lighter.has(d)) ?? free[0];
  return new Set(free.filter((d) => lighter.has(d) && d !== kept));
}

/** The prescription's trial as this week shows it: running, or ended within a cycle. */
function currentTrial(
  input: PlanInput,
  trialDays: number,
  today: string,
  end: string,
): TrialStatus | undefined {
  const recent = input.trials.filter((t) => t.end > addDays(today, -trialDays) && t.start <= end);
  const latest = [...recent].sort((a, b) => a.start.localeCompare(b.start)).at(-1);
  if (!latest) return undefined;
  const active = latest.end > today;
  return {
    ...latest,
    status: active ? "active" : "ended",
    reasons: ["S9"],
    note: active
      ? (latest.note ??
        `Trying ${movementName(latest.movementId)} until ${dayLabel(addDays(latest.end, -1))}; no other new technique until then.`)
      : `The trial of ${movementName(latest.movementId)} ended on ${dayLabel(addDays(latest.end, -1))}; see insights before adding the next new technique.`,
  };
}

/**
 * S9, L7: with no technique on trial, the first rest day that does not follow a hard run
 * is a good day to start one new technique (rest days allow new moves); the day after it
 * becomes lighter (L8).
 */
function newTechniqueDayOf(
  dates: string[],
  runsByDay: Map<string, PlanRun[]>,
  restDays: Set<string>,
): NewTechniqueDay | undefined {
  const date = dates.find(
    (d) => restDays.has(d) && !(runsByDay.get(addDays(d, -1)) ?? []).some((r) => r.hard),
  );
  if (!date) return undefined;
  return {
    date,
    note: "A good day to start one new technique: try it gently, then watch it for two weeks before judging it, with no other new technique meanwhile.",
    reasons: ["S9", "L7"],
  };
}

/** L8: the day after a hard run, after a heavy session, or after a new technique started. */
function lighterDays(
  dates: string[],
  runsByDay: Map<string, PlanRun[]>,
  sessions: readonly SessionLog[],
  timeZone: string,
  trial: TrialStatus | undefined,
  newTechnique: NewTechniqueDay | undefined,
  note: (date: string, rules: RuleId[], text: string) => void,
): Set<string> {
  const out = new Set<string>();
  const first = dates[0]!;
  const yesterday = addDays(first, -1);
  const heavyYesterday = sessions.some(
    (s) =>
      localDay(s.startedAt, timeZone) === yesterday &&
      (s.routine.totalSeconds >= 20 * 60 ||
        s.items.some((i) => i.status === "done" && i.pressure === "firm")),
  );
  if (heavyYesterday) {
    out.add(first);
    note(first, ["L8"], "Lighter day: yesterday's session was long or used firm pressure.");
  }
  for (const d of dates) {
    const before = runsByDay.get(addDays(d, -1)) ?? [];
    const hard = before.find((r) => r.hard);
    if (hard) {
      out.add(d);
      note(
        d,
        ["L8", "L1"],
        `Lighter day after yesterday's ${hard.type} run: gentle work, light pressure.`,
      );
    }
    if (trial && addDays(trial.start, 1) === d) {
      out.add(d);
      note(
        d,
        ["L8", "S9"],
        `Lighter day after starting ${movementName(trial.movementId)}: see how the tissues answer.`,
      );
    }
    if (newTechnique && addDays(newTechnique.date, 1) === d) {
      out.add(d);
      note(
        d,
        ["L8", "S9"],
        "Lighter day after trying a new technique: see how the tissues answer.",
      );
    }
  }
  return out;
}

function postRunReasons(type: PlanRun["type"]): RuleId[] {
  if (type === "easy" || type === "recovery") return ["L4", "L3", "T1"];
  if (type === "long") return ["L2", "L6", "T1"];
  if (type === "tempo" || type === "intervals") return ["L1", "L2", "L5", "T1"];
  return ["L1", "L2", "T1"];
}

function postRunNote(type: PlanRun["type"]): string {
  if (type === "easy" || type === "recovery")
    return "Gentle movement for circulation after an easy run; no deep stretches.";
  if (type === "long")
    return "Essentials after the long run: feet, calves and hips first, calm sustained pressure.";
  return "Light, brief work after a hard effort: no deep pressure, longer gentle holds and slow breathing.";
}

function fullDrafts(a: {
  dates: string[];
  runsByDay: Map<string, PlanRun[]>;
  preferredTime: string;
  restDays: Set<string>;
  lighter: Set<string>;
  stiff: Region[];
  emphasis: Region[];
  professional: Region[];
  trial: TrialStatus | undefined;
  scaleBack: ScaleBack | undefined;
}): Draft[] {
  const out: Draft[] = [];
  const scale = (m: number, floor: number) =>
    a.scaleBack ? Math.max(FLOOR_MINUTES, Math.round(m * a.scaleBack.factor)) : Math.max(m, floor);
  const withL9 = (r: RuleId[]): RuleId[] => (a.scaleBack ? [...r, "L9"] : r);
  for (const date of a.dates) {
    const runs = (a.runsByDay.get(date) ?? []).filter((r) => r.type !== "cross");
    const light = a.lighter.has(date);
    for (const run of runs) {
      const type = run.type === "cross" ? "easy" : run.type;
      const size = postRunMinutes(type);
      const preferred = light ? size.min : size.preferred;
      const minutes = scale(preferred, size.min);
      const startMin = minutesOfDay(run.start) + run.minutes + 15;
      // The routine's own cap for the day (L1 light after a hard run, L2 moderate after a
      // long one), lower on a lighter or scaled-back day.
      const dayCap = dayPressure(dayKindOf(type), "post-run").cap;
      const cap = light || a.scaleBack ? "light" : dayCap === "firm" ? undefined : dayCap;
      const focus = unique([...a.stiff, ...(type === "long" ? LONG_RUN_FOCUS : LOWER_BODY)]);
      out.push({
        date,
        kind: "post-run",
        time: timeOfMinutes(startMin),
        minutes,
        min: Math.min(minutes, size.min),
        focus,
        reasons: withL9([
          ...postRunReasons(type),
          ...(light ? (["L8"] as RuleId[]) : []),
          ...(a.stiff.length ? (["L11"] as RuleId[]) : []),
        ]),
        note: `${postRunNote(type)} Start 10-15 min after finishing, walking the first 2-3 min.`,
        runId: run.id,
        ...(cap ? { pressureCap: cap } : {}),
      });
      if (type === "long") {
        const evenSize = eveningMinutes();
        const earliest = startMin + minutes + 120;
        const evening = Math.max(minutesOfDay(EVENING_TIME), earliest);
        if (evening <= minutesOfDay(LATEST_EVENING)) {
          out.push({
            date,
            kind: "evening",
            time: timeOfMinutes(evening),
            minutes: scale(evenSize.preferred, evenSize.min),
            min: evenSize.min,
            focus: LONG_RUN_FOCUS,
            reasons: withL9(["L6", "T2"]),
            note: "The fuller part of today's long-run care: lower body, slow holds, then breathing.",
            runId: run.id,
            pressureCap: "moderate",
          });
        }
      }
    }
    if (runs.length > 0) continue;
    const rest = a.restDays.has(date) && !light && !a.scaleBack;
    const stiffExtra = a.stiff.length > 0 ? 2 : 0;
    // The trial goes into the day's session only when that kind of session can hold it (a
    // mini session has no foam roller or held stretch, T3): the note promises what the
    // routine will give.
    const kind: SessionKind = rest ? "rest-day" : "mini";
    const trialMovement = a.trial && MOVEMENTS.find((m) => m.id === a.trial!.movementId);
    const onTrial =
      a.trial &&
      a.trial.status === "active" &&
      date >= a.trial.start &&
      date < a.trial.end &&
      !light &&
      (!trialMovement || fitsSessionKind(trialMovement, kind));
    const base: RuleId[] = rest ? ["L7", "T6"] : ["T3", "T6"];
    const reasons: RuleId[] = [
      ...base,
      "S10",
      ...(a.professional.length ? (["C1"] as RuleId[]) : []),
      ...(a.stiff.length ? (["L11"] as RuleId[]) : []),
      ...(light ? (["L8"] as RuleId[]) : []),
      ...(onTrial ? (["S9"] as RuleId[]) : []),
    ];
    const parts = [
      rest
        ? "Rest day: a longer session, with room for new moves on stubborn spots."
        : light
          ? "Short, easy mini session: dynamic, low load, ankles to shoulders."
          : "Daily mini session: dynamic, low load, ankles to hips to spine to shoulders.",
    ];
    if (a.stiff.length) parts.push(`Extra time for ${a.stiff.join(", ")}, which stayed stiff.`);
    if (onTrial) parts.push(`Include ${movementName(a.trial!.movementId)} (on trial).`);
    // The routine engine's own minutes for the session (one source: `limber routine --session
    // rest-day` and this plan say the same). A mini session grows by two minutes while a region
    // stays stiff (L11, T3's 6-12); a rest-day session already sits at the top of its range,
    // so the stiff region gets a larger share of it instead.
    const preferred = rest
      ? guideMinutes("rest-day", "none").pick
      : guideMinutes("mini", "none").pick + stiffExtra;
    out.push({
      date,
      kind,
      time: a.preferredTime,
      minutes: scale(light ? 5 : preferred, 5),
      min: 5,
      focus: unique([...a.stiff, ...a.professional, ...a.emphasis]),
      reasons: withL9(reasons),
      note: parts.join(" "),
      ...(light || a.scaleBack ? { pressureCap: "light" as const } : {}),
      ...(onTrial ? { trialMovementId: a.trial!.movementId } : {}),
    });
  }
  return out;
}

/** S8 starter stage: `count` short sessions spread over the week, anchored to runs (H1). */
function starterDrafts(
  dates: string[],
  runsByDay: Map<string, PlanRun[]>,
  preferredTime: string,
  count: number,
  minutes: number,
): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const date = dates[Math.floor(((i + 0.5) * 7) / count)]!;
    const run = (runsByDay.get(date) ?? []).find((r) => r.type !== "cross");
    out.push({
      date,
      kind: run ? "post-run" : "mini",
      time: run ? timeOfMinutes(minutesOfDay(run.start) + run.minutes + 15) : preferredTime,
      minutes,
      min: FLOOR_MINUTES,
      focus: LOWER_BODY,
      reasons: run ? ["S8", "H1", "H2", "T1"] : ["S8", "H2", "T6"],
      note: run
        ? "Short starter session right after the run, light pressure only."
        : "Short starter session at your usual time, light pressure only.",
      pressureCap: "light",
      ...(run ? { runId: run.id } : {}),
    });
  }
  return out;
}

/**
 * Shrinks and drops sessions until the week fits the budget, least important first, never
 * below `minCount` sessions (T7). Dropped and shortened sessions are noted on their day (T5).
 */
function fitBudget(
  drafts: Draft[],
  budget: number,
  minCount: number,
  note: (date: string, rules: RuleId[], text: string) => void,
): Draft[] {
  let list = drafts.map((d) => ({ ...d }));
  const total = () => list.reduce((a, s) => a + s.minutes, 0);
  if (total() <= budget) return list;
  const order: SessionKind[] = ["rest-day", "mini", "evening", "pre-run", "post-run"];
  // 1. Shorten to each session's own minimum.
  for (const kind of order) {
    for (const s of list.filter((x) => x.kind === kind)) {
      if (total() <= budget) return list;
      if (s.minutes > s.min) {
        s.minutes = s.min;
        s.reasons = [...s.reasons, "T5"];
      }
    }
  }
  const drop = (kind: SessionKind, text: string) => {
    for (const s of list
      .filter((x) => x.kind === kind)
      .sort((a, b) => b.date.localeCompare(a.date))) {
      if (total() <= budget || list.length <= minCount) return;
      list = list.filter((x) => x !== s);
      note(s.date, ["T5", "T7"], text);
    }
  };
  // 2. A second session on a long-run day goes first.
  drop("evening", "The evening follow-up was left out to keep the week within its time.");
  // 3. T2, T7: shorter sessions before fewer sessions; a 5-minute sequence still helps.
  for (const s of [...list].sort((a, b) => b.minutes - a.minutes || a.date.localeCompare(b.date))) {
    if (total() <= budget) return list;
    if (s.minutes > FLOOR_MINUTES) {
      s.minutes = FLOOR_MINUTES;
      s.reasons = [...s.reasons, "T2", "T5"];
      s.note = `${s.note} Shortened to a 5-min sequence to fit the week.`;
    }
  }
  // 4. Then whole sessions, latest in the week first, never below the minimum count.
  drop("mini", "The mini session was left out to keep the week within its time.");
  drop("rest-day", "The rest-day session was left out to keep the week within its time.");
  // A warm-up primes a run; the care after it (T1, T4) matters more, so it goes last.
  drop("pre-run", "The warm-up before a run was left out to keep the week within its time.");
  drop("post-run", "The post-run session was left out to keep the week within its time.");
  return list;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

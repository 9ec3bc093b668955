/**
 * The journal -> routine context function, once for the server, the CLI and the offline
 * app. The caller reads a JournalSnapshot (the server from its database, the app from what
 * it cached of the server's last snapshot); this module turns it into the engine's input,
 * with one plain line per journal fact used and, apart from it, the rules each line rests
 * on. Same snapshot, same instant, same seed -> the same routine on every device.
 */
import { MOVEMENTS } from "../catalog/index.js";
import type { TodayAnswer } from "../schemas/today.js";
import type { Prescription } from "../plan/prescription-types.js";
import { buildRoutine } from "../routine/build.js";
import { kitName, regionName, regionNames } from "../routine/region-names.js";
import { defaultSession, resolveProfile } from "../routine/profile.js";
import type { PainInput, Routine, RoutineContext } from "../routine/types.js";
import { addDays, dayLabel, daysBetween, localDay, type InstantLike } from "../time/calendar.js";
import { daySeed } from "../time/seed.js";
import { byDayThenLogged } from "../time/logged-order.js";
import type { ActivitySport } from "../activity.js";
import {
  isRuleId,
  regionRef,
  type Equipment,
  type PainKind,
  type Region,
  type RegionRef,
  type RuleId,
  type RunType,
  type SessionKind,
} from "../vocabulary.js";
import { runTypeOf, type BodyCheck, type PainFlag, type RunRecord } from "./types.js";
import { TENDER_STREAK } from "./recent-sessions.js";
import { counted } from "../text/counted.js";
import {
  allPlannedDone,
  eveningLeft,
  laterPlanned,
  nextPlanned,
  type PlannedToday,
} from "./planned-today.js";

/** Rules by which the week plan lowers a session's pressure beyond the day's own cap. */
const PLAN_CAP_RULES: readonly RuleId[] = ["L8", "L9", "S8"];

/** A body check older than this many days no longer says what is tight today (A1). */
export const BODY_CHECK_MAX_AGE_DAYS = 28;
/** A sharp or swelling flag resolved within this many days still asks for gentle range (X2, X3). */
export const RECOVERY_DAYS = 7;
/** An activity counts as finished if it ends at most this long after "now" (clock skew). */
const FINISH_GRACE_MS = 60_000;

/** The last activity finished today, as the routine needs it (L1-L7, T1). */
export interface TodaysActivity {
  sport: ActivitySport;
  /** Runs only: the effective type (the runner's override wins); absent when unknown. */
  type?: RunType;
  /** Absent when only the type is known (a run logged in the app while offline). */
  minutes?: number;
}

/**
 * What the routine reads from a runner's journal at one instant. Plain JSON: the server
 * sends it with /api/today and the app caches it to build the same routine offline.
 */
export interface JournalSnapshot {
  /** The instant it was read (ISO) and the runner's calendar day then. */
  takenAt: string;
  day: string;
  /** The runner's IANA time zone: the profile's, else the system's. */
  timeZone: string;
  /** The parts of the profile that shape a routine; null before a profile is saved. */
  profile: { equipment: Equipment[]; newToSoftTissue?: boolean } | null;
  /** Body checks of the last BODY_CHECK_MAX_AGE_DAYS days up to `day`, oldest first. */
  bodyChecks: BodyCheck[];
  /** Day of the newest body check on or before `day`, even an old one (to say it is stale). */
  lastBodyCheckDate?: string;
  /** Open pain flags, and flags resolved within RECOVERY_DAYS before `takenAt`. */
  painFlags: PainFlag[];
  /** The last activity finished on `day`. */
  todaysActivity?: TodaysActivity;
  /** What the training load says about `day` (L1, L8, L9). */
  lighten?: RoutineContext["lighten"];
  /**
   * Today's run was much longer than the longest of the 30 days before it (L12): the
   * sentence with the figures and the source.
   */
  bigRun?: { message: string };
  /** Movement ids of the newest few routines (S10) and how many sessions they came from. */
  recentMovementIds: string[];
  recentSessions: number;
  /** Regions tender in several sessions in a row (S11, X4). */
  persistentTenderness: Region[];
  /** Regions a professional's active plan emphasises (C1). */
  focusRegions: Region[];
  /** The coach's technique choices for the day (S8, S9, S10, H2, X5), when known. */
  prescription?: Prescription;
  /** The week plan's sessions for `day` (planned-today.ts): the next one names the session. */
  plannedToday?: PlannedToday[];
  /** Kinds of the sessions logged on `day`, oldest first: they mark the plan's sessions done. */
  loggedToday?: SessionKind[];
}

export interface RoutineOptions {
  /** "Now": decides which day it is in the runner's zone. */
  now: InstantLike;
  /** Time budget; the engine's default for the session otherwise. */
  minutes?: number;
  /** Session kind; post-run after a run today, the engine's default otherwise. */
  session?: SessionKind;
}

export interface JournalContext {
  context: RoutineContext;
  /** One line per journal fact used, in plain words (no rule codes, no ids). */
  explanation: string[];
  /** The rules each line of `explanation` rests on, line by line. */
  explanationRules: RuleId[][];
  /** Today in the runner's time zone. */
  day: string;
  timeZone: string;
}

const PAIN_WORDS: Record<PainKind, string> = {
  sharp: "sharp pain",
  swelling: "swelling",
  niggle: "a niggle",
};

/**
 * A line that ends with its rule codes, split into the words and the codes.
 *
 * @example
 * splitRuleCodes("Starting small: 2 movements a session while the habit forms (H2, S8).");
 * // { text: "Starting small: 2 movements a session while the habit forms.", rules: ["H2", "S8"] }
 */
export function splitRuleCodes(line: string): { text: string; rules: RuleId[] } {
  const m = /\s*\(([A-Z]\d+(?:,\s*[A-Z]\d+)*)\)(\.?)\s*$/.exec(line);
  if (!m) return { text: line, rules: [] };
  const rules = m[1]!.split(/,\s*/).filter(isRuleId);
  return { text: `${line.slice(0, m.index)}${m[2] ?? ""}`, rules };
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The pain flags still open, as the routine and the week plan take them (X2, X3).
 *
 * @example
 * openPain([{ id: "p1", region: "calves", side: "left", kind: "sharp", openedAt }]);
 * // [{ region: "calves-left", kind: "sharp" }]
 */
export function openPain(flags: readonly PainFlag[]): PainInput[] {
  return flags.filter((f) => !f.resolvedAt).map((f) => ({ region: regionRef(f), kind: f.kind }));
}

/**
 * The last activity that finished by `now` on the runner's day `day` (runs as stored,
 * oldest first; planned runs are left out). A run dated today with no time of day
 * (`dateOnly`) is done: the runner logged it as run. It is stored from midnight, so logged
 * soon after midnight it would otherwise "end" after now and not count until later.
 *
 * @example
 * todaysActivity(runsOfToday, new Date("2026-11-21T08:00:00Z")); // { sport: "run", type: "long", minutes: 95 }
 */
export function todaysActivity(
  runs: readonly RunRecord[],
  now: InstantLike,
): TodaysActivity | undefined {
  const t =
    typeof now === "number" ? now : typeof now === "string" ? Date.parse(now) : now.getTime();
  const done = runs.filter(
    (r) =>
      !r.planned &&
      (r.activity.dateOnly === true ||
        Date.parse(r.activity.startTime) + r.activity.elapsedSeconds * 1000 <= t + FINISH_GRACE_MS),
  );
  const last = done.at(-1);
  if (!last) return undefined;
  const out: TodaysActivity = {
    sport: last.activity.sport,
    minutes: Math.round(last.activity.elapsedSeconds / 60),
  };
  const type = last.activity.sport === "run" ? runTypeOf(last) : undefined;
  if (type) out.type = type;
  return out;
}

/**
 * Stiffness per region from the body checks of the window: the newest rating of each region
 * wins (a region rated 0 since is no longer tight); one check naming a region twice counts
 * its highest stiffness. Returns the ratings above 0 and the days they come from.
 */
function tightRegions(
  checks: readonly BodyCheck[],
  day: string,
): { tight: Partial<Record<RegionRef, number>>; days: string[] } {
  const from = addDays(day, -BODY_CHECK_MAX_AGE_DAYS);
  const ordered = checks.filter((c) => c.date >= from && c.date <= day).sort(byDayThenLogged);
  const newest = new Map<RegionRef, { stiffness: number; date: string }>();
  for (const check of ordered) {
    const inCheck = new Map<RegionRef, number>();
    for (const e of check.entries)
      inCheck.set(regionRef(e), Math.max(inCheck.get(regionRef(e)) ?? 0, e.stiffness));
    for (const [ref, stiffness] of inCheck) newest.set(ref, { stiffness, date: check.date });
  }
  const tight: Partial<Record<RegionRef, number>> = {};
  const days = new Set<string>();
  for (const [ref, { stiffness, date }] of newest) {
    if (stiffness <= 0) continue;
    tight[ref] = stiffness;
    days.add(date);
  }
  return { tight, days: [...days].sort() };
}

/**
 * The engine's input from a journal snapshot at `now`, with the reasons in words.
 *
 * @example
 * const { context, explanation, day } = routineContextFromJournal(snapshot, { now: new Date(), minutes: 10 });
 * buildRoutine(context, MOVEMENTS, daySeed(day));
 */
export function routineContextFromJournal(
  snapshot: JournalSnapshot,
  opts: RoutineOptions,
): JournalContext {
  const { timeZone } = snapshot;
  const nowMs =
    typeof opts.now === "number"
      ? opts.now
      : typeof opts.now === "string"
        ? Date.parse(opts.now)
        : opts.now.getTime();
  const day = localDay(nowMs, timeZone);
  const sameDay = snapshot.day === day;
  const context: RoutineContext = {};
  const explanation: string[] = [];
  const explanationRules: RuleId[][] = [];
  const say = (text: string, rules: RuleId[] = []) => {
    explanation.push(text);
    explanationRules.push(rules);
  };

  const profile = snapshot.profile;
  if (profile) {
    context.equipment = [...profile.equipment];
    say(
      `Kit from your profile: ${profile.equipment.length ? profile.equipment.map(kitName).join(", ") : "none (wall, step and floor only)"}.`,
    );
    if (profile.newToSoftTissue) {
      context.newToRolling = true;
      say("New to soft-tissue work: light pressure and short sessions.", ["S8"]);
    }
  } else {
    context.equipment = [];
    say("No profile yet: no kit assumed (set it with `limber profile --equipment ...`).");
  }

  const { tight, days } = tightRegions(snapshot.bodyChecks, day);
  if (days.length > 0) {
    context.tight = tight;
    const list = Object.entries(tight)
      .map(([r, v]) => `${regionName(r)} ${v}/10`)
      .join(", ");
    say(
      days.length === 1
        ? `Tight regions from your body check of ${dayLabel(days[0]!)}: ${list}.`
        : `Tight regions from your body checks since ${dayLabel(days[0]!)}, the newest rating of each: ${list}.`,
      ["A1", "A2"],
    );
  } else {
    const last = [snapshot.lastBodyCheckDate, ...snapshot.bodyChecks.map((c) => c.date)]
      .filter((d): d is string => !!d && d <= day)
      .sort()
      .at(-1);
    if (last && daysBetween(last, day) > BODY_CHECK_MAX_AGE_DAYS) {
      say(
        `Your last body check (${dayLabel(last, day)}) is older than ${BODY_CHECK_MAX_AGE_DAYS} days, so it is not used; a new body check brings it up to date.`,
        ["A1"],
      );
    }
  }

  const pain = openPain(snapshot.painFlags);
  if (pain.length > 0) {
    context.pain = pain;
    say(
      `Open pain flags: ${pain.map((p) => `${PAIN_WORDS[p.kind]} in your ${regionName(p.region)}`).join(", ")}.`,
      ["X2", "X3"],
    );
  }

  const recovering = new Set<RegionRef>();
  for (const f of snapshot.painFlags) {
    if (!f.resolvedAt || (f.kind !== "sharp" && f.kind !== "swelling")) continue;
    const since = nowMs - Date.parse(f.resolvedAt);
    if (since >= 0 && since <= RECOVERY_DAYS * 86_400_000) recovering.add(regionRef(f));
  }
  for (const p of context.pain ?? []) recovering.delete(p.region);
  if (recovering.size > 0) {
    context.recoveringRegions = [...recovering].sort();
    say(
      `Recovering from a sharp pain or swelling resolved in the last ${RECOVERY_DAYS} days: your ${regionNames(context.recoveringRegions).join(", ")} get gentle range only.`,
      ["X2", "X3"],
    );
  }

  const activity = sameDay ? snapshot.todaysActivity : undefined;
  if (activity) {
    if (activity.sport === "run") {
      context.run = activity.type ?? "easy";
      if (snapshot.bigRun && context.run !== "long" && context.run !== "race") {
        // The best-supported single-run risk signal: care for the legs as after a long run.
        context.run = "long";
        say(`${snapshot.bigRun.message} Today's routine cares for your legs as after a long run.`, [
          "L12",
          "L2",
          "L6",
        ]);
      } else if (snapshot.bigRun) {
        say(snapshot.bigRun.message, ["L12"]);
      }
      const length = activity.minutes === undefined ? "" : `, ${activity.minutes} min`;
      say(
        activity.type
          ? `Today's run: ${activity.type}${length}.`
          : `Today's run${activity.minutes === undefined ? "" : ` (${activity.minutes} min)`} has no type yet, so it counts as easy; set one with \`limber runs\`.`,
      );
    } else {
      context.workout = "cross";
      say(
        activity.minutes === undefined
          ? `Today's ${activity.sport} counts as cross-training.`
          : `Today's ${activity.sport}: ${activity.minutes} min of cross-training.`,
      );
    }
  }

  // Training load shapes the day (L1, L8, L9): a spike or deep fatigue lightens the session
  // and caps pressure. The ratio is a signal, never a gate: nothing is refused because of it.
  if (sameDay && snapshot.lighten) {
    context.lighten = { ...snapshot.lighten, rules: [...snapshot.lighten.rules] };
    say(sentence(snapshot.lighten.message), [...snapshot.lighten.rules]);
  }

  if (snapshot.recentMovementIds.length > 0) {
    context.recentMovementIds = [...snapshot.recentMovementIds];
    say(
      `Variety: ${counted(snapshot.recentMovementIds.length, "movement")} from your last ${counted(snapshot.recentSessions, "session")} ${snapshot.recentMovementIds.length === 1 ? "is" : "are"} rotated where there is a choice.`,
      ["S10"],
    );
  }
  if (snapshot.persistentTenderness.length > 0) {
    context.persistentTenderness = [...snapshot.persistentTenderness];
    say(
      `Tender in ${TENDER_STREAK} or more sessions in a row: ${regionNames(snapshot.persistentTenderness).join(", ")}; scale back and consider a professional.`,
      ["S11", "X4"],
    );
  }

  // A professional's plan (C1) steers the emphasis until its transition date.
  if (snapshot.focusRegions.length > 0) {
    context.focusRegions = [...snapshot.focusRegions];
    say(`Your professional's plan emphasises ${regionNames(snapshot.focusRegions).join(", ")}.`, [
      "C1",
    ]);
  }

  const p = snapshot.prescription;
  if (p) {
    if (p.coreMovementIds.length > 0) context.coreMovementIds = [...p.coreMovementIds];
    if (p.trialMovementId && (p.trialUntil === undefined || p.trialUntil >= day))
      context.trialMovementId = p.trialMovementId;
    if (p.maxMovements !== undefined) {
      context.maxMovements = p.maxMovements;
      // H2 is the engine's default reading of a cap: only another rule is passed on.
      if (p.maxMovementsRule === "S10") context.maxMovementsRule = p.maxMovementsRule;
    }
    if (p.avoidMovementIds.length > 0) context.avoidMovementIds = [...p.avoidMovementIds];
    if (p.lowerDoseMovementIds.length > 0)
      context.lowerDoseMovementIds = [...p.lowerDoseMovementIds];
    if (p.restingMovementIds?.length) context.restingMovementIds = [...p.restingMovementIds];
    if (p.familiarMovementIds?.length) context.familiarMovementIds = [...p.familiarMovementIds];
    for (const note of p.notes) {
      const { text, rules } = splitRuleCodes(note);
      say(text, rules);
    }
  }

  if (opts.minutes !== undefined) context.minutes = opts.minutes;
  if (opts.session !== undefined) context.session = opts.session;
  else if (sameDay && snapshot.plannedToday) {
    // The session the week plan has next for now, so Today and the week agree on the day.
    const next = nextPlanned(
      snapshot.plannedToday,
      snapshot.loggedToday ?? [],
      activity !== undefined,
    );
    if (next) {
      context.session = next.kind;
      if (opts.minutes === undefined) {
        context.minutes = next.minutes;
        context.minutesFrom = "plan";
      }
      // The plan's own reasons for a lower pressure (a lighter day, a scaled-back week, the
      // first weeks); the day's L1 and L2 caps the engine sets by itself.
      const capRules = next.reasons.filter((r) => PLAN_CAP_RULES.includes(r));
      if (next.pressureCap && capRules.length > 0)
        context.pressureCap = { level: next.pressureCap, rules: capRules };
      say(
        opts.minutes === undefined
          ? `${sentence(next.note)} This week's plan gives it ${next.minutes} min.`
          : sentence(next.note),
        next.reasons,
      );
      // The care after a run may promise a later session (the evening after a long run, L6;
      // the rest of a short session, T2): only when the plan holds one after it today, not
      // after a run that ended too late for it or in a week without room for it.
      if (
        next.kind === "post-run" &&
        !laterPlanned(snapshot.plannedToday, snapshot.loggedToday ?? [], next)
      )
        context.noLaterSession = true;
    } else if (
      allPlannedDone(snapshot.plannedToday, snapshot.loggedToday ?? []) ||
      (snapshot.plannedToday.length === 0 && (snapshot.loggedToday?.length ?? 0) > 0)
    ) {
      // Today's care is logged (what the plan held, or the session of a day it held none):
      // more, if wanted, is a short mini session (T3), not a repeat.
      context.session = "mini";
      context.noLaterSession = true;
      context.plannedDone = true;
    } else if (!eveningLeft(snapshot.plannedToday, snapshot.loggedToday ?? [])) {
      // Nothing planned for now (a starter's day off, S8; a day the week had no room for):
      // the routine is the runner's own, and promises no evening the week does not hold.
      context.noLaterSession = true;
    }
  }
  return { context, explanation, explanationRules, day, timeZone };
}

export interface JournalRoutine extends JournalContext {
  routine: Routine;
  seed: number;
  session: SessionKind;
  /** The minutes the routine was sized to: the ones asked for, else the session's default. */
  minutes: number;
}

/**
 * Today's routine from a journal snapshot: the context, then the engine with the default
 * seed of the runner's day (or the seed given).
 *
 * @example
 * const { routine, seed } = routineFromJournal(snapshot, { now: new Date() }); // seed 20261121
 */
export function routineFromJournal(
  snapshot: JournalSnapshot,
  opts: RoutineOptions & { seed?: number },
): JournalRoutine {
  const ctx = routineContextFromJournal(snapshot, opts);
  const seed = opts.seed ?? daySeed(ctx.day);
  return {
    ...ctx,
    seed,
    session: ctx.context.session ?? defaultSession(ctx.context),
    minutes: resolveProfile(ctx.context).minutes,
    routine: buildRoutine(ctx.context, MOVEMENTS, seed),
  };
}

/**
 * The facts that shaped today's routine, as GET /api/today and `limber today --json` send
 * them beside it (`context`): the day, the session it was built for (so `limber log` and the
 * app know it without asking), the minutes it was sized to, and the journal's facts in words.
 *
 * @example
 * todayFacts(routineFromJournal(snapshot, { now })); // { day: "2026-11-23", session: "evening", minutes: 15, ... }
 */
export function todayFacts(today: JournalRoutine): TodayAnswer["context"] {
  return {
    day: today.day,
    timeZone: today.timeZone,
    seed: today.seed,
    session: today.session,
    minutes: today.minutes,
    explanation: today.explanation,
    explanationRules: today.explanationRules,
    ...(today.context.focusRegions?.length ? { focusRegions: today.context.focusRegions } : {}),
  };
}

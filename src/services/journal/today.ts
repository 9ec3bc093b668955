/**
 * Today's routine from the journal: the profile's kit, the latest body check (tight
 * regions, A1/A2), open pain flags (X2/X3), the last run logged today (L1-L7, T1), and
 * recent sessions (tenderness in 3+ sessions in a row -> S11/X4 warning; variety against
 * the last routines, S10).
 *
 * @example
 * const { context, explanation } = await todayContext(database, userId, { minutes: 10 });
 * const routine = buildRoutine(context, MOVEMENTS, seed);
 * // or in one step:
 * const { routine } = await todayRoutine(database, userId, { minutes: 10 });
 */
import { MOVEMENTS } from "../../core/catalog/index.js";
import { runTypeOf, type BodyCheck, type SessionLog } from "../../core/journal/types.js";
import { buildRoutine } from "../../core/routine/index.js";
import { defaultSession } from "../../core/routine/profile.js";
import type { PainInput, Routine, RoutineContext } from "../../core/routine/types.js";
import { parseRegionRef, type Region, type RegionRef, type SessionKind } from "../../core/vocabulary.js";
import {
  bodyChecksRepository,
  painFlagsRepository,
  profileRepository,
  runsRepository,
  sessionsRepository,
  type Database,
} from "../../store/index.js";
import { planFocusRegions } from "../accounts/plans.js";
import { todayLoadShaping } from "../imports/load.js";
import { dayBounds, localDay, systemTimeZone } from "../../core/time/calendar.js";
import type { ServiceOptions } from "./context.js";

/** A body check older than this many days no longer says what is tight today. */
export const BODY_CHECK_MAX_AGE_DAYS = 28;
/** Soreness, pain or tenderness at or above this (0-10) counts as tender. */
export const TENDER_LEVEL = 4;
/** Tender in this many sessions in a row -> S11/X4 (scale back, suggest a professional). */
export const TENDER_STREAK = 3;
/** Movements of this many recent routines count as "recent" for variety (S10). */
export const RECENT_ROUTINES = 3;

export interface TodayOptions extends ServiceOptions {
  /** Time budget; the engine's default for the session otherwise. */
  minutes?: number;
  /** Session kind; post-run after a run logged today, the engine's default otherwise. */
  session?: SessionKind;
}

export interface TodayContext {
  context: RoutineContext;
  /** One line per journal fact used, in plain words, citing the rules. */
  explanation: string[];
  /** Today in the runner's time zone. */
  day: string;
  timeZone: string;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Base regions a session marks as tender: worked while sore or painful after, or tender in that day's check. */
function tenderRegions(s: SessionLog, checksByDay: Map<string, BodyCheck[]>, timeZone: string): Set<Region> {
  const out = new Set<Region>();
  const after = s.after ?? {};
  if ((after.soreness ?? 0) >= TENDER_LEVEL || (after.pain ?? 0) >= TENDER_LEVEL) {
    const done = new Set(s.items.filter((i) => i.status === "done").map((i) => i.id));
    for (const item of s.routine.items) {
      if (!done.has(item.id)) continue;
      for (const ref of item.regions) {
        const parsed = parseRegionRef(ref);
        if (parsed) out.add(parsed.region);
      }
    }
  }
  for (const check of checksByDay.get(localDay(new Date(s.startedAt), timeZone)) ?? []) {
    for (const e of check.entries) if (e.tenderness >= TENDER_LEVEL) out.add(e.region);
  }
  return out;
}

/**
 * Regions tender in the newest `TENDER_STREAK` or more sessions in a row (S11, X4).
 * `sessions` is newest first.
 */
export function persistentTenderness(sessions: SessionLog[], checks: BodyCheck[], timeZone: string): Region[] {
  const checksByDay = new Map<string, BodyCheck[]>();
  for (const c of checks) checksByDay.set(c.date, [...(checksByDay.get(c.date) ?? []), c]);
  const streak = new Map<Region, number>();
  let alive: Set<Region> | null = null;
  for (const s of sessions) {
    const tender = tenderRegions(s, checksByDay, timeZone);
    const next = new Set<Region>();
    for (const r of tender) {
      if (alive === null || alive.has(r)) {
        streak.set(r, (streak.get(r) ?? 0) + 1);
        next.add(r);
      }
    }
    alive = next;
    if (alive.size === 0) break;
  }
  return [...streak].filter(([, n]) => n >= TENDER_STREAK).map(([r]) => r).sort();
}

/** Builds the routine context for now from the journal, with an explanation of each input. */
export async function todayContext(database: Database, userId: string, opts: TodayOptions = {}): Promise<TodayContext> {
  const now = opts.now ?? new Date();
  const profile = await profileRepository(database).getProfile(userId);
  const timeZone = profile?.timeZone ?? systemTimeZone();
  const day = localDay(now, timeZone);
  const context: RoutineContext = {};
  const explanation: string[] = [];

  if (profile) {
    context.equipment = profile.equipment;
    explanation.push(`Kit from your profile: ${profile.equipment.length ? profile.equipment.join(", ") : "none (wall, step and floor only)"}.`);
    if (profile.newToSoftTissue) {
      context.newToRolling = true;
      explanation.push("New to soft-tissue work: light pressure and short sessions (S8).");
    }
  } else {
    context.equipment = [];
    explanation.push("No profile yet: no kit assumed (set it with `limber profile --equipment ...`).");
  }

  const check = await bodyChecksRepository(database).latestBodyCheck(userId, day);
  if (check) {
    const age = daysBetween(check.date, day);
    if (age <= BODY_CHECK_MAX_AGE_DAYS) {
      const tight: Partial<Record<RegionRef, number>> = {};
      for (const e of check.entries) {
        if (e.stiffness <= 0) continue;
        const ref = (e.side ? `${e.region}-${e.side}` : e.region) as RegionRef;
        tight[ref] = Math.max(tight[ref] ?? 0, e.stiffness);
      }
      if (Object.keys(tight).length > 0) {
        context.tight = tight;
        const list = Object.entries(tight).map(([r, v]) => `${r} ${v}/10`).join(", ");
        explanation.push(`Tight regions from your body check of ${check.date}: ${list} (A1, A2).`);
      }
    } else {
      explanation.push(`Your last body check (${check.date}) is older than ${BODY_CHECK_MAX_AGE_DAYS} days, so it is not used; run \`limber check\` (A1).`);
    }
  }

  const flags = await painFlagsRepository(database).listPainFlags(userId, { open: true });
  if (flags.length > 0) {
    const pain: PainInput[] = flags.map((f) => ({ region: (f.side ? `${f.region}-${f.side}` : f.region) as RegionRef, kind: f.kind }));
    context.pain = pain;
    explanation.push(`Open pain flags: ${pain.map((p) => `${p.kind} in ${p.region}`).join(", ")} (X2, X3).`);
  }

  const { from, to } = dayBounds(day, timeZone);
  const todays = (await runsRepository(database).listRuns(userId, { from, to: now.toISOString() < to ? now.toISOString() : to, planned: false }))
    .filter((r) => Date.parse(r.activity.startTime) + r.activity.elapsedSeconds * 1000 <= now.getTime() + 60_000);
  const last = todays.at(-1);
  if (last) {
    const minutes = Math.round(last.activity.elapsedSeconds / 60);
    if (last.activity.sport === "run") {
      const type = runTypeOf(last);
      context.run = type ?? "easy";
      explanation.push(
        type
          ? `Today's run: ${type}, ${minutes} min.`
          : `Today's run (${minutes} min) has no type yet, so it counts as easy; set one with \`limber runs\`.`,
      );
    } else {
      context.workout = "cross";
      explanation.push(`Today's ${last.activity.sport}: ${minutes} min of cross-training.`);
    }
  }

  // Training load shapes the day (L1, L8, L9): a spike or deep fatigue lightens the session
  // and caps pressure. The ratio is a signal, never a gate: nothing is refused because of it.
  const shaping = await todayLoadShaping(database, userId, now);
  if (shaping.lighten) {
    context.lighten = shaping.lighten;
    explanation.push(`${shaping.lighten.message} (${shaping.lighten.rules.join(", ")}).`);
  }

  const sessions = sessionsRepository(database);
  const recent = await sessions.listSessions(userId, { limit: 10, to: now.toISOString() });
  const recentIds = new Set<string>();
  for (const s of recent.slice(0, RECENT_ROUTINES)) for (const item of s.routine.items) recentIds.add(item.id);
  if (recentIds.size > 0) {
    context.recentMovementIds = [...recentIds];
    explanation.push(`Variety: ${recentIds.size} movements from your last ${Math.min(recent.length, RECENT_ROUTINES)} sessions are rotated where there is a choice (S10).`);
  }
  if (recent.length >= TENDER_STREAK) {
    const oldest = recent.at(-1);
    const checks = oldest
      ? await bodyChecksRepository(database).listBodyChecks(userId, { from: localDay(new Date(oldest.startedAt), timeZone), to: day })
      : [];
    const persistent = persistentTenderness(recent, checks, timeZone);
    if (persistent.length > 0) {
      context.persistentTenderness = persistent;
      explanation.push(`Tender in ${TENDER_STREAK} or more sessions in a row: ${persistent.join(", ")}; scale back and consider a professional (S11, X4).`);
    }
  }

  // A professional's plan (C1) steers the emphasis until its transition date.
  const focus = await planFocusRegions(database, userId, day);
  if (focus.length > 0) {
    context.focusRegions = focus;
    explanation.push(`Your professional's plan emphasises ${focus.join(", ")} (C1).`);
  }

  if (opts.minutes !== undefined) context.minutes = opts.minutes;
  if (opts.session !== undefined) context.session = opts.session;
  return { context, explanation, day, timeZone };
}

/** The default seed for a day: the same routine all day, a new one tomorrow. */
export function daySeed(day: string): number {
  return Number(day.replace(/-/g, ""));
}

/** Today's routine in one call: the context from the journal, then the engine. */
export async function todayRoutine(
  database: Database,
  userId: string,
  opts: TodayOptions & { seed?: number } = {},
): Promise<TodayContext & { routine: Routine; seed: number; session: SessionKind }> {
  const ctx = await todayContext(database, userId, opts);
  const seed = opts.seed ?? daySeed(ctx.day);
  return { ...ctx, seed, session: ctx.context.session ?? defaultSession(ctx.context), routine: buildRoutine(ctx.context, MOVEMENTS, seed) };
}

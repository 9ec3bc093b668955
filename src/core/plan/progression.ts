/**
 * S8 progression: a runner new to soft-tissue work starts with two short sessions a week
 * and gets one more a week only after a week that showed good tolerance: at least as many
 * sessions as allowed, every rated session no worse after than before (stiffness, soreness,
 * pain), and no pain flag opened. A week that went badly steps back one (never below two).
 * After six sessions a week the runner graduates to the full plan. Derived from the logs
 * alone, so it needs no stored state.
 */
import type { PainFlag, Profile, SessionLog } from "../journal/types.js";
import { addDays, dayLabel, localDay, weekStartOf } from "../time/calendar.js";
import type { ProgressionStage } from "./types.js";

export const STARTER_SESSIONS = 2;
export const GRADUATE_AT = 7;

/** Did a session leave the runner worse than before on any rated scale? */
export function toleratedBadly(s: SessionLog): boolean {
  const b = s.before ?? {};
  const a = s.after ?? {};
  return (["stiffness", "soreness", "pain"] as const).some((k) => {
    const before = b[k];
    const after = a[k];
    return before !== undefined && after !== undefined && after > before;
  });
}

function rated(s: SessionLog): boolean {
  return (["stiffness", "soreness", "pain"] as const).some(
    (k) => s.before?.[k] !== undefined && s.after?.[k] !== undefined,
  );
}

/** Minutes of a starter session: 7 at two a week, 8 at three, then 10. */
export function starterMinutes(perWeek: number): number {
  return perWeek <= 2 ? 7 : perWeek === 3 ? 8 : 10;
}

/**
 * The progression stage for the week starting on or after `today`.
 *
 * @example
 * progressionStage({ profile: { ...p, newToSoftTissue: true }, sessions: [], today: "2026-11-23",
 *   timeZone: "UTC" }).sessionsPerWeek; // 2
 */
export function progressionStage(args: {
  profile: Profile | null;
  sessions: readonly SessionLog[];
  painFlags?: readonly PainFlag[];
  today: string;
  timeZone: string;
  weekStartsOn?: number;
}): ProgressionStage {
  if (!args.profile?.newToSoftTissue) {
    return {
      stage: "full",
      reasons: ["T7"],
      why: "Not new to soft-tissue work: the full week plan applies.",
    };
  }
  const ws = args.weekStartsOn ?? 1;
  const currentWeek = weekStartOf(args.today, ws);
  const byWeek = new Map<string, SessionLog[]>();
  for (const s of args.sessions) {
    const week = weekStartOf(localDay(s.startedAt, args.timeZone), ws);
    if (week < currentWeek) byWeek.set(week, [...(byWeek.get(week) ?? []), s]);
  }
  const flagWeeks = new Set(
    (args.painFlags ?? []).map((f) => weekStartOf(localDay(f.openedAt, args.timeZone), ws)),
  );
  const weeks = [...byWeek.keys()].sort();
  let perWeek = STARTER_SESSIONS;
  let lastChange =
    "Starting with two short sessions a week while the tissues get used to the work.";
  if (weeks.length > 0) {
    for (let week = weeks[0]!; week < currentWeek; week = addDays(week, 7)) {
      const logged = byWeek.get(week) ?? [];
      const bad = logged.some(toleratedBadly) || flagWeeks.has(week);
      if (bad) {
        if (perWeek > STARTER_SESSIONS) perWeek -= 1;
        lastChange = `The week of ${dayLabel(week, args.today)} left you worse after a session or raised a pain flag, so the plan holds at ${perWeek} sessions.`;
      } else if (logged.length >= perWeek && logged.some(rated)) {
        perWeek += 1;
        lastChange = `The week of ${dayLabel(week, args.today)} went well (${logged.length} sessions, none left you worse), so one more session is added.`;
      }
      if (perWeek >= GRADUATE_AT) break;
    }
  }
  if (perWeek >= GRADUATE_AT) {
    return {
      stage: "full",
      reasons: ["S8", "T7"],
      why: "Your logs show steady tolerance over several weeks: the full week plan applies now.",
    };
  }
  return {
    stage: "starter",
    sessionsPerWeek: perWeek,
    minutesPerSession: starterMinutes(perWeek),
    reasons: ["S8", "H2"],
    why: `${lastChange} Growth continues only while sessions leave you no worse than before.`,
  };
}

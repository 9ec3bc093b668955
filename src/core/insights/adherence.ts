/**
 * T7 adherence: sessions a week (with at least one item done) over the last four complete
 * weeks, against the 3-4 the guide asks for.
 */
import type { SessionLog } from "../journal/types.js";
import { addDays, localDay, weekStartOf } from "../time/calendar.js";
import type { AdherenceInsight } from "./types.js";

export const TARGET = { min: 3, max: 4 } as const;
const WEEKS = 4;

/**
 * @example
 * adherence({ sessions, today: "2026-11-23", timeZone: "UTC" }).meanPerWeek; // 3.25
 */
export function adherence(args: {
  sessions: readonly SessionLog[];
  today: string;
  timeZone: string;
  weekStartsOn?: number;
}): AdherenceInsight {
  const ws = args.weekStartsOn ?? 1;
  const current = weekStartOf(args.today, ws);
  const counts = new Map<string, number>();
  for (const s of args.sessions) {
    if (!s.items.some((i) => i.status === "done")) continue;
    const day = localDay(s.startedAt, args.timeZone);
    if (day > args.today) continue;
    const w = weekStartOf(day, ws);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const weeks = Array.from({ length: WEEKS }, (_, i) => {
    const weekStart = addDays(current, -7 * (WEEKS - i));
    const sessions = counts.get(weekStart) ?? 0;
    return { weekStart, sessions, met: sessions >= TARGET.min };
  });
  const meanPerWeek = weeks.reduce((a, w) => a + w.sessions, 0) / WEEKS;
  const met = weeks.filter((w) => w.met).length;
  const message =
    met === WEEKS
      ? `${met} of the last ${WEEKS} weeks had at least ${TARGET.min} sessions (${meanPerWeek.toFixed(1)} a week on average). Frequency is what builds mobility: keep it up.`
      : `${met} of the last ${WEEKS} weeks had at least ${TARGET.min} sessions (${meanPerWeek.toFixed(1)} a week on average). Aim for ${TARGET.min}-${TARGET.max} short sessions a week; three 10-minute sessions beat one long one.`;
  return {
    weeks,
    thisWeek: counts.get(current) ?? 0,
    meanPerWeek,
    target: { ...TARGET },
    message,
    reasons: ["T7", "P1"],
  };
}

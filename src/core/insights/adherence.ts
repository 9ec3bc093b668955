/**
 * T7 adherence: sessions a week (with at least one item done) over the last four complete
 * weeks, against the 3-4 the guide asks for.
 */
import type { SessionLog } from "../journal/types.js";
import { addDays, localDay, weekStartOf } from "../time/calendar.js";
import { counted } from "../text/counted.js";
import type { AdherenceInsight } from "./types.js";

export const TARGET = { min: 3, max: 4 } as const;
const WEEKS = 4;

/**
 * Of `weekStarts` (oldest first), those from the week of the runner's first session on (per
 * `sessionsByWeek`); none before a first session. Weeks before it were never the runner's to
 * fill, so insights and the app's chart leave them out alike.
 *
 * @example
 * fromFirstSessionWeek(["2026-11-02", "2026-11-09", "2026-11-16"], new Map([["2026-11-09", 2]]));
 * // ["2026-11-09", "2026-11-16"]
 */
export function fromFirstSessionWeek(
  weekStarts: readonly string[],
  counts: ReadonlyMap<string, number>,
): string[] {
  const first = [...counts.keys()].sort()[0];
  return first === undefined ? [] : weekStarts.filter((w) => w >= first);
}

/**
 * Sessions by the first day of their week, counted as adherence counts them: a session with
 * at least one item done, on its day in the runner's zone, up to `today`. Insights and the
 * app's Progress screen both count with it.
 *
 * @example
 * sessionsByWeek(sessions, "2026-11-23", "UTC", 1).get("2026-11-16"); // 3
 */
export function sessionsByWeek(
  sessions: readonly SessionLog[],
  today: string,
  timeZone: string,
  weekStartsOn: number,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sessions) {
    if (!s.items.some((i) => i.status === "done")) continue;
    const day = localDay(s.startedAt, timeZone);
    if (day > today) continue;
    const w = weekStartOf(day, weekStartsOn);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * The weeks adherence looks at, in words: "the last 4 weeks", or for a runner who started
 * less than four weeks ago "your first 2 full weeks" or "your first full week".
 *
 * @example
 * weeksSpan(4); // "the last 4 weeks"
 */
export function weeksSpan(n: number): string {
  return n >= WEEKS
    ? `the last ${WEEKS} weeks`
    : n === 1
      ? "your first full week"
      : `your first ${n} full weeks`;
}

/**
 * Adherence over the last four complete weeks, counted from the week of the runner's first
 * session: weeks before they started logging are not zeros they failed to meet.
 *
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
  const counts = sessionsByWeek(args.sessions, args.today, args.timeZone, ws);
  const complete = Array.from({ length: WEEKS }, (_, i) => addDays(current, -7 * (WEEKS - i)));
  const weeks = fromFirstSessionWeek(complete, counts).map((weekStart) => {
    const sessions = counts.get(weekStart) ?? 0;
    return { weekStart, sessions, met: sessions >= TARGET.min };
  });
  const thisWeek = counts.get(current) ?? 0;
  const meanPerWeek = weeks.length
    ? weeks.reduce((a, w) => a + w.sessions, 0) / weeks.length
    : thisWeek;
  const met = weeks.filter((w) => w.met).length;
  const aim = `Aim for ${TARGET.min}-${TARGET.max} short sessions a week; three 10-minute sessions beat one long one.`;
  const span = weeksSpan(weeks.length);
  const message =
    counts.size === 0
      ? `No sessions yet. ${aim}`
      : weeks.length === 0
        ? `${counted(thisWeek, "session")} so far in your first week. ${aim}`
        : `${met} of ${span} had at least ${TARGET.min} sessions (${meanPerWeek.toFixed(1)} a week on average). ${met === weeks.length ? "Frequency is what builds mobility: keep it up." : aim}`;
  return {
    weeks,
    thisWeek,
    meanPerWeek,
    target: { ...TARGET },
    message,
    reasons: ["T7", "P1"],
  };
}

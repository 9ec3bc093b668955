/**
 * A planned run that then happens: the done activity of the same sport on the same local
 * day (the nearest in start time when there are several) takes its place. The plan stays
 * in the journal as the record of what was planned; the week plan and the big-run signal
 * read the done run.
 */
import type { RunRecord } from "../journal/types.js";
import { localDay } from "../time/calendar.js";

export interface PlanMatch {
  plannedId: string;
  doneId: string;
  date: string;
}

/**
 * Pairs planned runs with the done runs that fulfilled them (each done run fulfils at most
 * one plan).
 *
 * @example
 * matchPlannedRuns(runs, "Europe/Berlin"); // [{ plannedId: "p1", doneId: "r9", date: "2026-11-24" }]
 */
export function matchPlannedRuns(runs: readonly RunRecord[], timeZone: string): PlanMatch[] {
  const done = runs.filter((r) => !r.planned);
  const used = new Set<string>();
  const out: PlanMatch[] = [];
  for (const p of runs.filter((r) => r.planned)) {
    const date = localDay(p.activity.startTime, timeZone);
    const t = Date.parse(p.activity.startTime);
    const same = done
      .filter(
        (d) =>
          !used.has(d.id) &&
          d.activity.sport === p.activity.sport &&
          localDay(d.activity.startTime, timeZone) === date,
      )
      .sort(
        (a, b) =>
          Math.abs(Date.parse(a.activity.startTime) - t) -
          Math.abs(Date.parse(b.activity.startTime) - t),
      );
    const hit = same[0];
    if (hit) {
      used.add(hit.id);
      out.push({ plannedId: p.id, doneId: hit.id, date });
    }
  }
  return out;
}

/**
 * The runs without the plans that already happened.
 *
 * @example
 * withoutFulfilledPlans(runs, "UTC").length; // one fewer for each matched plan
 */
export function withoutFulfilledPlans<T extends RunRecord>(
  runs: readonly T[],
  timeZone: string,
): T[] {
  const matched = new Set(matchPlannedRuns(runs, timeZone).map((m) => m.plannedId));
  return runs.filter((r) => !matched.has(r.id));
}

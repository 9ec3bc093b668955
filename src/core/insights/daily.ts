/**
 * One row per calendar day: which techniques were done, how stiff the runner was before
 * the day's first session (or at a body check), and the training load. The technique
 * model and the comfort comparison read from this.
 */
import type { BodyCheck, RunRecord, SessionLog } from "../journal/types.js";
import { localDay } from "../time/calendar.js";
import { runLoad } from "../plan/runs.js";

export interface DayRow {
  date: string;
  used: Set<string>;
  /** Stiffness 0-10 at the start of the day, when measured. */
  stiffness?: number;
  /** Session load of the day's runs and cross-training (minutes x RPE). */
  load: number;
  sessions: number;
}

/** Rows keyed by date, for days from `from` to `to` inclusive that have any record. */
export function dailyRows(args: {
  sessions: readonly SessionLog[];
  runs: readonly RunRecord[];
  bodyChecks: readonly BodyCheck[];
  timeZone: string;
  from: string;
  to: string;
}): Map<string, DayRow> {
  const rows = new Map<string, DayRow>();
  const row = (date: string): DayRow | undefined => {
    if (date < args.from || date > args.to) return undefined;
    let r = rows.get(date);
    if (!r) {
      r = { date, used: new Set(), load: 0, sessions: 0 };
      rows.set(date, r);
    }
    return r;
  };
  const firstStart = new Map<string, string>();
  for (const s of args.sessions) {
    const date = localDay(s.startedAt, args.timeZone);
    const r = row(date);
    if (!r) continue;
    r.sessions += 1;
    for (const item of s.items) if (item.status === "done") r.used.add(item.id);
    const before = s.before?.stiffness;
    if (before !== undefined) {
      const known = firstStart.get(date);
      if (known === undefined || s.startedAt < known) {
        firstStart.set(date, s.startedAt);
        r.stiffness = before;
      }
    }
  }
  for (const c of args.bodyChecks) {
    const r = row(c.date);
    if (!r || r.stiffness !== undefined || c.entries.length === 0) continue;
    r.stiffness = c.entries.reduce((a, e) => a + e.stiffness, 0) / c.entries.length;
  }
  for (const run of args.runs) {
    if (run.planned) continue;
    const r = row(localDay(run.activity.startTime, args.timeZone));
    if (r) r.load += runLoad(run);
  }
  return rows;
}

/**
 * Adherence for the professional (C1, issue: training context): per week, sessions the
 * plan set against sessions done; each ROM goal against the first and latest test; pain
 * flags raised. As JSON for the API and as a printable one-page HTML summary a clinician
 * can hand over or file.
 *
 * @example
 * const a = await adherenceSummary(database, runnerId, { now: new Date(), weeks: 6 });
 * a.weeks[0]; // { start: "2026-10-26", end: "2026-11-01", planned: 4, done: 3 }
 */
import { InputError } from "../../core/errors.js";
import { testLabel } from "../../core/insights/thresholds.js";
import type { PainFlag, RomTest } from "../../core/journal/types.js";
import type { Side } from "../../core/vocabulary.js";
import {
  accountsRepository,
  painFlagsRepository,
  profileRepository,
  romTestsRepository,
  sessionsRepository,
  type Database,
} from "../../store/index.js";
import { addDays, dayBounds, localDay } from "../../core/time/calendar.js";
import { getPlan } from "./plans.js";
import type { PlanGoal, StoredPlan } from "./types.js";
import { processTimeZone } from "../journal/context.js";

export interface AdherenceWeek {
  start: string;
  end: string;
  /** Sessions the professional's plan set for the week (null without an active plan then). */
  planned: number | null;
  done: number;
  minutes: number;
}

export interface GoalProgress extends PlanGoal {
  first?: number;
  firstDate?: string;
  latest?: number;
  latestDate?: string;
  met?: boolean;
}

export interface AdherenceSummary {
  runner: { id: string; email?: string; name?: string };
  from: string;
  to: string;
  plan: StoredPlan | null;
  weeks: AdherenceWeek[];
  totals: { planned: number | null; done: number; share?: number };
  goals: GoalProgress[];
  painFlags: Pick<PainFlag, "region" | "side" | "kind" | "openedAt" | "resolvedAt" | "notes">[];
  generatedAt: string;
}

function goalValue(t: RomTest, side: Side | undefined, unit: PlanGoal["unit"]): number | undefined {
  if (unit === "pass") {
    const p =
      side === "left" ? t.leftPass : side === "right" ? t.rightPass : (t.leftPass ?? t.rightPass);
    return p === undefined ? undefined : p ? 1 : 0;
  }
  return side === "left" ? t.left : side === "right" ? t.right : t.value;
}

/** The adherence summary over the last `weeks` weeks (1-26, default 6) ending today. */
export async function adherenceSummary(
  database: Database,
  runnerId: string,
  opts: { now?: Date; weeks?: unknown } = {},
): Promise<AdherenceSummary> {
  const weeks = opts.weeks === undefined ? 6 : Number(opts.weeks);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 26)
    throw new InputError("weeks", `must be a whole number from 1 to 26, got ${String(opts.weeks)}`);
  const now = opts.now ?? new Date();
  const profile = await profileRepository(database).getProfile(runnerId);
  const tz = profile?.timeZone ?? processTimeZone();
  const today = localDay(now, tz);
  const from = addDays(today, -weeks * 7 + 1);
  const plan = await getPlan(database, runnerId, today);
  const sessions = await sessionsRepository(database).listSessions(runnerId, {
    from: dayBounds(from, tz).from,
    to: dayBounds(today, tz).to,
  });
  const out: AdherenceWeek[] = [];
  for (let w = 0; w < weeks; w++) {
    const start = addDays(from, w * 7);
    const end = addDays(start, 6);
    const inWeek = sessions.filter((s) => {
      const d = localDay(s.startedAt, tz);
      return d >= start && d <= end;
    });
    // the plan's frequency counts for the weeks it covered, up to its transition date
    const covered = plan && plan.status !== "access-revoked" && start <= plan.transitionDate;
    out.push({
      start,
      end,
      planned: covered ? plan.sessionsPerWeek : null,
      done: inWeek.length,
      minutes: Math.round(inWeek.reduce((a, s) => a + s.routine.totalSeconds, 0) / 60),
    });
  }
  const plannedWeeks = out.filter((w) => w.planned !== null);
  const totals: AdherenceSummary["totals"] = {
    planned: plannedWeeks.length ? plannedWeeks.reduce((a, w) => a + w.planned!, 0) : null,
    done: out.reduce((a, w) => a + w.done, 0),
  };
  if (totals.planned)
    totals.share =
      Math.round((plannedWeeks.reduce((a, w) => a + w.done, 0) / totals.planned) * 100) / 100;
  const roms = await romTestsRepository(database).listRomTests(runnerId, { to: today });
  const goals: GoalProgress[] = (plan?.goals ?? []).map((g) => {
    const values = roms
      .filter((t) => t.test === g.test)
      .map((t) => ({ date: t.date, v: goalValue(t, g.side, g.unit) }))
      .filter((x): x is { date: string; v: number } => x.v !== undefined)
      .sort((a, b) => a.date.localeCompare(b.date));
    const p: GoalProgress = { ...g };
    const first = values[0];
    const latest = values.at(-1);
    if (first) Object.assign(p, { first: first.v, firstDate: first.date });
    if (latest)
      Object.assign(p, { latest: latest.v, latestDate: latest.date, met: latest.v >= g.target });
    return p;
  });
  const flags = (await painFlagsRepository(database).listPainFlags(runnerId)).filter(
    (f) => localDay(f.openedAt, tz) >= from,
  );
  const account = await accountsRepository(database).findAccountById(runnerId);
  const runner: AdherenceSummary["runner"] = { id: runnerId };
  if (account?.email) runner.email = account.email;
  if (profile?.name) runner.name = profile.name;
  return {
    runner,
    from,
    to: today,
    plan,
    weeks: out,
    totals,
    goals,
    painFlags: flags.map((f) => {
      const x: AdherenceSummary["painFlags"][number] = {
        region: f.region,
        kind: f.kind,
        openedAt: f.openedAt,
      };
      if (f.side) x.side = f.side;
      if (f.resolvedAt) x.resolvedAt = f.resolvedAt;
      if (f.notes) x.notes = f.notes;
      return x;
    }),
    generatedAt: now.toISOString(),
  };
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/**
 * The summary as one printable HTML page (A4, print styles, no scripts, no outside files).
 *
 * @example
 * const html = renderAdherenceHtml(await adherenceSummary(database, runnerId));
 */
export function renderAdherenceHtml(a: AdherenceSummary): string {
  const who = esc(a.runner.name ?? a.runner.email ?? a.runner.id);
  const planLine = a.plan
    ? `${a.plan.sessionsPerWeek} sessions a week; focus ${esc(a.plan.focusRegions.join(", ") || "none")}; until ${esc(a.plan.transitionDate)} (${esc(a.plan.status ?? (a.plan.active ? "active" : "ended"))})`
    : "No plan set.";
  const weekRows = a.weeks
    .map(
      (w) =>
        `<tr><td>${esc(w.start)} to ${esc(w.end)}</td><td>${w.planned ?? "-"}</td><td>${w.done}</td><td>${w.minutes} min</td></tr>`,
    )
    .join("");
  const unit = (u: string) => (u === "pass" ? "" : ` ${u}`);
  const goalRows = a.goals.length
    ? a.goals
        .map(
          (g) =>
            `<tr><td>${esc(testLabel(g.test, g.side))}</td><td>${g.unit === "pass" ? "pass" : `${g.target}${unit(g.unit)}`}</td><td>${g.first !== undefined ? `${g.first}${unit(g.unit)} on ${esc(g.firstDate!)}` : "not tested"}</td><td>${g.latest !== undefined ? `${g.latest}${unit(g.unit)} on ${esc(g.latestDate!)}` : "not tested"}</td><td>${g.met === undefined ? "-" : g.met ? "met" : "not yet"}</td></tr>`,
        )
        .join("")
    : `<tr><td colspan="5">No goals set.</td></tr>`;
  const painRows = a.painFlags.length
    ? a.painFlags
        .map(
          (f) =>
            `<tr><td>${esc(f.region)}${f.side ? ` (${f.side})` : ""}</td><td>${esc(f.kind)}</td><td>${esc(f.openedAt.slice(0, 10))}</td><td>${f.resolvedAt ? esc(f.resolvedAt.slice(0, 10)) : "open"}</td></tr>`,
        )
        .join("")
    : `<tr><td colspan="4">None raised.</td></tr>`;
  const share =
    a.totals.share !== undefined ? ` (${Math.round(a.totals.share * 100)}% of planned)` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Adherence: ${who}</title>
<style>
@page { size: A4; margin: 15mm; }
body { font: 11pt/1.35 system-ui, sans-serif; color: #111; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 5mm 0 1mm; }
table { width: 100%; border-collapse: collapse; } td, th { border-bottom: 1px solid #ccc; padding: 1mm 2mm; text-align: left; }
.meta { color: #444; } footer { margin-top: 6mm; font-size: 9pt; color: #555; }
</style></head><body>
<h1>Mobility plan adherence: ${who}</h1>
<p class="meta">${esc(a.from)} to ${esc(a.to)}. Plan: ${planLine}</p>
<h2>Sessions planned and done per week</h2>
<table><thead><tr><th>week</th><th>planned</th><th>done</th><th>time</th></tr></thead><tbody>${weekRows}</tbody></table>
<p>Done: ${a.totals.done} sessions${a.totals.planned !== null ? ` of ${a.totals.planned} planned${share}` : ""}.</p>
<h2>Range-of-motion goals</h2>
<table><thead><tr><th>test</th><th>goal</th><th>first</th><th>latest</th><th></th></tr></thead><tbody>${goalRows}</tbody></table>
<h2>Pain flags raised</h2>
<table><thead><tr><th>region</th><th>kind</th><th>raised</th><th>resolved</th></tr></thead><tbody>${painRows}</tbody></table>
<footer>From the runner's Limber journal, ${esc(a.generatedAt.slice(0, 10))}. General guidance, not a diagnosis.</footer>
</body></html>
`;
}

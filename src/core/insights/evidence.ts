/**
 * The evidence behind each technique verdict (P1, P2, P5), from three sources, each one
 * model with the day's load and the load of the week (hard weeks) as covariates and the
 * techniques that explain the outcome, found one at a time (see fitJoint); every other
 * technique done often enough is judged beside those:
 *
 * - session: the stiffness change within a session (after minus before, P1), the most
 *   direct signal; the runner's average session effect goes into the intercept, so a
 *   technique is credited only with what it adds to the sessions it is in;
 * - next-morning: stiffness the morning after a day, per region, from body checks of that
 *   region (A1) where the runner logs them, otherwise from the first rating of the next day;
 *   days without a session are the comparison;
 * - rom: the weekly change of the range-of-motion test that measures the technique's region
 *   (knee-to-wall for calves and ankles, ...), in the test's unit, per share of days done.
 *
 * Techniques (nearly) always done together are one column: the data cannot tell them apart,
 * and each is reported with the other in `confoundedWith`.
 */
import { byDayThenLogged } from "../time/logged-order.js";
import type { BodyCheck, RomTest, RomTestKind, SessionLog } from "../journal/types.js";
import { ROM_SIDED } from "../journal/types.js";
import { loggedItemFacts } from "../journal/logged-items.js";
import { addDays, daysBetween, localDay } from "../time/calendar.js";
import { regionName } from "../routine/region-names.js";
import { isWorkPhase, parseRegionRef, regionRef, type Region } from "../vocabulary.js";
import { sceptical, twoSided } from "./bayes.js";
import { jointDesign, scepticalPick } from "./joint-design.js";
import type { DayRow } from "./daily.js";
import { TESTS_FOR_REGION } from "./rom-evidence.js";
import { betterDirection } from "./thresholds.js";

/** Prior sd of a technique effect, in residual standard deviations: most techniques do little. */
export const PRIOR_SCALE = 3;
/** A technique needs this many days done to get a column of its own. */
export const MIN_DAYS_DONE = 6;
/** ... and on at least this share of the days with a session. */
export const REGULAR_SHARE = 0.15;
/**
 * A technique enters the model when its two-sided test, beside those already in, passes
 * 2 x ENTRY divided by the number of techniques still out (Holm): a little looser than the
 * verdicts' families (techniques.ts), so a technique that may matter is held in the model
 * beside the others rather than left out of it.
 */
export const ENTRY = 0.025;
/** Techniques done together on at least this share of the days with either are one group. */
export const CONFOUND_OVERLAP = 0.9;
/** A technique is judged beside the techniques whose days go with its own at least this much. */
export const COMPANY = 0.5;
/** ... or are mostly together, with fewer than this many days with only one of them. */
export const DAYS_APART = 8;
/** Load (minutes x RPE) per unit in the models. */
const LOAD_SCALE = 100;

export type Source = "stiffness" | "session" | "next-morning" | "rom";

/** One technique (or group) coefficient from one model. */
export interface SourceEstimate {
  source: Source;
  /** What the model's outcome is. */
  measure: string;
  region?: Region;
  test?: RomTestKind;
  unit: "points" | "cm" | "deg";
  /** -1 when lower is better (stiffness), +1 when higher is better (ROM). */
  goodSign: 1 | -1;
  mean: number;
  sd: number;
  df: number;
  p: number;
  /** Rows of the model, and rows with the technique (group) in them. */
  rows: number;
  rowsWith: number;
}

export interface EvidenceInput {
  days: Map<string, DayRow>;
  sessions: readonly SessionLog[];
  bodyChecks: readonly BodyCheck[];
  romTests: readonly RomTest[];
  timeZone: string;
  from: string;
  to: string;
}

export interface TechniqueFacts {
  id: string;
  regions: Region[];
  daysDone: number;
  sessionsDone: number;
  /** Sessions done with before and after stiffness (or soreness) rated. */
  ratedSessions: number;
}

export interface Evidence {
  techniques: Map<string, TechniqueFacts>;
  /** Group of each technique that has a column: its members, sorted. */
  groups: Map<string, string[]>;
  /** Estimates per group key (members joined with "+"). */
  estimates: Map<string, SourceEstimate[]>;
  /** Rated sessions, and days with a next-morning rating, in the window. */
  ratedSessions: number;
  ratedDays: number;
  /** Days with a session in the window. */
  sessionDays: number;
  /** Days a technique is done on before it is judged (a regular part of the routine). */
  daysForColumn: number;
}

export const groupKey = (members: readonly string[]): string => members.join("+");

function mainRegions(s: SessionLog, id: string): Region[] {
  const out: Region[] = [];
  for (const ref of loggedItemFacts(s, id).regions) {
    const r = parseRegionRef(ref)?.region;
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}

/** Mean 7-day load ending on each day, relative to the window's mean: > 0 in hard weeks. */
function weekLoad(days: Map<string, DayRow>, from: string, to: string): (d: string) => number {
  const span = daysBetween(from, to) + 1;
  const daily: number[] = [];
  for (let i = 0; i < span; i++) daily.push(days.get(addDays(from, i))?.load ?? 0);
  const mean = daily.reduce((a, b) => a + b, 0) / Math.max(1, span) || 1;
  return (d: string) => {
    const i = daysBetween(from, d);
    let sum = 0;
    let n = 0;
    for (let k = Math.max(0, i - 6); k <= Math.min(span - 1, i); k++) {
      sum += daily[k]!;
      n++;
    }
    return n ? sum / n / mean - 1 : 0;
  };
}

/**
 * Groups of techniques the data cannot tell apart (union of pairs): done together on at
 * least CONFOUND_OVERLAP of the days with either, or mostly together with fewer than
 * DAYS_APART days with only one of them (a habit done with a technique every time, and now
 * and then on its own: a handful of days is all that could separate the two, and whichever
 * of them those few days favour by chance would take the other's credit). Measured on the
 * days they were done, not on every calendar day: the many days with neither would make
 * any two techniques of the same routine look alike.
 */
function confoundedGroups(
  ids: readonly string[],
  dates: readonly string[],
  days: Map<string, DayRow>,
): string[][] {
  const daysOf = ids.map((id) => new Set(dates.filter((d) => days.get(d)?.used.has(id))));
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = daysOf[i]!;
      const b = daysOf[j]!;
      let both = 0;
      for (const d of a) if (b.has(d)) both++;
      const either = a.size + b.size - both;
      const apart = either - both;
      if (
        either > 0 &&
        (both / either >= CONFOUND_OVERLAP || (apart < DAYS_APART && both >= apart))
      )
        parent.set(find(ids[j]!), find(ids[i]!));
    }
  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()].map((g) => g.sort());
}

interface ModelRow {
  y: number;
  used: Set<string>;
  covariates: number[];
}

/** Pearson correlation of two 0/1 columns (0 when either is constant). */
function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  let sa = 0;
  let sb = 0;
  let sab = 0;
  for (let i = 0; i < n; i++) {
    sa += a[i]!;
    sb += b[i]!;
    sab += a[i]! * b[i]!;
  }
  const va = sa * (n - sa);
  const vb = sb * (n - sb);
  return va > 0 && vb > 0 ? (n * sab - sa * sb) / Math.sqrt(va * vb) : 0;
}

/** Fits one joint model and returns one estimate per group with enough rows with and without it. */
function fitJoint(
  rows: readonly ModelRow[],
  groups: readonly string[][],
  meta: Omit<SourceEstimate, "mean" | "sd" | "df" | "p" | "rows" | "rowsWith">,
  minEachWay: number,
): Map<string, SourceEstimate> {
  const out = new Map<string, SourceEstimate>();
  // A group's column is the days with all of it: the few days with only one of its members
  // count as days without the group, so they dilute the comparison rather than the effect.
  const inRow = (r: ModelRow, g: readonly string[]) => g.every((id) => r.used.has(id));
  const counts = groups.map((g) => rows.filter((r) => inRow(r, g)).length);
  const testable = groups.filter(
    (_, i) => counts[i]! >= minEachWay && rows.length - counts[i]! >= minEachWay,
  );
  if (testable.length === 0 || rows.length < 8) return out;
  const k = rows[0]!.covariates.length;
  const presence = testable.map((g) => rows.map((r) => (inRow(r, g) ? 1 : 0)));
  // The design (covariates centred, so the intercept is the average row's outcome) and its
  // cross-products are built once.
  const design = jointDesign(
    rows.map((r) => r.covariates),
    rows.map((r) => r.y),
    presence,
  );
  // The model is built one technique at a time (forward selection): the technique that best
  // explains the outcome beside those already in enters when its test passes a Holm bound
  // (ENTRY two-sided over the techniques still out), then the next is sought beside it, and
  // so on. Each technique is then judged beside the ones that entered: a technique that only
  // keeps company with a helpful (or harmful) one is judged with that one in the model, so
  // it cannot borrow its effect; the company of techniques that explain nothing is left out,
  // because with a routine of fixed length every technique stands in for others, and a model
  // holding all of them spreads each effect over its stand-ins (in the simulated cohort it
  // found the helpful technique for about half as many runners).
  const fixed = Array.from({ length: 1 + k }, (_, c) => c);
  const column = (j: number) => 1 + k + j;
  const entered: number[] = [];
  const withOne = (j: number) =>
    scepticalPick(design, [...fixed, ...entered.map(column), column(j)], PRIOR_SCALE);
  for (;;) {
    let best: { j: number; p: number } | undefined;
    for (let j = 0; j < testable.length; j++) {
      if (entered.includes(j)) continue;
      const fit = withOne(j);
      if (!fit) continue;
      const p = twoSided(fit.mean.at(-1)!, fit.sd.at(-1)!, fit.df);
      if (!best || p < best.p) best = { j, p };
    }
    if (!best || best.p > (2 * ENTRY) / (testable.length - entered.length)) break;
    entered.push(best.j);
  }
  // Each technique is then judged beside the ones that entered and its close company (the
  // techniques whose days go with its own, either way, at least COMPANY): whatever a close
  // companion does, it cannot lend its effect to the technique judged, even when its own
  // effect was too small to enter (double selection: what explains the outcome, and what
  // goes with the technique).
  const company = (j: number) => {
    const out: number[] = [];
    for (let c = 0; c < testable.length; c++)
      if (
        c !== j &&
        !entered.includes(c) &&
        Math.abs(correlation(presence[j]!, presence[c]!)) >= COMPANY
      )
        out.push(c);
    return out;
  };
  testable.forEach((g, j) => {
    const pick = [...entered.filter((c) => c !== j), ...company(j), j].map(column);
    const fit = scepticalPick(design, [...fixed, ...pick], PRIOR_SCALE);
    if (!fit) return;
    const mean = fit.mean.at(-1)!;
    const sd = fit.sd.at(-1)!;
    out.set(groupKey(g), {
      ...meta,
      mean,
      sd,
      df: fit.df,
      p: twoSided(mean, sd, fit.df),
      rows: rows.length,
      rowsWith: counts[groups.indexOf(g)]!,
    });
  });
  return out;
}

/**
 * The runner's tightness as the routine saw it on a day: the mean of the newest rating of
 * each region in the body checks up to that day (0 before the first check). Checks are
 * sorted by day, then by when they were logged. Given `asOf` (when a session was logged), a
 * check logged after it is left out: the routine that session followed cannot have read it,
 * whatever day it is for (an evening check, or yesterday's check entered late). The routine's
 * own reading (tightRegions in src/core/journal/routine-context.ts) leaves out a region rated
 * 0 and checks older than 28 days; here a 0 counts, so the level does not jump when a region
 * eases to 0 (read through tightRegions, the simulated cohort with a check most mornings had
 * 7 of 56 "helps" claims wrong, against 5 of 54 with this).
 *
 * @example
 * const seen = tightnessSeen(checks);
 * seen("2026-11-23"); // 4.5: calves 5/10 and hamstrings 4/10 newest
 * seen("2026-11-23", "2026-11-23T07:00:00Z"); // 3: the calves' 5 was logged at 19:00
 */
export function tightnessSeen(
  checks: readonly BodyCheck[],
): (day: string, asOf?: string) => number {
  const ordered = [...checks]
    .sort(byDayThenLogged)
    .map((c) => ({ check: c, at: Date.parse(c.createdAt) }));
  // The checks up to `day` logged by `asOf`: the mean of each region's newest rating, and when
  // the last of them was logged.
  const read = (day: string, asOf = Infinity) => {
    const newest = new Map<string, number>();
    let lastLogged = -Infinity;
    for (const { check, at } of ordered) {
      if (check.date > day) break;
      if (at > asOf) continue;
      lastLogged = Math.max(lastLogged, at);
      for (const e of check.entries) newest.set(regionRef(e), e.stiffness);
    }
    const values = [...newest.values()];
    const level = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
    return { level, lastLogged };
  };
  // Per day, from every check up to it: the usual case (checks logged before the session)
  // reads the memo.
  const memo = new Map<string, { level: number; lastLogged: number }>();
  return (day, asOf) => {
    let all = memo.get(day);
    if (!all) {
      all = read(day);
      memo.set(day, all);
    }
    if (asOf === undefined) return all.level;
    const cut = Date.parse(asOf);
    return all.lastLogged <= cut ? all.level : read(day, cut).level;
  };
}

/**
 * Builds the three sources of evidence for every technique done in the window.
 *
 * @example
 * const ev = techniqueEvidence({ days, sessions, bodyChecks, romTests, timeZone: "UTC", from, to });
 * ev.estimates.get("foam-roll-calves"); // [{ source: "session", mean: -1.1, sd: 0.3, ... }, ...]
 */
export function techniqueEvidence(input: EvidenceInput): Evidence {
  const { days } = input;
  const sessions = input.sessions.filter((s) => {
    const d = localDay(s.startedAt, input.timeZone);
    return d >= input.from && d <= input.to;
  });
  // Walks, breathing and easy cardio frame a session rather than work a tissue: they mark
  // the kind of session (after a run or not), which is a covariate of its own below, and are
  // not techniques to judge, blame or report.
  const framing = new Set<string>();
  for (const s of sessions)
    for (const i of s.items) {
      const phase = loggedItemFacts(s, i.id).phase;
      if (phase && !isWorkPhase(phase)) framing.add(i.id);
    }
  const techniques = new Map<string, TechniqueFacts>();
  for (const s of sessions) {
    const rated = ratedChange(s) !== undefined;
    for (const item of s.items) {
      if (item.status !== "done" || framing.has(item.id)) continue;
      let t = techniques.get(item.id);
      if (!t) {
        t = { id: item.id, regions: [], daysDone: 0, sessionsDone: 0, ratedSessions: 0 };
        techniques.set(item.id, t);
      }
      t.sessionsDone++;
      if (rated) t.ratedSessions++;
      for (const r of mainRegions(s, item.id)) if (!t.regions.includes(r)) t.regions.push(r);
    }
  }
  const dates = [...days.keys()].sort();
  for (const d of dates)
    for (const id of days.get(d)!.used) {
      const t = techniques.get(id);
      if (t) t.daysDone++;
    }
  // Only techniques that are a regular part of the routine get a column of their own (on at
  // least MIN_DAYS_DONE days and REGULAR_SHARE of session days), so dozens of rare columns do
  // not drown the regular ones in noise; rare techniques could not be judged anyway. They
  // are not counted as a covariate either: a routine has a fixed length, so the number of
  // other techniques in it is lowest exactly when the regular ones are in, and such a count
  // takes their effect for its own.
  const sessionDays = dates.filter((d) => days.get(d)!.sessions > 0).length;
  const daysForColumn = Math.max(MIN_DAYS_DONE, Math.ceil(REGULAR_SHARE * sessionDays));
  const columnIds = [...techniques.values()]
    .filter((t) => t.daysDone >= daysForColumn)
    .map((t) => t.id)
    .sort();
  const allDates: string[] = [];
  for (let d = input.from; d <= input.to; d = addDays(d, 1)) allDates.push(d);
  // A technique too rare for a column of its own can still be the one that acts: done mostly
  // together with a column technique (a habit done beside it), the two are one group, or the
  // column would take its credit. In the simulated cohort a paired habit was claimed to help
  // in place of the technique it was always done with, on 8 of its 11 days, because that
  // one was done on too few session days for a column.
  const columns = new Set(columnIds);
  const pairable = [...techniques.values()]
    .filter((t) => t.daysDone >= MIN_DAYS_DONE)
    .map((t) => t.id)
    .sort();
  const groupList = confoundedGroups(pairable, allDates, days).filter((g) =>
    g.some((id) => columns.has(id)),
  );
  const groups = new Map<string, string[]>();
  for (const g of groupList) for (const id of g) groups.set(id, g);
  const hardWeek = weekLoad(days, input.from, input.to);
  const estimates = new Map<string, SourceEstimate[]>();
  const add = (m: Map<string, SourceEstimate>) => {
    for (const [k, e] of m) estimates.set(k, [...(estimates.get(k) ?? []), e]);
  };

  // Session source (P1). The routine serves the regions the runner's body checks say are
  // tight first (A2), so which techniques a session holds goes with how stiff the runner was
  // that day, beyond what the session's own before-rating shows: a technique that comes in on
  // looser days (fewer tight regions to serve) would take their lower stiffness for its own.
  // So what the coach saw (the mean of the newest rating of each region) is a covariate, for
  // a runner whose checks vary. In the simulated cohort with a body check most mornings,
  // without it 8 of 51 "helps" claims were wrong.
  const seen = tightnessSeen(input.bodyChecks);
  const seenBy = new Map(
    sessions.map((s) => [s, seen(localDay(s.startedAt, input.timeZone), s.createdAt)]),
  );
  const withSeen = new Set(seenBy.values()).size > 1;
  const sessionRows: ModelRow[] = [];
  for (const s of sessions) {
    const change = ratedChange(s);
    if (!change) continue;
    const d = localDay(s.startedAt, input.timeZone);
    const used = new Set(s.items.filter((i) => i.status === "done").map((i) => i.id));
    sessionRows.push({
      y: change.delta,
      used,
      covariates: [
        change.before,
        (days.get(d)?.load ?? 0) / LOAD_SCALE,
        hardWeek(d),
        s.kind === "post-run" ? 1 : 0,
        ...(withSeen ? [seenBy.get(s)!] : []),
      ],
    });
  }
  add(
    fitJoint(
      sessionRows,
      groupList,
      {
        source: "session",
        measure: "stiffness change during the session",
        unit: "points",
        goodSign: -1,
      },
      5,
    ),
  );

  // Next-morning source: per region from body checks, else whole-body from ratings.
  const regionChecks = new Map<Region, Map<string, number>>();
  for (const c of input.bodyChecks) {
    if (c.date < input.from || c.date > input.to) continue;
    const byRegion = new Map<Region, number[]>();
    for (const e of c.entries)
      byRegion.set(e.region, [...(byRegion.get(e.region) ?? []), e.stiffness]);
    for (const [r, v] of byRegion) {
      const m = regionChecks.get(r) ?? new Map<string, number>();
      m.set(c.date, v.reduce((a, b) => a + b, 0) / v.length);
      regionChecks.set(r, m);
    }
  }
  const spanDays = Math.max(1, daysBetween(input.from, input.to));
  const trend = (d: string): number[] => {
    const x = daysBetween(input.from, d) / spanDays - 0.5;
    return [x, x * x];
  };
  const morningRows = (value: (d: string) => number | undefined): ModelRow[] => {
    const rows: ModelRow[] = [];
    for (const d of allDates) {
      const next = value(addDays(d, 1));
      const base = value(d);
      if (next === undefined || base === undefined) continue;
      const used = days.get(d)?.used ?? new Set<string>();
      rows.push({
        y: next,
        used,
        covariates: [
          base,
          (days.get(d)?.load ?? 0) / LOAD_SCALE,
          hardWeek(d),
          // A day with a session is compared with other session days (a technique is done
          // only on those), and yesterday's runs are in this morning's stiffness more than
          // its noisy rating shows: without them, a technique done after runs on the same
          // weekdays each week could take the credit for the rest days before them.
          (days.get(d)?.sessions ?? 0) > 0 ? 1 : 0,
          (days.get(addDays(d, -1))?.load ?? 0) / LOAD_SCALE,
          // A smooth trend over the window: the runner's level drifts (a technique that helps
          // every day lowers it for weeks), and whatever is done more in one part of the
          // window would otherwise take the credit for the drift.
          ...trend(d),
        ],
      });
    }
    return rows;
  };
  const wholeRows = morningRows((d) => days.get(d)?.stiffness);
  const wholeBody = fitJoint(
    wholeRows,
    groupList,
    { source: "next-morning", measure: "stiffness the next morning", unit: "points", goodSign: -1 },
    5,
  );
  const regionFits = new Map<Region, Map<string, SourceEstimate>>();
  for (const [region, values] of regionChecks) {
    const rows = morningRows((d) => values.get(d));
    if (rows.length < 20) continue;
    regionFits.set(
      region,
      fitJoint(
        rows,
        groupList,
        {
          source: "next-morning",
          measure: `${regionName(region)} stiffness the next morning`,
          region,
          unit: "points",
          goodSign: -1,
        },
        5,
      ),
    );
  }
  for (const g of groupList) {
    const key = groupKey(g);
    const regions = [...new Set(g.flatMap((id) => techniques.get(id)!.regions))];
    const own = regions
      .map((r) => regionFits.get(r)?.get(key))
      .filter((e): e is SourceEstimate => !!e);
    const chosen = own.length ? own : wholeBody.get(key) ? [wholeBody.get(key)!] : [];
    if (chosen.length) estimates.set(key, [...(estimates.get(key) ?? []), ...chosen]);
  }

  // ROM source: the test of the technique's regions.
  const tests = [...new Set(input.romTests.map((t) => t.test))].filter((t) => t !== "thomas");
  for (const test of tests) {
    const intervals = romIntervals(input.romTests, test).filter((iv) => iv.from >= input.from);
    const relevant = groupList.filter((g) =>
      g.some((id) =>
        techniques.get(id)!.regions.some((r) => (TESTS_FOR_REGION[r] ?? []).includes(test)),
      ),
    );
    if (intervals.length < 6 || relevant.length === 0) continue;
    const rows = intervals.map((iv) => {
      const span = daysBetween(iv.from, iv.to);
      const used = new Set<string>();
      const share = new Map<string, number>();
      let load = 0;
      for (let k = 1; k <= span; k++) {
        const d = days.get(addDays(iv.from, k));
        load += d?.load ?? 0;
        for (const id of d?.used ?? []) share.set(id, (share.get(id) ?? 0) + 1 / span);
      }
      for (const [id, s] of share) if (s >= 0.5) used.add(id);
      return { y: (iv.delta * 7) / span, used, share, covariates: [load / span / LOAD_SCALE] };
    });
    // Share of days rather than yes/no: refit with the shares as columns.
    const testable = relevant.filter((g) => {
      const shares = rows.map((r) => Math.max(...g.map((id) => r.share.get(id) ?? 0)));
      return Math.max(...shares) - Math.min(...shares) >= 0.3;
    });
    if (testable.length === 0) continue;
    const X = rows.map((r) => [
      1,
      r.covariates[0]!,
      ...testable.map((g) => Math.max(...g.map((id) => r.share.get(id) ?? 0))),
    ]);
    const mLoad = X.reduce((s, r) => s + r[1]!, 0) / X.length;
    for (const r of X) r[1] = r[1]! - mLoad;
    const fit = sceptical(
      X,
      rows.map((r) => r.y),
      [false, false, ...testable.map(() => true)],
      PRIOR_SCALE * 2,
    );
    if (!fit) continue;
    testable.forEach((g, j) => {
      const mean = fit.mean[2 + j]!;
      const sd = fit.sd[2 + j]!;
      const e: SourceEstimate = {
        source: "rom",
        measure: `${test} change a week when done daily`,
        test,
        unit: test === "knee-to-wall" || test === "sit-and-reach" ? "cm" : "deg",
        goodSign: 1,
        mean,
        sd,
        df: fit.df,
        p: twoSided(mean, sd, fit.df),
        rows: rows.length,
        rowsWith: rows.filter((r) => g.some((id) => (r.share.get(id) ?? 0) > 0)).length,
      };
      estimates.set(groupKey(g), [...(estimates.get(groupKey(g)) ?? []), e]);
    });
  }

  return {
    techniques,
    groups,
    estimates,
    ratedSessions: sessionRows.length,
    ratedDays: wholeRows.length,
    sessionDays,
    daysForColumn,
  };
}

/** After minus before stiffness of a session (soreness when stiffness is not rated). */
export function ratedChange(s: SessionLog): { delta: number; before: number } | undefined {
  for (const k of ["stiffness", "soreness"] as const) {
    const b = s.before?.[k];
    const a = s.after?.[k];
    if (b !== undefined && a !== undefined) return { delta: a - b, before: b };
  }
  return undefined;
}

/** Consecutive tests of one kind 5-21 days apart, change in the test's unit (better > 0). */
function romIntervals(
  tests: readonly RomTest[],
  kind: RomTestKind,
): { from: string; to: string; delta: number }[] {
  const series = tests
    .filter((t) => t.test === kind)
    .map((t) => {
      const vals = ROM_SIDED[kind]
        ? [t.left, t.right].filter((v): v is number => v !== undefined)
        : t.value !== undefined
          ? [t.value]
          : [];
      return {
        date: t.date,
        value: vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : undefined,
      };
    })
    .filter((p): p is { date: string; value: number } => p.value !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
  const out: { from: string; to: string; delta: number }[] = [];
  for (let i = 1; i < series.length; i++) {
    const a = series[i - 1]!;
    const b = series[i]!;
    const gap = daysBetween(a.date, b.date);
    if (gap < 5 || gap > 21) continue;
    out.push({ from: a.date, to: b.date, delta: (b.value - a.value) * betterDirection(kind) });
  }
  return out;
}

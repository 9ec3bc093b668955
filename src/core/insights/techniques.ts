/**
 * P5: the verdict on each technique, from the evidence of ./evidence.ts.
 *
 * Every technique is judged beside the ones that explain the outcome (./evidence.ts), and
 * wrong claims are controlled across techniques: "helps" and "worse" are two one-sided
 * families. "Helps" is under Holm's step-down test at 2% (the chance that any "helps" claim
 * of a runner is wrong), "worse" under Benjamini-Hochberg at a 2% false discovery rate. A
 * claim is only ever made in the direction the runner acts on, so a helpful technique is not
 * charged for the chance of the other tail (among ten techniques the first claim needs to
 * stand about 2.9 standard errors from zero, about 3 with the t distribution of a 50-session
 * model). The intervals shown are at the two-sided level whose end is where the test draws
 * its line (for "helps" 1 - 2 x 2% / (tests - claims + 1), for "worse" 1 - 2 x 2% x claims /
 * tests), so a claim's interval never includes no effect.
 *
 * The next morning is a family of its own, under a stricter rate (MORNING_FDR): a technique
 * whose benefit lasts into the next morning, without showing within the session, can still be
 * found, and the session's family keeps its own bar instead of sharing it with twice as many
 * tests.
 */
import { movementName } from "../catalog/index.js";
import type { SessionLog } from "../journal/types.js";
import { daysBetween, localDay } from "../time/calendar.js";
import { benjaminiHochberg, holm, posteriorInterval, twoSided } from "./bayes.js";
import {
  groupKey,
  techniqueEvidence,
  type EvidenceInput,
  type SourceEstimate,
  type TechniqueFacts,
} from "./evidence.js";
import { feltWorse } from "./felt-worse.js";
import { tCdf, tQuantile } from "./stats.js";
import { SMALLEST_REAL_CHANGE, TEST_NAMES } from "./thresholds.js";
import { counted } from "../text/counted.js";
import { regionName } from "../routine/region-names.js";
import type { Effect, TechniqueInsight, ThinJournal, Verdict } from "./types.js";
import { upperFirst } from "../text/first-letter.js";

/**
 * The error rate of each one-sided family across techniques: for "helps" the chance that any
 * of a runner's claims is wrong (Holm), for "worse" the false discovery rate
 * (Benjamini-Hochberg). Under Benjamini-Hochberg the bar falls with every claim made, so a
 * technique that truly helps carried weaker ones in with it (its companions in the routine,
 * whose estimates share its sessions): in the simulated cohort, over four start dates, 32 of
 * 288 "helps" claims were wrong (6.7 % to 14 % by start date), with Holm 20 of 275 (5.4 % to
 * 9.5 %), naming the helpful technique for as many runners (344 of 638, against 345; see
 * BENCHMARKS.md, fifteenth pass). "Worse" keeps the false discovery rate: a technique wrongly
 * said to make things worse is swapped for another, while a harmful one missed keeps hurting.
 */
export const FDR = 0.02;
/**
 * Error rate of the next-morning families (Holm for "helps", as above), for techniques with
 * rated sessions (see pool). Stricter than FDR: a morning is compared with other mornings,
 * and what else went with the day (its runs, the day before) is only partly known to the
 * model. In the simulated cohort, with a benefit that shows only the next morning, 0.5%
 * found it for 18% of runners (none before) and 1% for 23%; in the usual cohort both named as
 * many as without the families, and wrong claims went from 5.3% to 7.1% at 0.5% and 8.9% at
 * 1% (BENCHMARKS.md, thirteenth pass). With Holm for its "helps" claims: 19 of 128 named
 * (21 before), 3 of 15 claims wrong (4 of 17; fifteenth pass).
 */
export const MORNING_FDR = 0.005;
/** Fewer days with ratings than this: every technique is "not enough data". */
export const MIN_RATED = 12;
/** Logs must span at least this many days before anything is judged (S9: a training cycle). */
export const MIN_SPAN_DAYS = 14;
/** Sessions (or days) with the technique before it is judged. */
export const MIN_WITH = 6;
/** An effect smaller than this many points (0-10) makes no difference a runner would feel. */
export const MEANINGFUL_POINTS = 1;
/**
 * "No clear effect" only when the 95% interval rules out even half a point (0-10) either way:
 * a technique whose effect could still be most of a noticeable point stays open (and in the
 * core), instead of being settled as nothing on a noisy early estimate.
 */
export const NO_EFFECT_POINTS = 0.5;
/**
 * An open estimate that needs more rated sessions than this to settle is said to be small
 * rather than given a count of months of sessions.
 */
export const SMALL_EFFECT_SESSIONS = 100;
/** Repeated X5: sessions with it that left the runner worse. */
export const X5_REPEATED = 2;

const r1 = (x: number) => (Math.round(Math.abs(x) * 10) / 10).toFixed(1);
const pct = (level: number) => `${Math.round(level * 1000) / 10}%`;

export { movementName };

/**
 * "0.4 to 1.8 points less stiff", "0.3 points less stiff to 0.6 points stiffer": an
 * interval in words with the signs right.
 */
export function rangeWords(
  low: number,
  high: number,
  unit: string,
  less: string,
  more: string,
): string {
  if (high <= 0) return `${r1(high)} to ${r1(low)} ${unit} ${less}`;
  if (low >= 0) return `${r1(low)} to ${r1(high)} ${unit} ${more}`;
  return `${r1(low)} ${unit} ${less} to ${r1(high)} ${unit} ${more}`;
}

function words(e: Effect): { less: string; more: string; unit: string } {
  if (e.unit === "points") return { less: "less stiff", more: "stiffer", unit: "points" };
  return { less: "less range", more: "more range", unit: e.unit };
}

/**
 * What a thin journal still lacks before anything is judged: rated sessions, days, or both.
 *
 * @example
 * thinSettle(5, -15); // "About 5 more rated sessions before anything is judged."
 * thinSettle(0, 6); // "About 6 more days of rated sessions before anything is judged."
 */
export function thinSettle(moreSessions: number, moreDays: number): string {
  const days = `${counted(Math.max(moreDays, 1), "more day")} of rated sessions`;
  if (moreSessions <= 0) return `About ${days} before anything is judged.`;
  const sessions = counted(moreSessions, "more rated session");
  return moreDays > 0
    ? `About ${sessions}, over at least ${counted(moreDays, "more day")}, before anything is judged.`
    : `About ${sessions} before anything is judged.`;
}

/**
 * Rated sessions with a technique still needed to settle an estimate that stays where it is:
 * a claim once it stands `bar` standard errors from zero, or (for a stiffness estimate) "no
 * clear effect" once its 95% interval fits inside NO_EFFECT_POINTS either way, whichever
 * comes first. The standard error shrinks as one over the square root of the sessions with
 * it (the days without it growing alike), so an estimate near half a point, which neither
 * bar reaches soon, needs many.
 *
 * @example
 * sessionsToSettle({ mean: -0.8, sd: 0.35, rowsWith: 16, stiffness: true }, 3); // 12: then "helps"
 * sessionsToSettle({ mean: 0.1, sd: 0.3, rowsWith: 20, stiffness: true }, 3); // 24: then "no clear effect"
 * sessionsToSettle({ mean: 0.5, sd: 0.3, rowsWith: 20, stiffness: true }, 3); // 45: neither bar is near
 */
export function sessionsToSettle(
  e: { mean: number; sd: number; rowsWith: number; stiffness: boolean },
  bar: number,
): number {
  const size = Math.abs(e.mean);
  // The standard error each verdict needs, the larger (sooner reached) of the two.
  const forClaim = size / bar;
  const forNone = e.stiffness ? (NO_EFFECT_POINTS - size) / 1.96 : 0;
  const needed = Math.max(forClaim, forNone);
  if (!(needed > 0) || !(e.sd > 0) || e.rowsWith <= 0) return 1;
  return Math.max(1, Math.ceil(e.rowsWith * ((e.sd / needed) ** 2 - 1)));
}

/** One sentence for one estimate, in the runner's units. */
export function effectSentence(e: Effect): string {
  const w = words(e);
  const size = `${r1(e.estimate)} ${w.unit} ${e.estimate <= 0 ? w.less : w.more}`;
  const range = `${pct(e.level)} interval ${rangeWords(e.low, e.high, w.unit, w.less, w.more)}`;
  // An estimate that rounds to nothing is said as "about the same", not "0.0 points less stiff".
  const same = r1(e.estimate) === "0.0";
  const where = e.region ? ` in the ${regionName(e.region)}` : "";
  if (e.source === "stiffness")
    return same
      ? `with it you were about as stiff as without it (${e.measure}; ${range}; ${e.nWith} sessions)`
      : `with it you were about ${size} out of 10 (${e.measure}; ${range}; ${e.nWith} sessions)`;
  if (e.source === "session")
    return `sessions with it left you about ${same ? "as stiff as" : `${size} (out of 10) than`} your other sessions (${range}; ${e.nWith} of ${e.n} rated sessions)`;
  if (e.source === "next-morning")
    return same
      ? `the morning after days with it you were about as stiff${where} as on other mornings (${range}; ${e.nWith} of ${e.n} days)`
      : `the morning after days with it you were about ${size}${where} out of 10 (${range}; ${e.nWith} of ${e.n} days)`;
  const test = e.test ? TEST_NAMES[e.test] : "range of motion";
  const sdc = e.test
    ? ` A real change on this test is ${SMALLEST_REAL_CHANGE[e.test]} ${e.unit} or more.`
    : "";
  return `${test} moved about ${same ? "the same" : size} a week in weeks done daily ${same ? "as" : "than"} in weeks without it (${range}; ${e.n} re-test intervals).${sdc}`.replace(
    /\.$/,
    "",
  );
}

function toEffect(e: SourceEstimate, level: number): Effect {
  const i = posteriorInterval(e.mean, e.sd, e.df, level);
  return {
    source: e.source,
    measure: e.measure,
    unit: e.unit,
    better: e.goodSign < 0 ? "lower" : "higher",
    ...(e.region ? { region: e.region } : {}),
    ...(e.test ? { test: e.test } : {}),
    estimate: i.estimate,
    low: i.low,
    high: i.high,
    level,
    n: e.rows,
    nWith: e.rowsWith,
  };
}

/**
 * The stiffness estimate a verdict rests on first: the session's own before/after change
 * (P1) when there is one. Each session compares itself with itself, and which techniques are
 * in it is settled by the coach's coin toss, so nothing else that day can take the credit.
 * The next morning is different: whether a technique was done goes with the kind of day
 * (a run or a rest day, the load, a session at all), and in simulated cohorts it credited
 * techniques that do nothing with a point or more. So with rated sessions the next morning
 * is a family of its own under the stricter MORNING_FDR (techniqueInsights); where no
 * session was rated (body checks and morning ratings alone) the most precise next-morning
 * estimate is the stiffness estimate.
 */
function pool(list: readonly SourceEstimate[]): SourceEstimate | undefined {
  const session = list.find((e) => e.source === "session");
  const morning = list.filter((e) => e.source === "next-morning").sort((a, b) => a.sd - b.sd)[0];
  const parts = (session && session.sd > 0 ? [session] : [morning]).filter(
    (e): e is SourceEstimate => !!e && e.sd > 0,
  );
  if (parts.length === 0) return undefined;
  const w = parts.map((e) => 1 / e.sd ** 2);
  const total = w.reduce((a, b) => a + b, 0);
  const mean = parts.reduce((a, e, i) => a + e.mean * w[i]!, 0) / total;
  const sd = 1 / Math.sqrt(total);
  const df = Math.min(...parts.map((e) => e.df));
  return {
    source: "stiffness",
    measure: parts[0]!.measure,
    unit: "points",
    goodSign: -1,
    mean,
    sd,
    df,
    p: twoSided(mean, sd, df),
    rows: Math.max(...parts.map((e) => e.rows)),
    rowsWith: Math.max(...parts.map((e) => e.rowsWith)),
  };
}

/** One family of tests and its claims; see claimsOf. */
interface Family {
  tested: ReadonlySet<SourceEstimate>;
  helps: ReadonlySet<SourceEstimate>;
  worse: ReadonlySet<SourceEstimate>;
  /** The two-sided level whose interval ends where the family's one-sided test draws its line. */
  level: (kind: "helps" | "worse") => number;
}

/**
 * "Helps" and "worse" over `tests`, two one-sided families at `q`: "helps" under Holm,
 * "worse" under Benjamini-Hochberg (see FDR). A claim is only ever made in the direction the
 * runner acts on, so a helpful technique is not charged for the chance of the other tail.
 *
 * @example
 * claimsOf(sessionEstimates, FDR).helps.has(estimate); // true: a "helps" claim
 */
function claimsOf(tests: readonly SourceEstimate[], q: number): Family {
  const oneSided = (e: SourceEstimate, direction: 1 | -1) =>
    1 - tCdf((direction * e.goodSign * e.mean) / (e.sd || Infinity), e.df);
  const found = (direction: 1 | -1) => {
    const hits = (direction === 1 ? holm : benjaminiHochberg)(
      tests.map((e) => oneSided(e, direction)),
      q,
    );
    return new Set(tests.filter((_, i) => hits[i]));
  };
  const helps = found(1);
  const worse = found(-1);
  return {
    tested: new Set(tests),
    helps,
    worse,
    // Holm's bar for the last claim (or the first, with none) and Benjamini-Hochberg's.
    level: (kind) =>
      !tests.length
        ? 0.95
        : kind === "helps"
          ? 1 - (2 * q) / (tests.length - Math.max(1, helps.size) + 1)
          : 1 - (2 * q * Math.max(1, worse.size)) / tests.length,
  };
}

/** An effect a runner would notice: a point of stiffness, or a real ROM change over a month. */
function noticeable(e: SourceEstimate): number {
  return e.unit === "points" ? MEANINGFUL_POINTS : e.test ? SMALLEST_REAL_CHANGE[e.test] / 4 : 1;
}

interface Judged {
  verdict: Verdict;
  effect?: Effect;
  why?: "few" | "wide";
  /** Rated sessions with it that would settle a wide estimate that stays where it is. */
  more?: number;
}

/**
 * Chance of `k` or more of `n` at rate `p` (binomial): here, worse sessions out of `n` at the
 * runner's usual rate.
 *
 * @example
 * binomialTail(19, 200, 0.05); // about 0.006
 */
export function binomialTail(k: number, n: number, p: number): number {
  let term = (1 - p) ** n;
  let tail = k === 0 ? 1 : 0;
  for (let i = 1; i <= n; i++) {
    term *= ((n - i + 1) / i) * (p / (1 - p));
    if (i >= k) tail += term;
  }
  return tail;
}

/** X5 repeated: worse sessions with it this unlikely at the runner's usual rate are blamed on it. */
export const X5_TAIL = 0.01;

/** What X5 reads of one session: did it leave the runner worse, and what was done in it. */
interface WorseFacts {
  worse: boolean;
  done: ReadonlySet<string>;
}

/** Each session's X5 facts, read once for every technique judged on them. */
function worseFacts(sessions: readonly SessionLog[]): WorseFacts[] {
  return sessions.map((s) => ({
    worse: feltWorse(s.before, s.after).worse,
    done: new Set(s.items.filter((i) => i.status === "done").map((i) => i.id)),
  }));
}

function worseWith(
  id: string,
  facts: readonly WorseFacts[],
): { count: number; repeated: boolean; tail: number } {
  let withN = 0;
  let withWorse = 0;
  let withoutN = 0;
  let withoutWorse = 0;
  for (const f of facts) {
    if (f.done.has(id)) {
      withN++;
      if (f.worse) withWorse++;
    } else {
      withoutN++;
      if (f.worse) withoutWorse++;
    }
  }
  const rateWith = withN ? withWorse / withN : 0;
  const base = Math.max(0.1, (withoutWorse + 1) / (withoutN + 2));
  const tail = binomialTail(withWorse, withN, base);
  return {
    count: withWorse,
    repeated: withWorse >= X5_REPEATED && rateWith >= 2 * base && tail < X5_TAIL,
    tail,
  };
}

/**
 * X5 repeated: left the runner worse at least twice, at least twice as often as their
 * other sessions, and more often than chance at their usual rate would explain (a worse
 * session holds many techniques; only the one that keeps turning up in them is blamed).
 *
 * @example
 * repeatedlyWorse("hip-circles", sessions); // { count: 4, repeated: true }
 */
export function repeatedlyWorse(
  id: string,
  sessions: readonly SessionLog[],
): { count: number; repeated: boolean; tail: number } {
  return worseWith(id, worseFacts(sessions));
}

/**
 * X5 repeated for every technique at once, explaining away: the technique most clearly
 * behind the worse sessions is blamed first, then the sessions it was in are set aside and
 * the rest are judged on what is left. So a technique that only kept company with the one
 * that makes things worse (done in the same sessions) is not blamed too.
 *
 * @example
 * blameWorse(["hip-circles", "ball-glute-wall"], sessions);
 * // Map { "hip-circles" => { count: 4, repeated: true }, "ball-glute-wall" => { count: 3, repeated: false } }
 */
export function blameWorse(
  ids: readonly string[],
  sessions: readonly SessionLog[],
): Map<string, { count: number; repeated: boolean }> {
  // Each session's ratings and done items are read once, not once per technique and round.
  const facts = worseFacts(sessions);
  const out = new Map<string, { count: number; repeated: boolean }>();
  for (const id of ids) out.set(id, { count: worseWith(id, facts).count, repeated: false });
  let left = facts;
  const open = new Set(ids);
  for (;;) {
    let worst: { id: string; tail: number } | undefined;
    for (const id of open) {
      const x = worseWith(id, left);
      if (x.repeated && (!worst || x.tail < worst.tail)) worst = { id, tail: x.tail };
    }
    if (!worst) return out;
    out.set(worst.id, { ...out.get(worst.id)!, repeated: true });
    open.delete(worst.id);
    left = left.filter((f) => !f.done.has(worst.id));
  }
}

/**
 * Every technique done in the window, with its verdict, most used first; and, while the
 * journal is too thin to judge any of them, what it holds and lacks (`thin`).
 *
 * @example
 * techniqueInsights({ days, sessions, bodyChecks, romTests, timeZone, from, to }).techniques[0];
 * // { movementId: "foam-roll-calves", verdict: "helps", effect: { source: "session", estimate: -1.2, ... }, ... }
 */
export function techniqueInsights(input: EvidenceInput): {
  techniques: TechniqueInsight[];
  thin?: ThinJournal;
} {
  const ev = techniqueEvidence(input);
  // Independent filtering (Bourgon et al., PNAS 2010): only estimates precise enough to
  // show an effect a runner would notice enter the family, so hopeless tests do not dilute
  // the control. The precision does not depend on the estimate itself, so the control holds.
  // One stiffness test per technique (see pool): the session change, else the next morning,
  // so the sources do not double the number of tests.
  for (const [key, list] of ev.estimates) {
    const pooled = pool(list);
    if (pooled) ev.estimates.set(key, [pooled, ...list]);
  }
  const main: SourceEstimate[] = [];
  const mornings: SourceEstimate[] = [];
  for (const list of ev.estimates.values()) {
    const rated = list.some((e) => e.source === "session");
    for (const e of list) {
      if (e.sd > noticeable(e) / 2) continue;
      if (e.source === "stiffness" || e.source === "rom") main.push(e);
      else if (e.source === "next-morning" && rated) mornings.push(e);
    }
  }
  const families = [claimsOf(main, FDR), claimsOf(mornings, MORNING_FDR)];
  const helping = new Set(families.flatMap((f) => [...f.helps]));
  const hurting = new Set(families.flatMap((f) => [...f.worse]));
  // Each claim's interval at its own family's level; other estimates at the main family's.
  const levelOf = (e: SourceEstimate, kind: "helps" | "worse") =>
    (families.find((f) => f.tested.has(e)) ?? families[0]!).level(kind);
  const level = families[0]!.level("helps");
  const dated = [...input.days.values()]
    .filter((d) => d.sessions > 0 || d.stiffness !== undefined)
    .map((d) => d.date)
    .sort();
  const span = dated.length ? daysBetween(dated[0]!, dated.at(-1)!) + 1 : 0;
  const rated = Math.max(ev.ratedSessions, ev.ratedDays);
  const thin: ThinJournal | undefined =
    span < MIN_SPAN_DAYS || rated < MIN_RATED
      ? {
          ratedSessions: rated,
          days: span,
          needs: { ratedSessions: MIN_RATED, days: MIN_SPAN_DAYS },
          message: `Your journal holds ${counted(rated, "rated session")} over ${counted(span, "day")}; Limber judges a technique once it holds at least ${MIN_RATED} over ${MIN_SPAN_DAYS} days.`,
          settle: thinSettle(MIN_RATED - rated, MIN_SPAN_DAYS - span),
        }
      : undefined;
  const sessions = input.sessions.filter((s) => {
    const d = localDay(s.startedAt, input.timeZone);
    return d >= input.from && d <= input.to;
  });

  const judgeGroup = (members: string[], facts: TechniqueFacts): Judged => {
    const ests = ev.estimates.get(groupKey(members)) ?? [];
    if (thin) return { verdict: "not-enough-data" };
    if (ests.length === 0 || facts.daysDone < MIN_WITH)
      return { verdict: "not-enough-data", why: "few" };
    const good = ests.filter((e) => helping.has(e)).sort((a, b) => a.p - b.p);
    const bad = ests.filter((e) => hurting.has(e)).sort((a, b) => a.p - b.p);
    if (bad.length)
      return { verdict: "worse", effect: toEffect(bad[0]!, levelOf(bad[0]!, "worse")) };
    if (good.length)
      return { verdict: "helps", effect: toEffect(good[0]!, levelOf(good[0]!, "helps")) };
    const best =
      ests.find((e) => e.source === "stiffness") ?? [...ests].sort((a, b) => a.sd - b.sd)[0]!;
    const narrow = posteriorInterval(best.mean, best.sd, best.df, 0.95);
    // "No clear effect" only when the 95% interval rules out an effect a runner would feel.
    const settled =
      best.source === "stiffness" &&
      best.rowsWith >= MIN_WITH &&
      narrow.low > -NO_EFFECT_POINTS &&
      narrow.high < NO_EFFECT_POINTS;
    if (settled) return { verdict: "no-clear-effect", effect: toEffect(best, level) };
    const bar = tQuantile(1 - (1 - level) / 2, best.df);
    const more = sessionsToSettle({ ...best, stiffness: best.source === "stiffness" }, bar);
    return { verdict: "not-enough-data", effect: toEffect(best, level), why: "wide", more };
  };

  const out: TechniqueInsight[] = [];
  const blamed = blameWorse([...ev.techniques.keys()], sessions);
  const ids = [...ev.techniques.values()].sort(
    (a, b) => b.daysDone - a.daysDone || a.id.localeCompare(b.id),
  );
  for (const facts of ids) {
    const id = facts.id;
    const members = ev.groups.get(id) ?? [id];
    const others = members.filter((m) => m !== id);
    const groupFacts: TechniqueFacts = others.length
      ? { ...facts, daysDone: Math.min(...members.map((m) => ev.techniques.get(m)!.daysDone)) }
      : facts;
    const judged = judgeGroup(members, groupFacts);
    const x5 = blamed.get(id) ?? { count: 0, repeated: false };
    let verdict: Verdict = others.length ? "not-enough-data" : judged.verdict;
    if (x5.repeated && !thin) verdict = "worse";
    const evidence = (ev.estimates.get(groupKey(members)) ?? []).map((e) => toEffect(e, level));
    const effect = others.length ? undefined : judged.effect;
    const name = movementName(id);
    const counts = `${counted(facts.sessionsDone, "session")} on ${counted(facts.daysDone, "day")}`;
    let message: string;
    let settle: string;
    if (others.length) {
      const names = others.map(movementName).join(" and ");
      const together = judged.effect
        ? ` Together they ${TOGETHER[judged.verdict]}: ${effectSentence(judged.effect)}.`
        : "";
      message = `${name} is done mostly in the same sessions as ${names}, so your data cannot tell them apart.${together}`;
      settle = `Doing ${name} on some days without ${names} (and the other way round) would tell them apart.`;
    } else if (verdict === "worse" && x5.repeated && judged.verdict !== "worse") {
      message = `${name} left you feeling worse after ${x5.count} sessions (X5), more often than your other sessions did; it is left out for now.`;
      settle = "Leave it out; if you want to try it again later, start at a light dose.";
    } else if (verdict === "helps") {
      message = `${name} helps you: ${effectSentence(effect!)}. Over ${counts}. Fairly sure, though this is what your own logs show, not proof.`;
      settle = "Settled enough to keep in your core set; re-tests keep checking it.";
    } else if (verdict === "worse") {
      message = `${name} seems to make things worse: ${effectSentence(effect!)}. Over ${counts}. Try a lighter dose or another technique (X5).`;
      settle = "Settled enough to act on: it leaves your core set.";
    } else if (verdict === "no-clear-effect") {
      message = `${name}: no clear effect for you. ${upperFirst(effectSentence(effect!))}, so any effect is smaller than about half a point. Over ${counts}.`;
      settle = "More data would only refine it: whatever it does for you is small.";
    } else if (thin) {
      // The whole journal is thin, not this technique: say so, and ask only for what is missing.
      message = `${name}: not enough data yet. ${thin.message}`;
      settle = thin.settle;
    } else if (judged.why === "few" || !judged.effect) {
      // Judged once it is a regular part of the routine (a column of its own, evidence.ts),
      // with rated sessions both with and without it.
      const need = Math.max(MIN_WITH, ev.daysForColumn);
      if (facts.daysDone < need) {
        message = `${name}: not enough data yet (done on ${counted(facts.daysDone, "day")} of your ${counted(ev.sessionDays, "session day")}; a technique is judged once it is done on at least ${need} of them).`;
        settle = `About ${counted(need - facts.daysDone, "more session")} with it, with before and after ratings, would let Limber judge it.`;
      } else {
        message = `${name}: not enough data yet (done on ${counted(facts.daysDone, "day")}; judging needs at least ${MIN_WITH} rated sessions with it and ${MIN_WITH} without).`;
        settle = `More sessions with before and after ratings, some of them without ${name}, would let Limber judge it.`;
      }
    } else {
      const e = judged.effect;
      const more = judged.more ?? 1;
      message = `${name}: not enough data yet to say. ${upperFirst(effectSentence(e))}, which still includes both no effect and an effect you would feel. Over ${counts}.`;
      settle =
        more > SMALL_EFFECT_SESSIONS
          ? `Whatever it does for you is probably small: more than ${SMALL_EFFECT_SESSIONS} more rated sessions with it would be needed to settle it.`
          : `About ${counted(more, "more rated session")} with it (and about as many without) would settle it, if its effect stays about where it is.`;
    }
    out.push({
      movementId: id,
      verdict,
      ...(effect ? { effect } : {}),
      evidence,
      sessions: facts.sessionsDone,
      ratedSessions: facts.ratedSessions,
      days: facts.daysDone,
      daysUsed: facts.daysDone,
      regions: facts.regions,
      confoundedWith: others,
      ...(others.length
        ? {
            together: {
              verdict: judged.verdict,
              ...(judged.effect ? { effect: judged.effect } : {}),
            },
          }
        : {}),
      feltWorse: x5.count,
      settle,
      message,
      reasons: x5.count > 0 ? ["P5", "S9", "X5"] : ["P5", "S9"],
    });
  }
  return thin ? { techniques: out, thin } : { techniques: out };
}

/** What a group of techniques the data cannot tell apart does, by its verdict. */
const TOGETHER: Record<Verdict, string> = {
  helps: "help",
  worse: "seem to make things worse",
  "no-clear-effect": "show no clear effect",
  "not-enough-data": "cannot be judged yet either",
};

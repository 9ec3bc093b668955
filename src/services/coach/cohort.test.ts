import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { addDays, localDay } from "../../core/time/calendar.js";
import { createTestDatabase, type TestDatabase } from "../../store/test-support/databases.js";
import { ols } from "../../core/insights/stats.js";
import type { SessionLog } from "../../core/journal/types.js";
import { bodyChecksRepository, sessionsRepository } from "../../store/index.js";
import { tightnessSeen } from "../../core/insights/evidence.js";
import { binomialTail } from "../../core/insights/techniques.js";
import { insightsReport } from "./insights.js";
import { prescriptionToday } from "./day.js";
import {
  servicesActions,
  simulateCohortRunner,
  type CohortRunner,
  type CohortTruth,
  type Checks,
} from "./test-support/cohort.js";

/**
 * Given a cohort of simulated runners (hidden helpful, harmful and paired-habit techniques,
 * measurement noise, hard weeks, missed sessions, thin data) living 8-12 weeks through the
 * services the CLI calls (each session is exactly what `limber today` gives at that moment,
 * from `todayRoutine`, logged with `logSession`), on a real SQLite journal, when
 * `limber insights` reads each journal, then thin data always gets "not enough data", at most
 * 10% of "helps" claims are wrong and at least 70% of harmful techniques are flagged; the
 * share of runners whose helpful technique is named is printed (target >= 80%, asserted with
 * LIMBER_COHORT_STRICT=1). The cohort is the one BENCHMARKS.md reports, 200 runners in three
 * sets (seeds 1-80 from Monday 5 January 2026, 1001-1080 from 1 June, 2001-2040 from 26 January;
 * 160 with enough data): a rate of wrong claims near 10% cannot be told from 20% on the fifteen
 * or so claims of 40 runners. LIMBER_COHORT_RUNNERS and LIMBER_COHORT_FIRST_SEED run one set
 * instead, from 5 January (LIMBER_COHORT_FIRST_SEED=1 LIMBER_COHORT_RUNNERS=40: runners 1-40);
 * LIMBER_COHORT_DEBUG=1
 * prints one line per runner and one per wrong claim. Each run also prints the ceiling: the
 * share of runners for whom a model told the answer finds the helpful technique (ceilingZ).
 * LIMBER_COHORT_NULL=1 lives the same runners with no hidden effect at all: every claim is
 * then wrong, and no more runners may get one than chance at 5% explains (the families run
 * at 2% each; see the check).
 * LIMBER_COHORT_EXTRA_WEEKS=8 lets every runner with enough data live 8 weeks longer (16-20).
 * LIMBER_COHORT_LASTING=1 gives the helpful technique no effect within the session and its
 * whole benefit the next morning (the ceiling, read from the sessions, is then 0).
 * One runner in ten logs a body check most mornings, and the next morning shows mostly in the
 * regions the technique works (checksOf). LIMBER_COHORT_CHECKS=regional has every runner with
 * enough data do so; LIMBER_COHORT_CHECKS=alike too, with the next morning felt in every region
 * alike (see simulateCohortRunner).
 * LIMBER_COHORT_START=2026-06-01 starts every set's runners on that day instead (the weekdays,
 * emphasis blocks and draws all shift with it: another sample of the same cohort).
 * LIMBER_COHORT_DAILY=28 also reads each runner's insights on every one of the last 28 days, as
 * a runner who looks daily sees them, and reports the claims shown day by day: how many of the
 * days' "helps" claims are wrong, and how many claims are withdrawn (shown, then not).
 * LIMBER_COHORT_STRICT=1 asserts the recall target too.
 */
/** A start date given with LIMBER_COHORT_START, for every set. */
const START_GIVEN = ((x) => (/^\d{4}-\d{2}-\d{2}$/.test(x) ? x : undefined))(
  process.env.LIMBER_COHORT_START ?? "",
);
/**
 * [first seed, runners, start] of each set. The three sets start on three Mondays whose
 * emphasis blocks (S10) differ (lower legs, spine and shoulders, hips), so the method is not
 * fitted to one calendar: on one start date alone the share of wrong claims once looked half
 * what three others gave.
 */
const SETS: [number, number, string][] =
  process.env.LIMBER_COHORT_RUNNERS || process.env.LIMBER_COHORT_FIRST_SEED
    ? [
        [
          Number(process.env.LIMBER_COHORT_FIRST_SEED ?? 1),
          Number(process.env.LIMBER_COHORT_RUNNERS ?? 40),
          START_GIVEN ?? "2026-01-05",
        ],
      ]
    : [
        [1, 80, START_GIVEN ?? "2026-01-05"],
        [1001, 80, START_GIVEN ?? "2026-06-01"],
        [2001, 40, START_GIVEN ?? "2026-01-26"],
      ];
const RUNNERS = SETS.reduce((sum, [, n]) => sum + n, 0);
/** Each runner's seed with the day its life starts. */
const SEEDS = SETS.flatMap(([first, n, start]) =>
  Array.from({ length: n }, (_, i) => ({ seed: first + i, start })),
);
/** Days before the last on which the insights are also read (LIMBER_COHORT_DAILY). */
const DAILY = Number(process.env.LIMBER_COHORT_DAILY ?? 0);
const NULL_COHORT = process.env.LIMBER_COHORT_NULL === "1";
/** The helpful technique acts only the next morning (LIMBER_COHORT_LASTING=1). */
const LASTING = process.env.LIMBER_COHORT_LASTING === "1";
/** Runners log a body check most mornings (LIMBER_COHORT_CHECKS=alike or regional). */
const CHECKS = ((x) => (x === "alike" || x === "regional" ? x : undefined))(
  process.env.LIMBER_COHORT_CHECKS,
);
/** Weeks added to every runner's 8-12 (LIMBER_COHORT_EXTRA_WEEKS): a longer-lived cohort. */
const EXTRA_WEEKS = Number(process.env.LIMBER_COHORT_EXTRA_WEEKS ?? 0);
const LIFE = `${8 + EXTRA_WEEKS}-${12 + EXTRA_WEEKS} weeks`;

/** Whether the session logged `id` as done. */
const didIn = (s: SessionLog, id?: string): boolean =>
  s.items.some((i) => i.id === id && i.status === "done");

/**
 * What the logged sessions can show at best: the evidence (z) for the helpful technique
 * from a model that is told which technique helps (and which one hurts), so it has no
 * other technique to weigh and nothing to correct for: the session's stiffness change on
 * the before-rating, the kind of session, the tightness the body checks showed (when the
 * runner logs them, as the product's model takes it), the harmful technique and the helpful
 * one. The product cannot know this; the share of runners for whom even this model reaches
 * the first claim's bar is the ceiling of the recall on the same journals.
 */
async function ceilingZ(t: TestDatabase, user: string, truth: CohortTruth): Promise<number> {
  const sessions = await sessionsRepository(t.database).listSessions(user);
  const checks = await bodyChecksRepository(t.database).listBodyChecks(user);
  const tightness = tightnessSeen(checks);
  const seen = (s: SessionLog) => tightness(localDay(s.startedAt, "UTC"), s.createdAt);
  // As in the product's model: only when the checks' level varies (else it is the intercept).
  const withSeen = new Set(sessions.map(seen)).size > 1;
  const X: number[][] = [];
  const y: number[] = [];
  const did = (s: SessionLog, id?: string) => (didIn(s, id) ? 1 : 0);
  for (const s of sessions) {
    const before = s.before?.stiffness;
    const after = s.after?.stiffness;
    if (before === undefined || after === undefined) continue;
    X.push([
      1,
      before,
      s.kind === "post-run" ? 1 : 0,
      ...(withSeen ? [seen(s)] : []),
      ...(truth.harmful ? [did(s, truth.harmful)] : []),
      did(s, truth.helpful),
    ]);
    y.push(after - before);
  }
  const fit = ols(X, y);
  if (!fit) return 0;
  const se = fit.standardErrors.at(-1)!;
  return se > 0 ? -fit.coefficients.at(-1)! / se : 0;
}

/** The claims shown day by day: "helps" claims, the wrong ones, and claims withdrawn. */
interface DailyClaims {
  claims: number;
  wrong: number;
  withdrawn: number;
  withdrawnWrong: number;
}

/**
 * Reads the runner's insights on each of the `days` days before `now` and on `now`, as a
 * runner who looks every morning would, and counts the "helps" claims shown (a claim shown on
 * three days counts three times), those that are wrong, and the claims withdrawn from one day
 * to the next.
 */
async function claimsDayByDay(
  t: TestDatabase,
  user: string,
  now: Date,
  days: number,
  helpful: string | undefined,
  into: DailyClaims,
): Promise<void> {
  let shown = new Set<string>();
  for (let k = days; k >= 0; k--) {
    const report = await insightsReport(t.database, user, new Date(now.getTime() - k * 86_400_000));
    const helps = new Set(
      report.techniques.filter((x) => x.verdict === "helps").map((x) => x.movementId),
    );
    for (const id of helps) {
      into.claims++;
      if (id !== helpful) into.wrong++;
    }
    for (const id of shown)
      if (!helps.has(id)) {
        into.withdrawn++;
        if (id !== helpful) into.withdrawnWrong++;
      }
    shown = helps;
  }
}

/**
 * Whether the runner logs a body check most mornings: every runner with LIMBER_COHORT_CHECKS,
 * else one in ten (their next morning shows mostly in the technique's own regions), so the
 * cohort holds runners whose routines serve the tight regions their checks name (A2).
 */
const checksOf = (seed: number): Checks | undefined =>
  CHECKS ?? (seed % 10 === 9 ? "regional" : undefined);

function runnerOf(seed: number): CohortRunner {
  const kind = seed % 10;
  return {
    seed,
    weeks: 8 + (seed % 5) + EXTRA_WEEKS,
    thin: kind === 0 || kind === 5,
    newToSoftTissue: kind === 3,
    sessionChance: kind === 7 ? 0.6 : 0.8,
    withHarm: kind === 1 || kind === 4 || kind === 8,
    pairs: kind === 2 || kind === 6,
  };
}

describe("the simulated cohort", () => {
  let t: TestDatabase;
  afterAll(async () => t?.dispose());

  it(`meets the targets for ${RUNNERS} runners over ${LIFE}`, async () => {
    t = await createTestDatabase("sqlite");
    // The cohort checks what Limber learns, not durability: skip the fsync of every commit
    // so thousands of simulated days fit in a short test on a busy disk.
    await sql`PRAGMA synchronous = OFF`.execute(t.database.db);
    // Each routine the runners were given (their first, unseen weeks aside) and, of those short
    // of their time by more than a tenth, the rule each says is why: the core set's cap (S10)
    // is lifted to fill the time, so it should rarely be the one.
    const given = { routines: 0, short: new Map<string, number>() };
    const actionsOf = (user: string) => {
      const actions = servicesActions(t.database, user);
      if (user.endsWith("-first-weeks")) return actions;
      return {
        ...actions,
        async today(now: Date) {
          const today = await actions.today(now);
          given.routines++;
          const short = today.routine.warnings.find((w) =>
            /^This routine is .* shorter than/.test(w.message),
          );
          if (short) given.short.set(short.code, (given.short.get(short.code) ?? 0) + 1);
          return today;
        },
      };
    };
    let full = 0;
    let named = 0;
    let namedAlone = 0;
    let helpsClaims = 0;
    let falseHelps = 0;
    let harmful = 0;
    let flagged = 0;
    let thin = 0;
    let thinHonest = 0;
    let trialsShown = 0;
    let ceiling = 0;
    let runnersWithClaim = 0;
    // "worse" claims, those on a technique that is not the runner's harmful one, and those on
    // the one that helps (the costliest: it leaves the core set and the runner is told to stop).
    let worseClaims = 0;
    let falseWorse = 0;
    let helpfulCalledWorse = 0;
    const daily: DailyClaims = { claims: 0, wrong: 0, withdrawn: 0, withdrawnWrong: 0 };
    for (const { seed, start } of SEEDS) {
      const runner = runnerOf(seed);
      const user = `runner-${seed}`;
      const checks = checksOf(seed);
      const truth = await simulateCohortRunner(actionsOf, user, runner, start, {
        withoutEffects: NULL_COHORT,
        lasting: LASTING,
        ...(checks ? { checks } : {}),
      });
      const now = new Date(`${addDays(start, runner.weeks * 7)}T08:00:00Z`);
      const report = await insightsReport(t.database, user, now);
      const { prescription } = await prescriptionToday(t.database, user, now);
      if (report.trial) trialsShown++;
      if (report.techniques.some((x) => x.verdict === "helps" || x.verdict === "worse"))
        runnersWithClaim++;
      const verdict = (id?: string) => report.techniques.find((x) => x.movementId === id);
      for (const x of report.techniques) {
        if (x.verdict === "worse") {
          worseClaims++;
          if (x.movementId !== truth.harmful) falseWorse++;
          if (x.movementId === truth.helpful) helpfulCalledWorse++;
        }
        if (x.verdict !== "helps") continue;
        helpsClaims++;
        if (x.movementId !== truth.helpful) {
          falseHelps++;
          if (process.env.LIMBER_COHORT_DEBUG) {
            const sessions = await sessionsRepository(t.database).listSessions(user);
            const on = (id?: string) => sessions.map((s) => didIn(s, id));
            const a = on(x.movementId);
            const b = on(truth.helpful);
            const h = on(truth.harmful);
            const both = a.filter((v, i) => v && b[i]).length;
            const withHarm = a.filter((v, i) => v && h[i]).length;
            console.log(
              "false",
              seed,
              x.movementId,
              `with ${a.filter(Boolean).length}, helpful ${b.filter(Boolean).length}, both ${both}, with harmful ${withHarm} of ${h.filter(Boolean).length}, sessions ${sessions.length}`,
              x.evidence
                .map(
                  (e) =>
                    `${e.source}:${e.estimate.toFixed(2)}[${e.low.toFixed(2)},${e.high.toFixed(2)}]`,
                )
                .join(" "),
            );
          }
        }
      }
      if (runner.thin) {
        thin++;
        if (report.techniques.every((x) => x.verdict === "not-enough-data")) thinHonest++;
        continue;
      }
      if (!truth.helpful) continue;
      full++;
      if (DAILY > 0) await claimsDayByDay(t, user, now, DAILY, truth.helpful, daily);
      // About the bar a first claim among ten techniques has to clear (techniques.ts).
      if ((await ceilingZ(t, user, truth)) >= 3) ceiling++;
      const h = verdict(truth.helpful);
      if (process.env.LIMBER_COHORT_DEBUG)
        console.log(
          seed,
          JSON.stringify(truth),
          h?.verdict,
          h?.together?.verdict,
          h?.sessions,
          h?.days,
          h?.confoundedWith,
          h?.evidence
            .map(
              (e) =>
                `${e.source}:${e.estimate.toFixed(2)}[${e.low.toFixed(2)},${e.high.toFixed(2)}]@${(e.level * 100).toFixed(1)}`,
            )
            .join(" "),
          report.techniques
            .filter((x) => x.verdict === "helps" || x.verdict === "worse")
            .map((x) => `${x.movementId}:${x.verdict}`)
            .join(" "),
        );
      if (h?.verdict === "helps") {
        named++;
        namedAlone++;
      } else if (h?.together?.verdict === "helps" && h.confoundedWith.length > 0) named++;
      if (truth.harmful) {
        harmful++;
        if (
          verdict(truth.harmful)?.verdict === "worse" ||
          prescription.avoidMovementIds.includes(truth.harmful)
        )
          flagged++;
      }
    }
    const recall = named / full;
    const falseShare = helpsClaims ? falseHelps / helpsClaims : 0;
    const harmShare = harmful ? flagged / harmful : 1;
    console.log(
      [
        `cohort: ${RUNNERS} runners, seeds ${SETS.map(([f, n, start]) => `${f}-${f + n - 1} from ${start}`).join(", ")} (${full} with enough data, ${thin} thin)`,
        `helpful named ${named}/${full} (${Math.round(recall * 100)}%; alone ${namedAlone}, as a group the data cannot split ${named - namedAlone})`,
        `false helps ${falseHelps}/${helpsClaims} claims (${Math.round(falseShare * 100)}%)`,
        `harmful flagged ${flagged}/${harmful} (${Math.round(harmShare * 100)}%)`,
        `"worse" claims not on the harmful technique ${falseWorse}/${worseClaims} (${Math.round((falseWorse / Math.max(1, worseClaims)) * 100)}%), on the helpful one ${helpfulCalledWorse}`,
        `thin data honest ${thinHonest}/${thin}`,
        `a trial on at the end ${trialsShown}/${RUNNERS}`,
        `runners with a "helps" or "worse" claim ${runnersWithClaim}/${RUNNERS}${NULL_COHORT ? " (no hidden effects: every claim is wrong)" : ""}`,
        `ceiling: a model told which technique helps reaches z >= 3 for ${ceiling}/${full} (${Math.round((ceiling / Math.max(1, full)) * 100)}%)`,
        `routines short of their time by more than a tenth: ${[...given.short.values()].reduce((a, b) => a + b, 0)}/${given.routines} (${[
          ...given.short,
        ]
          .sort((a, b) => b[1] - a[1])
          .map(([code, n]) => `${code} ${n}`)
          .join(", ")})`,
        ...(DAILY > 0
          ? [
              `day by day over the last ${DAILY + 1} days: ${daily.claims} "helps" claims shown, ${daily.wrong} wrong (${Math.round((daily.wrong / Math.max(1, daily.claims)) * 100)}%); ${daily.withdrawn} withdrawn, ${daily.withdrawnWrong} of them wrong`,
            ]
          : []),
      ].join("\n"),
    );
    // Thin data is answered honestly every time, "helps" claims are rarely wrong and harmful
    // techniques are flagged: three of the issue's four targets, asserted on every run. The
    // fourth (the helpful technique named for >= 80% of runners) is not met yet (see
    // BENCHMARKS.md); LIMBER_COHORT_STRICT=1 asserts it too.
    expect(thinHonest).toBe(thin);
    if (NULL_COHORT) {
      // Nothing acts, so every claim is wrong. The families are run at about 2 % each, so up
      // to one runner in twenty may get a claim by chance; on 200 runners that share varies by
      // about 1.5 points from one sample to the next (one build gave 9, 9 and 11 of 200 on
      // three calendars). So the check is that no more runners got one than chance at 5 %
      // explains: a count that 5 % would give less than once in a hundred samples fails.
      expect(binomialTail(runnersWithClaim, RUNNERS, 0.05)).toBeGreaterThanOrEqual(0.01);
      return;
    }
    expect(falseShare).toBeLessThanOrEqual(0.1);
    expect(harmShare).toBeGreaterThanOrEqual(0.7);
    if (process.env.LIMBER_COHORT_STRICT) expect(recall).toBeGreaterThanOrEqual(0.8);
  }, 900_000);
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Insights } from "../../core/insights/types.js";
import type { SessionLog } from "../../core/journal/types.js";
import type { Routine } from "../../core/routine/types.js";
import { addDays } from "../../core/time/calendar.js";
import { insightsReport } from "../../services/coach/insights.js";
import { openLocalJournal } from "../../services/journal/open.js";
import { todayRoutine } from "../../services/journal/today.js";
import {
  servicesActions,
  simulateCohortRunner,
  type Checks,
  type CohortRunner,
  type CohortTruth,
} from "../../services/coach/test-support/cohort.js";
import { sessionsRepository } from "../../store/index.js";
import { createTestDatabase, type TestDatabase } from "../../store/test-support/databases.js";
import { cliActions, cliDataDir } from "./test-support/cli-actions.js";
import { limber } from "./test-support/in-process.js";

/**
 * Given simulated runners of the cohort (src/services/coach/cohort.test.ts) living eight
 * weeks twice, once through the services the CLI calls and once through the CLI's own
 * commands (`limber profile`, `run add`, `check`, `today --json` piped to `log --routine -`,
 * `rom add`) with the clock set to each moment, as a cohort driven from outside would, when
 * both journals are read, then they hold the same sessions and `limber insights --json` and
 * `limber today --json` give what the services give: the cohort's figures are the CLI's.
 * Kinds: a technique that hurts, a habit paired with the helpful technique, a runner new to
 * soft-tissue work (H2: starts with two movements), and one who logs a body check most
 * mornings (`limber check`). The routine's session goes from `today --json` to `log` with
 * the routine (its `context`), as a runner piping one into the other does: no `--kind`.
 */
const START = "2026-01-05";
const WEEKS = 8;
const runner = (seed: number, over: Partial<CohortRunner>): CohortRunner => ({
  seed,
  weeks: WEEKS,
  thin: false,
  newToSoftTissue: false,
  sessionChance: 0.8,
  withHarm: false,
  pairs: false,
  ...over,
});
const RUNNERS: { runner: CohortRunner; checks?: Checks }[] = [
  { runner: runner(1, { withHarm: true }) },
  { runner: runner(2, { pairs: true }) },
  { runner: runner(3, { newToSoftTissue: true }) },
  { runner: runner(9, { sessionChance: 0.6 }), checks: "regional" },
];

/** What a session log says that both ways must agree on (ids and log times aside). */
const logged = (s: SessionLog) => ({
  startedAt: s.startedAt,
  kind: s.kind,
  items: s.items.map((i) => `${i.id}:${i.status}`),
  given: s.routine.items.map((i) => `${i.id}:${i.seconds}:${i.reasons.join(" ")}`),
  before: s.before,
  after: s.after,
});

/** A routine as the runner meets it. */
const shown = (r: Routine) => ({
  totalSeconds: r.totalSeconds,
  items: r.items.map((i) => ({ id: i.id, seconds: i.seconds, reasons: i.reasons })),
});

/** The verdicts and what is on trial. */
const verdicts = (r: Insights) => ({
  trial: r.trial,
  techniques: r.techniques.map((x) => ({
    id: x.movementId,
    verdict: x.verdict,
    sessions: x.sessions,
    days: x.days,
    confoundedWith: x.confoundedWith,
    message: x.message,
  })),
});

describe("the simulated cohort through the CLI", () => {
  let t: TestDatabase;
  let root: string;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    root = mkdtempSync(join(tmpdir(), "limber-cli-cohort-"));
  });
  afterAll(async () => {
    await t?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  for (const { runner, checks } of RUNNERS)
    it(`runner ${runner.seed}${checks ? ", with body checks" : ""}: the CLI's journal, insights and routine are the services' own`, async () => {
      const user = `runner-${runner.seed}`;
      const viaServices: CohortTruth = await simulateCohortRunner(
        (u) => servicesActions(t.database, u),
        user,
        runner,
        START,
        checks ? { checks } : {},
      );
      const viaCli = await simulateCohortRunner(
        (u) => cliActions(root, u),
        user,
        runner,
        START,
        checks ? { checks } : {},
      );
      expect(viaCli).toEqual(viaServices);

      const now = new Date(`${addDays(START, WEEKS * 7)}T08:00:00Z`);
      const cli = await openLocalJournal({ LIMBER_DATA_DIR: cliDataDir(root, user) });
      let cliSessions: SessionLog[];
      try {
        cliSessions = await sessionsRepository(cli.database).listSessions(cli.userId);
      } finally {
        await cli.database.close();
      }
      const services = await sessionsRepository(t.database).listSessions(user);
      // Enough of a life to judge: the comparison is not of two empty journals (eight weeks
      // at a session on 60-80 % of days; the draws, and so the count, move with the routines).
      expect(services.length).toBeGreaterThanOrEqual(25);
      expect(cliSessions.map(logged)).toEqual(services.map(logged));

      const env = { LIMBER_DATA_DIR: cliDataDir(root, user) };
      const insights = await limber(env, ["insights", "--json"], { now });
      expect(insights.code).toBe(0);
      const report = await insightsReport(t.database, user, now);
      expect(verdicts(JSON.parse(insights.out) as Insights)).toEqual(verdicts(report));

      const today = await limber(env, ["today", "--json"], { now });
      expect(today.code).toBe(0);
      const routine = (await todayRoutine(t.database, user, { now })).routine;
      expect(shown(JSON.parse(today.out) as Routine)).toEqual(shown(routine));
    }, 300_000);
});

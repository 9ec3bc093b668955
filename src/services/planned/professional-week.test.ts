import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { profileOf } from "../../core/plan/fixtures.js";
import { ensureUser, grantsRepository, profileRepository } from "../../store/index.js";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { revokeGrant } from "../accounts/grants.js";
import { deletePlan, getPlan, setPlan } from "../accounts/plans.js";
import { weekPlan } from "../coach/week.js";
import { addPlannedRun } from "./planned-runs.js";

const RUNNER = "runner-1";
const PRO = "pro-1";
// Monday 2026-12-07, 09:00 UTC
const NOW = new Date("2026-12-07T09:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const plan = {
  goals: [
    { test: "knee-to-wall" as const, side: "left" as const, target: 12, unit: "cm" as const },
  ],
  sessionsPerWeek: 4,
  focusRegions: ["calves" as const, "hamstrings" as const],
  transitionDate: "2026-12-20",
};

describe.each(ENGINES)("the professional's plan in the week on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, RUNNER);
    await ensureUser(t.database, PRO);
    await profileRepository(t.database).saveProfile(
      RUNNER,
      profileOf({ timeZone: "UTC", newToSoftTissue: false }),
    );
    await grantsRepository(t.database).insertGrant({
      id: "g-1",
      runner_id: RUNNER,
      professional_id: PRO,
      access: "plan",
      created_at: NOW.toISOString(),
      revoked_at: null,
    });
  });
  afterEach(() => t.dispose());

  it("a 4-per-week plan gives four sessions, leads with its focus regions and ends at its transition date", async () => {
    const without = await weekPlan(t.database, RUNNER, NOW);
    expect(without.sessionCount).toBeGreaterThan(4);
    await setPlan(t.database, PRO, RUNNER, plan, NOW);
    const week = await weekPlan(t.database, RUNNER, NOW);
    expect(week.sessionCount).toBe(4);
    const sessions = week.days.flatMap((d) => d.sessions);
    expect(sessions).toHaveLength(4);
    expect(sessions.every((s) => s.reasons.includes("C1"))).toBe(true);
    expect(
      sessions
        .filter((s) => s.kind === "mini" || s.kind === "rest-day")
        .every((s) => s.focus.slice(0, 2).join() === "calves,hamstrings"),
    ).toBe(true);
    // the week that holds the transition date says so
    const last = await weekPlan(t.database, RUNNER, day(8));
    expect(last.warnings.find((w) => w.code === "C1")?.message).toMatch(
      /ends on Sun 20 Dec; after that you continue on your own/,
    );
    // the day after, the plan no longer shapes the week and the runner is told
    const after = await weekPlan(t.database, RUNNER, day(14));
    expect(after.sessionCount).toBeGreaterThan(4);
    expect(after.warnings.find((w) => w.code === "C1")?.message).toMatch(
      /ended on Sun 20 Dec: you now continue on your own/,
    );
    expect((await getPlan(t.database, RUNNER, "2026-12-21"))?.status).toBe("ended");
  });

  it("revoking the professional's access ends the plan's effect at once; the runner can delete it", async () => {
    await setPlan(t.database, PRO, RUNNER, plan, NOW);
    expect((await weekPlan(t.database, RUNNER, NOW)).sessionCount).toBe(4);
    await revokeGrant(t.database, RUNNER, "g-1", NOW);
    const week = await weekPlan(t.database, RUNNER, NOW);
    expect(week.sessionCount).toBeGreaterThan(4);
    expect(week.days.flatMap((d) => d.sessions).some((s) => s.reasons.includes("C1"))).toBe(false);
    expect(week.audit.lines.some((l) => l.targetSource === "professional")).toBe(false);
    expect(await getPlan(t.database, RUNNER, "2026-12-07")).toMatchObject({
      active: false,
      status: "access-revoked",
    });
    expect(await deletePlan(t.database, RUNNER)).toBe(true);
    expect(await getPlan(t.database, RUNNER, "2026-12-07")).toBeNull();
  });

  it("a transition date more than a year ahead, or in the past, is refused naming the field", async () => {
    await expect(
      setPlan(t.database, PRO, RUNNER, { ...plan, transitionDate: "9999-12-31" }, NOW),
    ).rejects.toThrow(/transitionDate: must be at most a year ahead \(2027-12-08\)/);
    await expect(
      setPlan(t.database, PRO, RUNNER, { ...plan, transitionDate: "2026-12-01" }, NOW),
    ).rejects.toThrow(/transitionDate: must be today/);
  });

  it("a week with five planned runs: no rest-day label on run days, one full rest day kept, priming before quality runs", async () => {
    const runs: [string, "easy" | "tempo" | "intervals" | "long"][] = [
      ["2026-12-07", "easy"],
      ["2026-12-08", "intervals"],
      ["2026-12-09", "easy"],
      ["2026-12-11", "tempo"],
      ["2026-12-13", "long"],
    ];
    for (const [date, type] of runs)
      await addPlannedRun(
        t.database,
        RUNNER,
        { date, type, minutes: type === "long" ? 110 : 50, time: "18:00" },
        { now: NOW },
      );
    const week = await weekPlan(t.database, RUNNER, NOW);
    const runDays = week.days.filter((d) => d.runs.length > 0);
    expect(runDays.map((d) => d.date)).toEqual(runs.map(([d]) => d));
    for (const d of runDays) {
      expect(d.flags.restDay).toBe(false);
      expect(d.notes.some((n) => /rest day/i.test(n.text))).toBe(false);
    }
    // one full rest day (L8): no run, no cross-training, no active recovery suggested
    const rest = week.days.filter((d) => d.flags.restDay);
    expect(rest.length).toBeGreaterThanOrEqual(1);
    for (const d of rest) {
      expect(d.runs).toEqual([]);
      expect(d.flags.activeRecovery).toBe(false);
      expect(d.notes.some((n) => /cycling or swimming/.test(n.text))).toBe(false);
    }
    expect(week.warnings.some((w) => w.code === "L8")).toBe(false);
    // priming before the intervals and the tempo run, not before the easy runs
    const priming = week.days.flatMap((d) =>
      d.sessions.filter((s) => s.kind === "pre-run").map((s) => [d.date, s.time]),
    );
    expect(priming).toEqual([
      ["2026-12-08", "17:45"],
      ["2026-12-11", "17:45"],
    ]);
    // lighter after the intervals; a fuller evening session after the long run (L6)
    expect(week.days.find((d) => d.date === "2026-12-09")!.flags.lighterDay).toBe(true);
    expect(week.days.find((d) => d.date === "2026-12-13")!.sessions.map((s) => s.kind)).toContain(
      "post-run",
    );
  });
});

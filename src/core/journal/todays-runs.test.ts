import { describe, expect, it } from "vitest";
import { runAt } from "./test-support/runs.js";
import { runsOfToday } from "./todays-runs.js";
import type { RunRecord } from "./types.js";

describe("today's runs", () => {
  const run = runAt;

  it("counts the runs that ended today, a run begun before midnight included", () => {
    const ids = (runs: RunRecord[]) =>
      runsOfToday(runs, "2026-11-21", "UTC", "2026-11-21T08:00:00Z").map((r) => r.id);
    const acrossMidnight = run("2026-11-20T22:45:00Z", 95);
    const lastEvening = run("2026-11-20T21:00:00Z", 40);
    const thisMorning = run("2026-11-21T06:00:00Z", 30);
    const planned = run("2026-11-21T05:00:00Z", 30, { planned: true });
    const later = run("2026-11-21T09:00:00Z", 30);
    expect(ids([lastEvening, acrossMidnight, planned, thisMorning, later])).toEqual([
      acrossMidnight.id,
      thisMorning.id,
    ]);
  });
});

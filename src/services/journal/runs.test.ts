import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "../../core/errors.js";
import { ensureUser, runsRepository } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { addPlannedRun, listPlannedRuns } from "../planned/planned-runs.js";
import { updateProfile } from "./profile.js";
import { addManualRun, deleteRun } from "./runs.js";

const U = "u1";
const NOW = new Date("2026-12-05T08:13:00.000Z"); // 09:13 in Berlin

describe.each(ENGINES)("manual runs on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
    await updateProfile(t.database, U, { timeZone: "Europe/Berlin" });
  });
  afterEach(() => t.dispose());

  it("keeps a run for an earlier day at noon, marked as a day without a time", async () => {
    const { run } = await addManualRun(
      t.database,
      U,
      { type: "long", minutes: 95, km: 18, date: "2026-01-10" },
      { now: NOW },
    );
    expect(run.activity.startTime).toBe("2026-01-10T11:00:00.000Z"); // noon in Berlin (UTC+1)
    expect(run.activity.dateOnly).toBe(true);
    const [stored] = await runsRepository(t.database).listRuns(U);
    expect(stored?.activity.dateOnly).toBe(true);
  });

  it("marks nothing when the time is known: today's run ending now, or a start time given", async () => {
    const today = await addManualRun(t.database, U, { type: "easy", minutes: 40 }, { now: NOW });
    expect(today.run.activity.startTime).toBe("2026-12-05T07:33:00.000Z");
    expect(today.run.activity).not.toHaveProperty("dateOnly");
    const given = await addManualRun(
      t.database,
      U,
      { type: "easy", minutes: 30, startTime: "2026-12-01T06:30:00Z" },
      { now: NOW },
    );
    expect(given.run.activity).not.toHaveProperty("dateOnly");
  });

  it("keeps a run dated today on today when ending now would start it yesterday", async () => {
    const justAfterMidnight = new Date("2026-12-04T23:27:00.000Z"); // 00:27 on 5 Dec in Berlin
    const dated = await addManualRun(
      t.database,
      U,
      { type: "long", minutes: 100, date: "2026-12-05" },
      { now: justAfterMidnight },
    );
    expect(dated.run.activity.startTime).toBe("2026-12-04T23:00:00.000Z"); // midnight in Berlin
    expect(dated.run.activity.dateOnly).toBe(true);
    // Without a day, the run ends now: it began at 22:47 the evening before.
    const undated = await addManualRun(
      t.database,
      U,
      { type: "easy", minutes: 100 },
      { now: justAfterMidnight },
    );
    expect(undated.run.activity.startTime).toBe("2026-12-04T21:47:00.000Z");
    expect(undated.run.activity).not.toHaveProperty("dateOnly");
  });
});

describe.each(ENGINES)("deleting a run on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
    await ensureUser(t.database, "u2");
    await updateProfile(t.database, U, { timeZone: "Europe/Berlin" });
  });
  afterEach(() => t.dispose());

  const manual = (minutes: number, startTime: string) =>
    addManualRun(t.database, U, { type: "easy", minutes, startTime }, { now: NOW });

  it("returns the run deleted; one that is gone, planned or another runner's is not found", async () => {
    const { run } = await manual(40, "2026-12-04T07:00:00Z");
    await expect(deleteRun(t.database, "u2", run.id)).rejects.toThrow(NotFoundError);
    expect(await deleteRun(t.database, U, run.id)).toEqual(run);
    await expect(deleteRun(t.database, U, run.id)).rejects.toThrow(`run ${run.id} not found`);

    const { run: plan } = await addPlannedRun(
      t.database,
      U,
      { date: "2026-12-06", type: "tempo", minutes: 50 },
      { now: NOW },
    );
    await expect(deleteRun(t.database, U, plan.id)).rejects.toThrow(NotFoundError);
    expect(await runsRepository(t.database).getRun(U, plan.id)).not.toBeNull();
  });

  it("gives back the plan a deleted run fulfilled: to the day's other run, or to nobody", async () => {
    const { run: plan } = await addPlannedRun(
      t.database,
      U,
      { date: "2026-12-05", type: "easy", minutes: 40, time: "08:00" },
      { now: NOW },
    );
    // The same run twice: from the watch at 08:00, and typed in by hand at 07:30.
    const watch = await manual(40, "2026-12-05T07:00:00Z");
    const typed = await manual(45, "2026-12-05T06:30:00Z");
    const doneBy = async () =>
      (await listPlannedRuns(t.database, U, { now: NOW })).find((p) => p.id === plan.id)?.doneRunId;
    expect(await doneBy()).toBe(watch.run.id);

    await deleteRun(t.database, U, watch.run.id);
    expect(await doneBy()).toBe(typed.run.id);
    await deleteRun(t.database, U, typed.run.id);
    expect(await doneBy()).toBeUndefined();
  });
});

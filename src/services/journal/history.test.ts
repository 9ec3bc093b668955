import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureUser } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { addBodyCheck } from "./body-checks.js";
import { dayAt, journalHistory } from "./history.js";
import { updateProfile } from "./profile.js";
import { addRomTest } from "./rom-tests.js";
import { addRunComfort } from "./run-comfort.js";
import { addManualRun } from "./runs.js";
import { logSession } from "./sessions.js";
import { sampleRoutine } from "../../store/test-support/fixtures.js";

const U = "u1";

describe("dayAt", () => {
  it("keeps the recording time only when it fell on the record's own day in the runner's zone", () => {
    // 21:11 on 4 December in Pago Pago is 08:11 UTC on the 5th
    expect(dayAt("2026-12-04", "2026-12-05T08:11:00.000Z", "Pacific/Pago_Pago")).toEqual({
      date: "2026-12-04",
      at: "2026-12-05T08:11:00.000Z",
    });
    // 00:30 on 5 December in Berlin is still the 4th in UTC
    expect(dayAt("2026-12-05", "2026-12-04T23:30:00.000Z", "Europe/Berlin")).toEqual({
      date: "2026-12-05",
      at: "2026-12-04T23:30:00.000Z",
    });
    expect(dayAt("2026-12-01", "2026-12-05T08:11:00.000Z", "Europe/Berlin")).toEqual({
      date: "2026-12-01",
    });
  });
});

describe.each(ENGINES)("journal history on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
  });
  afterEach(() => t.dispose());

  it("gives date-only records their day, and a time only when they were recorded that day", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "Pacific/Pago_Pago" });
    const evening = new Date("2026-12-05T08:11:00.000Z"); // 21:11 on the 4th in Pago Pago
    const check = await addBodyCheck(
      db,
      U,
      { entries: [{ region: "calves", stiffness: 5, tenderness: 2 }] },
      { now: evening },
    );
    const rom = await addRomTest(
      db,
      U,
      { test: "knee-to-wall", left: 9, right: 10, date: "2026-12-01" },
      { now: evening },
    );
    const comfort = await addRunComfort(
      db,
      U,
      { comfort: 7, date: "2026-12-02" },
      { now: evening },
    );
    const session = await logSession(
      db,
      U,
      { routine: sampleRoutine, kind: "evening", startedAt: "2026-12-02T05:00:00.000Z" },
      { now: evening },
    );
    const entries = await journalHistory(db, U);
    // newest day first; within a day, entries with a time before those without
    expect(entries.map((e) => [e.kind, e.date, e.at])).toEqual([
      ["body-check", "2026-12-04", check.createdAt],
      ["comfort", "2026-12-02", undefined],
      // 05:00 UTC on the 2nd is 18:00 on the 1st in Pago Pago
      ["session", "2026-12-01", session.startedAt],
      ["rom-test", "2026-12-01", undefined],
    ]);
    expect(entries.find((e) => e.id === rom.id)).not.toHaveProperty("at");
    expect(entries.find((e) => e.id === comfort.id)).not.toHaveProperty("at");
  });

  it("gives every rating and effort in a summary its scale", async () => {
    const db = t.database;
    const now = new Date("2026-12-05T08:11:00.000Z");
    await logSession(
      db,
      U,
      {
        routine: sampleRoutine,
        kind: "post-run",
        before: { stiffness: 4, soreness: 2 },
        after: { stiffness: 3, soreness: 2, pain: 0 },
      },
      { now },
    );
    await addManualRun(db, U, { type: "easy", minutes: 40, km: 8, rpe: 6 }, { now });
    const summaries = (await journalHistory(db, U)).map((e) => e.summary);
    expect(summaries).toContain(
      "post-run session: 2 of 2 items done (3 min planned); before stiffness 4/10, soreness 2/10; after stiffness 3/10, soreness 2/10, pain 0/10",
    );
    expect(summaries).toContain("easy run: 40 min, 8.0 km, RPE 6/10");
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runOn } from "../../core/plan/fixtures.js";
import { addDays } from "../../core/time/calendar.js";
import { ensureUser, runsRepository } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { pageRuns, runsPage } from "./runs-page.js";

const U = "u1";

describe.each(ENGINES)("runs page on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
    const kinds = ["easy", "cycling", "long", "swimming", "tempo"] as const;
    for (let i = 0; i < 23; i++) {
      // two activities on some days, so ties on the day are ordered too
      const r = runOn(
        addDays("2026-01-01", Math.floor(i / 2)),
        i % 2 ? "18:00" : "07:00",
        kinds[i % 5]!,
        40,
      );
      await runsRepository(t.database).insertRun(U, r);
    }
  });
  afterEach(() => t.dispose());

  it("reads the same page from the store as cutting it from every run, newest first", async () => {
    const all = (await runsRepository(t.database).listRuns(U)).reverse();
    const queries = [
      {},
      { limit: 5 },
      { limit: 5, offset: 5 },
      { offset: 20 },
      { sport: "run" as const, limit: 4, offset: 2 },
      { sport: "cross" as const },
      { limit: 10, offset: 30 },
    ];
    for (const q of queries) expect(await runsPage(t.database, U, q)).toEqual(pageRuns(all, q));
    const window = { from: "2026-01-03T00:00:00.000Z", to: "2026-01-06T00:00:00.000Z" };
    const inWindow = all.filter(
      (r) => r.activity.startTime >= window.from && r.activity.startTime < window.to,
    );
    expect(await runsPage(t.database, U, { ...window, limit: 3 })).toEqual(
      pageRuns(inWindow, { limit: 3 }),
    );
  });
});

/**
 * Defect 2 (part): a 200,000-row Strava activities.csv overflowed the stack (a spread of
 * every result into one call). The export is now read as a stream and results are
 * appended one by one: every row gets its own result, runs import, the rest are skipped.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureUser } from "../../../store/index.js";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../../store/test-support/databases.js";
import { importPaths } from "../import.js";

const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const ROWS = 200_000;
/** One row in 10,000 is a run (on its own day); the others are hikes, which are skipped. */
const RUN_EVERY = 10_000;

describe.each(ENGINES)(`a ${ROWS.toLocaleString("en")}-row activities.csv on %s`, (engine) => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, "u");
    dir = mkdtempSync(path.join(tmpdir(), "limber-large-csv-"));
    const exportDir = path.join(dir, "export");
    mkdirSync(exportDir);
    const lines = [
      "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename,Moving Time",
    ];
    const start = Date.UTC(2020, 0, 1, 7);
    for (let i = 0; i < ROWS; i++) {
      const day = new Date(start + Math.floor(i / RUN_EVERY) * 86_400_000);
      const date = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}, 7:00:00 AM`;
      const type = i % RUN_EVERY === 0 ? "Run" : "Hike";
      lines.push(`${i + 1},"${date}",Row ${i},${type},1800,5.0,,1750`);
    }
    writeFileSync(path.join(exportDir, "activities.csv"), lines.join("\n"));
  });
  afterAll(async () => {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    "gives every row its own result without overflowing the stack",
    { timeout: 120_000 },
    async () => {
      const summary = await importPaths(t.database, "u", [path.join(dir, "export")], {
        now: new Date("2026-12-04T12:00:00Z"),
      });
      expect(summary.files).toHaveLength(ROWS);
      expect(summary.counts.imported).toBe(ROWS / RUN_EVERY);
      expect(summary.counts.skipped).toBe(ROWS - ROWS / RUN_EVERY);
      expect(summary.files[ROWS - 1]!.file).toMatch(
        /activities\.csv line 200001 \(activity 200000\)$/,
      );
    },
  );
});

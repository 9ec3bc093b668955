/**
 * Defect 3 (part): a small zip of 65,000 empty entries blocked the server for a minute,
 * because every batch of 50 rescanned the whole archive. An archive with more entries than
 * a Strava export ever holds is refused at once, naming the upload.
 */
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureUser } from "../../../store/index.js";
import {
  createTestDatabase,
  ENGINES,
  type TestDatabase,
} from "../../../store/test-support/databases.js";
import { importBuffers } from "../import.js";

describe.each(ENGINES)("zip archive bounds on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, "u");
  });
  afterAll(() => t.dispose());

  it("refuses an archive of 65,000 entries without reading them", async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 65_000; i++) entries[`a/${i}.gpx`] = new Uint8Array(0);
    const bytes = zipSync(entries, { level: 0 });
    const summary = await importBuffers(t.database, "u", [{ name: "many.zip", bytes }]);
    expect(summary.files).toHaveLength(1);
    expect(summary.files[0]).toMatchObject({ file: "many.zip", status: "failed" });
    expect(summary.files[0]!.reason).toMatch(/more than 20,000 files/);
  });
});

import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureUser, runsRepository, type Database } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { sampleRun } from "../../store/test-support/fixtures.js";
import { exportJournal } from "./export.js";
import { journalExportStream } from "./export-stream.js";
import { addPainFlag } from "./pain-flags.js";
import { updateProfile } from "./profile.js";

const NOW = new Date("2026-11-20T18:00:00Z");
const U = "u1";

/** `count` runs a week apart back from NOW, so they span several yearly windows. */
async function addRuns(db: Database, count: number): Promise<void> {
  const runs = runsRepository(db);
  for (let i = 0; i < count; i++) {
    const start = new Date(NOW.getTime() - (i + 1) * 7 * 86_400_000).toISOString();
    await runs.insertRun(
      U,
      sampleRun(start, 5000 + i, {
        name: `Run ${i} ${"x".repeat(200)}`,
        source: { kind: "fit", fileName: `r${i}.fit`, fileHash: `h${i}`, index: 0 },
      }),
      { checkDuplicates: false },
    );
  }
}

async function text(stream: NodeJS.ReadableStream, pauseMs = 0): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) {
    chunks.push(c as Buffer);
    if (pauseMs) await sleep(pauseMs);
  }
  return Buffer.concat(chunks).toString("utf8");
}

describe.each(ENGINES)("the export as a stream on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
  });
  afterEach(() => t.dispose());

  it("is the same text as the whole document serialised, also when read slowly", async () => {
    await updateProfile(t.database, U, { name: "Ana", timeZone: "Europe/Berlin" }, { now: NOW });
    await addPainFlag(t.database, U, { region: "calves", kind: "niggle" }, { now: NOW });
    // about 100 KB of runs over three years: more than a stream buffers before it waits
    await addRuns(t.database, 150);
    const whole = JSON.stringify(await exportJournal(t.database, U, { now: NOW }));
    expect(whole.length).toBeGreaterThan(64 * 1024);
    expect(await text(journalExportStream(t.database, U, { now: NOW }))).toBe(whole);
    expect(await text(journalExportStream(t.database, U, { now: NOW }), 2)).toBe(whole);
  });

  it("is a valid document for an empty journal", async () => {
    const streamed = await text(journalExportStream(t.database, U, { now: NOW }));
    expect(streamed).toBe(JSON.stringify(await exportJournal(t.database, U, { now: NOW })));
    expect(JSON.parse(streamed)).toMatchObject({ format: "limber-journal", runs: [] });
  });

  it("ends without an error when the reader leaves early, and the journal stays usable", async () => {
    await addRuns(t.database, 150);
    const stream = journalExportStream(t.database, U, { now: NOW });
    const errors: unknown[] = [];
    stream.on("error", (e) => errors.push(e));
    const first = await new Promise<Buffer>((resolve) => stream.once("data", resolve));
    expect(first.length).toBeGreaterThan(0);
    stream.destroy(); // as when the connection closes
    await new Promise((resolve) => stream.once("close", resolve));
    // the export in progress lets go at its next piece; the next one reads the whole journal
    const again = await text(journalExportStream(t.database, U, { now: NOW }));
    expect((JSON.parse(again) as { runs: unknown[] }).runs).toHaveLength(150);
    expect(errors).toEqual([]);
  });
});

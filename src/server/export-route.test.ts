/**
 * `GET /api/export` is streamed as it is read: the same bytes as the whole document
 * serialised, a valid export by the API's own schema, compressed like every other answer.
 */
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportJournal } from "../services/journal/export.js";
import { runsRepository } from "../store/index.js";
import { sampleRun } from "../store/test-support/fixtures.js";
import { LOCAL_USER_ID } from "../store/users.js";
import { JournalExport } from "./schemas/journal.js";
import { ENGINES, startHarness, type Harness } from "./test-support/harness.js";

const NOW = new Date("2026-11-20T18:00:00Z");

describe.each(ENGINES)("GET /api/export on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, "local", { now: () => NOW });
    const runs = runsRepository(h.t.database);
    for (let i = 0; i < 120; i++) {
      const start = new Date(NOW.getTime() - (i + 1) * 9 * 86_400_000).toISOString();
      await runs.insertRun(
        LOCAL_USER_ID,
        sampleRun(start, 6000 + i, {
          source: { kind: "fit", fileName: `r${i}.fit`, fileHash: `h${i}`, index: 0 },
        }),
        { checkDuplicates: false },
      );
    }
  });
  afterAll(() => h.close());

  it("sends the whole document's bytes as an attachment, valid by the export schema", async () => {
    const res = await h.app.inject({ method: "GET", url: "/api/export" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="limber-journal.json"');
    const whole = await exportJournal(h.t.database, LOCAL_USER_ID, { now: NOW });
    expect(res.body).toBe(JSON.stringify(whole));
    const doc = JournalExport.parse(JSON.parse(res.body)) as { runs: unknown[] };
    expect(doc.runs).toHaveLength(120);
  });

  it("is compressed for a client that asks, to the same bytes", async () => {
    const res = await h.app.inject({
      method: "GET",
      url: "/api/export",
      headers: { "accept-encoding": "gzip" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    const plain = (await h.app.inject({ method: "GET", url: "/api/export" })).body;
    expect(gunzipSync(res.rawPayload).toString("utf8")).toBe(plain);
  });
});

/**
 * Defects 5 and 6: `forget-me` left the deleted text in limber.db and its WAL, and a local
 * server kept answering 500 to every write after the CLI erased the journal under it. After
 * forget-me, no byte of the runner's text remains in the data folder and the running server
 * keeps working.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fitOf, syntheticRun } from "../../import/test-support/generate.js";
import { startHarness, type Harness } from "../../server/test-support/harness.js";
import { limber } from "./test-support/in-process.js";

const MARKER = "ZEBRA-OCELOT-7731";

function folderHolds(dir: string, text: string): string[] {
  const needle = Buffer.from(text, "utf8");
  return readdirSync(dir).filter((f) => readFileSync(join(dir, f)).includes(needle));
}

describe("forget-me on the embedded journal", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("leaves no byte of the runner's text in the data folder, WAL included, while a local server runs", async () => {
    h = await startHarness("sqlite", "local");
    const env = h.t.env;
    for (let i = 0; i < 30; i++) {
      const res = await h.app.inject({
        method: "POST",
        url: "/api/pain-flags",
        payload: { region: "calves", kind: "niggle", notes: `${MARKER} ${i} ${"x".repeat(200)}` },
      });
      expect(res.statusCode).toBe(201);
    }
    expect(
      (await limber(env, ["pain", "add", "feet", "--kind", "niggle", "--notes", MARKER])).code,
    ).toBe(0);
    // An imported run the runner deleted is remembered by its file's hash (deleted_runs).
    const files = mkdtempSync(join(tmpdir(), "limber-forget-me-"));
    try {
      writeFileSync(
        join(files, "walk.fit"),
        fitOf(syntheticRun({ start: "2026-10-11T12:00:00Z", km: 4, minutes: 50 })),
      );
      expect((await limber(env, ["import", join(files, "walk.fit")])).code).toBe(0);
    } finally {
      rmSync(files, { recursive: true, force: true });
    }
    const [run] = (await h.app.inject({ method: "GET", url: "/api/runs" })).json() as {
      activity: { source: { fileHash: string } };
    }[];
    const fileHash = run!.activity.source.fileHash;
    expect((await limber(env, ["runs", "delete", "last", "--yes"])).code).toBe(0);
    const remembered = () =>
      h!.t.database.db.selectFrom("deleted_runs").select("source_file_hash").execute();
    expect(await remembered()).toEqual([{ source_file_hash: fileHash }]);

    expect(folderHolds(h.t.dataDir!, MARKER).length).toBeGreaterThan(0);
    const forgot = await limber(env, ["forget-me", "--yes"]);
    expect(forgot.code, forgot.err).toBe(0);
    expect(folderHolds(h.t.dataDir!, MARKER)).toEqual([]);
    expect(await remembered()).toEqual([]);
    expect(folderHolds(h.t.dataDir!, fileHash)).toEqual([]);
    // The server that held the journal open keeps answering writes.
    const after = await h.app.inject({
      method: "POST",
      url: "/api/pain-flags",
      payload: { region: "calves", kind: "niggle" },
    });
    expect(after.statusCode, after.body).toBe(201);
    expect((await h.app.inject({ method: "GET", url: "/api/pain-flags" })).json()).toHaveLength(1);
  });
});

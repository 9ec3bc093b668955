/**
 * `limber runs` lists the newest runs by default, more with --limit, every one with --all,
 * in-process against a real SQLite journal in a temp folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openLocalJournal } from "../../services/journal/open.js";
import { runsRepository } from "../../store/index.js";
import { sampleRun } from "../../store/test-support/fixtures.js";
import { limber as runLimber, type Captured } from "./test-support/in-process.js";
import { DEFAULT_RUNS_LISTED } from "./runs.js";

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "limber-runs-cli-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function limber(...args: string[]): Promise<Captured> {
  return runLimber({ LIMBER_DATA_DIR: dataDir }, args, { now: new Date("2026-11-20T18:00:00Z") });
}

/** `count` runs, one a day, the last on 2026-11-19; their ids are run-1 (oldest) ... run-N. */
async function addRuns(count: number): Promise<void> {
  const { database, userId } = await openLocalJournal({ LIMBER_DATA_DIR: dataDir });
  try {
    const runs = runsRepository(database);
    const last = Date.parse("2026-11-19T07:00:00Z");
    for (let i = 1; i <= count; i++) {
      const start = new Date(last - (count - i) * 86_400_000).toISOString();
      const source = {
        kind: "fit" as const,
        fileName: `run-${i}.fit`,
        fileHash: `h${i}`,
        index: 0,
      };
      await runs.insertRun(userId, { ...sampleRun(start, 8000 + i, { source }), id: `run-${i}` });
    }
  } finally {
    await database.close();
  }
}

const ids = (json: string) => (JSON.parse(json) as { id: string }[]).map((r) => r.id);

describe("limber runs", () => {
  it("lists the newest runs by default and says how to see the older ones", async () => {
    await addRuns(DEFAULT_RUNS_LISTED + 2);
    const text = await limber("runs");
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/\brun-52$/m);
    expect(text.out).toMatch(/\brun-3$/m);
    expect(text.out).not.toMatch(/\brun-2$/m);
    expect(text.out).toMatch(/The newest 50 runs\. Older runs are not listed: .*--all/);

    const json = await limber("runs", "--json");
    const listed = ids(json.out);
    expect(listed).toHaveLength(DEFAULT_RUNS_LISTED);
    // oldest first within the page, as the whole list always was
    expect(listed[0]).toBe("run-3");
    expect(listed.at(-1)).toBe("run-52");
    expect(json.err).toMatch(/--limit N/);
  });

  it("--limit N lists the newest N; --all every run; no note when nothing is left out", async () => {
    await addRuns(5);
    const two = await limber("runs", "--json", "--limit", "2");
    expect(ids(two.out)).toEqual(["run-4", "run-5"]);
    const all = await limber("runs", "--json", "--all");
    expect(ids(all.out)).toEqual(["run-1", "run-2", "run-3", "run-4", "run-5"]);
    expect(all.err).toBe("");
    const text = await limber("runs");
    expect(text.out).toMatch(/\brun-1$/m);
    expect(text.out).not.toMatch(/not listed/);
  });

  it("a bad --limit, or --limit with --all, exits 2 naming the flag", async () => {
    for (const bad of ["0", "ten", "2.5", "100001"]) {
      const r = await limber("runs", "--limit", bad);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^limber: --limit: must be a whole number of runs from 1 to 100,000/);
    }
    const both = await limber("runs", "--all", "--limit", "3");
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/^limber: --limit: give either --limit N or --all, not both/);
  });

  it("the help says the list is paged and how to see every run", async () => {
    const r = await limber("runs", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/newest 50 unless asked/);
    expect(r.out).toMatch(/--all\s+list every run in the journal/);
  });
});

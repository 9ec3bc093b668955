import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MOVEMENTS } from "../../core/catalog/index.js";
import { buildRoutine } from "../../core/routine/index.js";
import { startHarness, type Harness } from "../../server/test-support/harness.js";
import { limber } from "./test-support/in-process.js";

/**
 * X5 in the log flow: a session whose after-ratings are worse than before is not saved
 * silently. Without a terminal the CLI says so on stderr with the command that flags pain;
 * the API answers with a `feltWorse` field.
 */
const routine = buildRoutine({ run: "easy", minutes: 10 }, MOVEMENTS, 3);

describe("limber log after a session that left the runner worse", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "limber-x5-"));
    writeFileSync(join(dir, "routine.json"), JSON.stringify(routine));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("says so and suggests a pain flag, after printing the id", async () => {
    const args = [
      "log",
      "--routine",
      join(dir, "routine.json"),
      "--before",
      "pain=0,stiffness=5",
      "--after",
      "pain=8,stiffness=4",
    ];
    const r = await limber({ LIMBER_DATA_DIR: dir }, args);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.err).toMatch(/left you feeling worse \(pain 0 -> 8\)/);
    expect(r.err).toMatch(/limber pain add \S+ --kind niggle/);
  });

  it("stays quiet when the session helped", async () => {
    const args = [
      "log",
      "--routine",
      join(dir, "routine.json"),
      "--before",
      "stiffness=6",
      "--after",
      "stiffness=3",
    ];
    const r = await limber({ LIMBER_DATA_DIR: dir }, args);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });
});

describe("POST /api/sessions and X5", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("sqlite", "local");
  });
  afterAll(() => h.close());

  it("answers with feltWorse when the session left the runner worse, and without it otherwise", async () => {
    const worse = await h.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: {
        kind: "post-run",
        routine,
        before: { stiffness: 3, pain: 1 },
        after: { stiffness: 6, pain: 1 },
      },
    });
    expect(worse.statusCode).toBe(201);
    expect(worse.json().feltWorse).toMatchObject({
      worse: true,
      painRose: false,
      rising: [{ rating: "stiffness", before: 3, after: 6 }],
    });
    expect(worse.json().feltWorse.message).toMatch(/flag it/);
    const fine = await h.app.inject({
      method: "POST",
      url: "/api/sessions",
      payload: { kind: "post-run", routine, before: { stiffness: 5 }, after: { stiffness: 3 } },
    });
    expect(fine.statusCode).toBe(201);
    expect(fine.json()).not.toHaveProperty("feltWorse");
  });
});

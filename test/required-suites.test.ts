/**
 * With LIMBER_REQUIRE_ALL=1 (set by .ci/run) a suite that would skip itself fails instead:
 * CI cannot pass with the PostgreSQL or browser tests quietly skipped.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { missingSuites } from "./support/required.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REQUIRE_ALL = process.env.LIMBER_REQUIRE_ALL === "1";

describe.runIf(REQUIRE_ALL)("CI: every optional suite runs", () => {
  it("PostgreSQL, Chromium, the build and the extended corpus are all here", () => {
    expect(missingSuites(process.env, existsSync, REPO)).toEqual([]);
  });

  it("the PostgreSQL server answers", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect((await client.query<{ one: number }>("SELECT 1 AS one")).rows[0]?.one).toBe(1);
    } finally {
      await client.end();
    }
  });
});

describe("the skip guard", () => {
  const all = new Set([
    "/usr/bin/chromium",
    "/r/dist/cli/main.js",
    "/r/dist/web/index.html",
    "/shared/samples/activities",
  ]);

  it("is satisfied when everything is present", () => {
    expect(missingSuites({ DATABASE_URL: "postgres://x/y" }, (p) => all.has(p), "/r")).toEqual([]);
  });

  it("names each missing piece", () => {
    const missing = missingSuites({ LIMBER_CHROMIUM: "/opt/none" }, () => false, "/r");
    expect(missing.join("\n")).toMatch(/PostgreSQL tests: DATABASE_URL is not set/);
    expect(missing.join("\n")).toMatch(/browser tests: no Chromium at \/opt\/none/);
    expect(missing.join("\n")).toMatch(/dist\/web\/index.html is not built/);
    expect(missing.join("\n")).toMatch(/extended sample corpus/);
  });
});

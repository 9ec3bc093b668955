import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BodyCheck, JournalExport } from "../../core/journal/types.js";
import { LOCAL_USER_ID, bodyChecksRepository } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { parseCheckRatings } from "./check-ratings.js";
import { limber } from "./test-support/in-process.js";

describe("parseCheckRatings", () => {
  it("reads stiffness, inline or flagged tenderness, fade and rebound per region", () => {
    expect(
      parseCheckRatings({
        ratings: "calves=8/2,hamstrings-left=7",
        tenderness: "hamstrings-left=3",
        fade: "calves=20",
        rebound: ["calves"],
      }),
    ).toEqual([
      { region: "calves", stiffness: "8", tenderness: "2", rebound: true, fadeSeconds: "20" },
      { region: "hamstrings-left", stiffness: "7", tenderness: "3", rebound: false },
    ]);
  });

  it("names the region and what is allowed when a rating is missing or out of range", () => {
    expect(() => parseCheckRatings({ ratings: "calves=8" })).toThrow(
      /calves: tenderness is missing/,
    );
    expect(() => parseCheckRatings({ ratings: "calves=12/1" })).toThrow(
      /calves: stiffness must be a whole number 0-10, got "12"/,
    );
    expect(() => parseCheckRatings({ ratings: "calves=2/1", fade: "glutes=20" })).toThrow(
      /glutes is not one of the regions you rated \(calves\)/,
    );
    expect(() => parseCheckRatings({ ratings: "calves" })).toThrow(/not of the form name=value/);
  });

  it("refuses a region rated twice, a third number and a stiffness that is not a number", () => {
    expect(() => parseCheckRatings({ ratings: "calves=5/1,calves=6/1" })).toThrow(
      "RATINGS: calves is given twice (5/1 and 6/1); give it once",
    );
    expect(() => parseCheckRatings({ ratings: "calves=5/2/3" })).toThrow(
      'RATINGS: calves: write stiffness/tenderness, e.g. calves=6/2, got "5/2/3"',
    );
    expect(() => parseCheckRatings({ ratings: "calves=abc" })).toThrow(
      'RATINGS: calves: stiffness must be a whole number 0-10, got "abc"',
    );
    expect(() => parseCheckRatings({ ratings: "calves=" })).toThrow(
      "RATINGS: calves: stiffness is missing",
    );
    expect(() => parseCheckRatings({ ratings: "calves=5/1", tenderness: "calves=3" })).toThrow(
      "--tenderness: calves already has its tenderness in the list (calves=5/1); give it once",
    );
    expect(() =>
      parseCheckRatings({ ratings: "calves=5", tenderness: "calves=3,calves=4" }),
    ).toThrow("--tenderness: calves is given twice (3 and 4); give it once");
    expect(() => parseCheckRatings({ ratings: "calves=5/1", fade: "calves=10,calves=20" })).toThrow(
      "--fade: calves is given twice (10 and 20); give it once",
    );
  });

  it("every example an error shows is a list the command accepts", () => {
    const examples = new Set<string>();
    for (const ratings of [",", "calves", "calves=5/2/3", "calves="]) {
      try {
        parseCheckRatings({ ratings });
      } catch (e) {
        for (const m of (e as Error).message.matchAll(/(?:e\.g\.|write) (\S+=\S+?)[,;]?(?: |$)/g))
          examples.add(m[1]!);
      }
    }
    expect(examples.size).toBeGreaterThan(0);
    for (const ratings of examples) expect(() => parseCheckRatings({ ratings })).not.toThrow();
  });
});

describe.each(ENGINES)("limber check on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
  });
  afterEach(() => t.dispose());

  it("records every region of a list in one check", async () => {
    const r = await limber(t.env, [
      "check",
      "calves=8/2,hamstrings-left=7/3,glutes=2/0",
      "--fade",
      "calves=20",
      "--rebound",
      "hamstrings-left",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const check = JSON.parse(r.out) as BodyCheck;
    expect(check.entries).toEqual([
      { region: "calves", stiffness: 8, tenderness: 2, fadeSeconds: 20, rebound: false },
      { region: "hamstrings", side: "left", stiffness: 7, tenderness: 3, rebound: true },
      { region: "glutes", stiffness: 2, tenderness: 0, rebound: false },
    ]);
    const listed = JSON.parse((await limber(t.env, ["history", "--json"])).out) as {
      kind: string;
    }[];
    expect(listed.filter((h) => h.kind === "body-check")).toHaveLength(1);
  });

  it("stores no rebound answer when --rebound is not given, and the export leaves it unsaid", async () => {
    const first = { now: new Date("2026-11-20T08:00:00Z") };
    expect((await limber(t.env, ["check", "calves=8/2,glutes=3/1"], first)).code).toBe(0);
    const single = ["--region", "hamstrings-left", "--stiffness", "4", "--tenderness", "1"];
    expect((await limber(t.env, ["check", ...single])).code).toBe(0);
    const stored = await bodyChecksRepository(t.database).listBodyChecks(LOCAL_USER_ID);
    expect(stored.flatMap((c) => c.entries)).toEqual([
      { region: "calves", stiffness: 8, tenderness: 2 },
      { region: "glutes", stiffness: 3, tenderness: 1 },
      { region: "hamstrings", side: "left", stiffness: 4, tenderness: 1 },
    ]);
    const doc = JSON.parse((await limber(t.env, ["export"])).out) as JournalExport;
    expect(doc.bodyChecks.flatMap((c) => c.entries.map((e) => e.rebound))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    // the single-region form records a rebound when it is named
    const r = await limber(t.env, [
      "check",
      "--region",
      "quads",
      "--stiffness",
      "4",
      "--tenderness",
      "2",
      "--rebound",
      "--json",
    ]);
    expect((JSON.parse(r.out) as BodyCheck).entries[0]?.rebound).toBe(true);
  });

  it("refuses a repeated --region instead of keeping the last", async () => {
    const r = await limber(t.env, [
      "check",
      "--region",
      "calves",
      "--region",
      "glutes",
      "--stiffness",
      "3",
      "--tenderness",
      "1",
    ]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toMatch(/^limber: --region: was given more than once; .*calves=8\/2/);
  });
});

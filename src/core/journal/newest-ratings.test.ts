import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BodyCheck, BodyCheckEntry } from "./types.js";
import { newestRatingPerRegion, regionKey } from "./newest-ratings.js";

const entry = (
  region: BodyCheckEntry["region"],
  side: BodyCheckEntry["side"],
  stiffness: number,
): BodyCheckEntry => ({
  region,
  ...(side ? { side } : {}),
  stiffness,
  tenderness: 0,
  rebound: false,
});

const check = (id: string, date: string, entries: BodyCheckEntry[], at = "07:00"): BodyCheck => ({
  id,
  date,
  entries,
  createdAt: `${date}T${at}:00.000Z`,
});

describe("newestRatingPerRegion", () => {
  it("keeps calves and hamstrings rated before a later check of the glutes alone", () => {
    const got = newestRatingPerRegion(
      [
        check("a", "2026-05-01", [entry("calves", undefined, 8), entry("hamstrings", "left", 7)]),
        check("b", "2026-05-02", [entry("glutes", undefined, 2)]),
      ],
      "2026-05-03",
      28,
    );
    expect(Object.fromEntries([...got].map(([k, v]) => [k, [v.stiffness, v.date]]))).toEqual({
      calves: [8, "2026-05-01"],
      "hamstrings-left": [7, "2026-05-01"],
      glutes: [2, "2026-05-02"],
    });
  });

  it("lets a newer rating of a region replace an older one, and same-day checks go by time", () => {
    const got = newestRatingPerRegion(
      [
        check("late", "2026-05-02", [entry("calves", "left", 1)], "19:00"),
        check("early", "2026-05-02", [entry("calves", "left", 6)], "06:00"),
        check("old", "2026-04-30", [entry("calves", "left", 9)]),
      ],
      "2026-05-02",
      28,
    );
    expect(got.get("calves-left")?.stiffness).toBe(1);
  });

  it("ignores checks outside the window and checks dated after the day", () => {
    const got = newestRatingPerRegion(
      [
        check("stale", "2026-03-01", [entry("quads", undefined, 5)]),
        check("future", "2026-05-09", [entry("calves", undefined, 5)]),
      ],
      "2026-05-02",
      28,
    );
    expect(got.size).toBe(0);
  });

  it("holds every region of the checks in the window, each with a rating from one of them", () => {
    const regions = ["calves", "hamstrings", "quads", "glutes"] as const;
    const arb = fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 40 }),
        entries: fc.array(
          fc.record({ r: fc.constantFrom(...regions), s: fc.integer({ min: 0, max: 10 }) }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const checks = raw.map((c, i) =>
          check(
            `c${i}`,
            new Date(Date.UTC(2026, 4, 31 - c.offset)).toISOString().slice(0, 10),
            c.entries.map((e) => entry(e.r, undefined, e.s)),
            `0${i}:00`.slice(-5),
          ),
        );
        const got = newestRatingPerRegion(checks, "2026-05-31", 28);
        const inWindow = checks.filter((c) => c.date >= "2026-05-03");
        const expected = new Set(inWindow.flatMap((c) => c.entries.map(regionKey)));
        expect(new Set(got.keys())).toEqual(expected);
        for (const [k, v] of got) {
          const newerDays = inWindow.filter(
            (c) => c.date > v.date && c.entries.some((e) => regionKey(e) === k),
          );
          expect(newerDays).toEqual([]);
        }
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { BodyCheckBody, ManualRunBody, ProfileBody, RomTestBody, SessionBody } from "./bodies.js";
import { PlannedRunBody } from "./planned.js";
import { BodyCheck, RomTest } from "./journal.js";
import { parseInput } from "./parse.js";

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("request bodies", () => {
  it("a body nested too deeply to write out is refused as a list, not a crash", () => {
    const deep: unknown = JSON.parse("[".repeat(5000) + "]".repeat(5000));
    expect(problem(() => parseInput(ProfileBody, deep))).toMatch(/a list/);
  });

  it("name the field by its path and say what is allowed and what was given", () => {
    expect(
      problem(() =>
        parseInput(BodyCheckBody, {
          entries: [
            { region: "calves", stiffness: 3, tenderness: 1 },
            { region: "elbow", stiffness: 1, tenderness: 1 },
          ],
        }),
      ),
    ).toMatch(/^entries\[1\]\.region: "elbow" is not one of calves, ankles/);
    expect(problem(() => parseInput(ProfileBody, { shoeSize: 44 }))).toMatch(
      /^shoeSize: is not a profile field; allowed: name, units/,
    );
    expect(problem(() => parseInput(ProfileBody, { timeZone: "Mars/Olympus" }))).toBe(
      'timeZone: must be an IANA time zone such as Europe/Berlin or UTC, got "Mars/Olympus"',
    );
    expect(
      problem(() =>
        parseInput(SessionBody, {
          routine: { items: [], totalSeconds: 0, warnings: [], reasons: [] },
          after: { fatigue: 3 },
        }),
      ),
    ).toBe("after.fatigue: is not a rating; allowed: stiffness, soreness, pain");
    expect(
      problem(() =>
        parseInput(SessionBody, {
          routine: { items: [], totalSeconds: 0, warnings: [], reasons: [] },
          startedAt: "yesterday",
        }),
      ),
    ).toMatch(/^startedAt: must be an ISO 8601 date-time with a zone/);
  });

  it("a run's minutes and km must make a pace between 2:00/km and 60:00/km, entered or planned", () => {
    for (const schema of [ManualRunBody, PlannedRunBody]) {
      const run = (minutes: number, km: number) =>
        parseInput(schema, { date: "2026-11-20", type: "easy", minutes, km });
      expect(problem(() => run(30, 200))).toBe(
        "km: 200 km in 30 minutes is a pace of 0:09/km; a run's pace must be 2:00/km to 60:00/km: check minutes and km",
      );
      expect(problem(() => run(5, 40))).toMatch(/^km: 40 km in 5 minutes is a pace of 0:08\/km/);
      expect(problem(() => run(61, 1))).toMatch(/pace of 61:00\/km/);
      expect(run(20, 10)).toMatchObject({ minutes: 20, km: 10 });
      expect(run(60, 1)).toMatchObject({ minutes: 60, km: 1 });
      expect(parseInput(schema, { date: "2026-11-20", type: "easy", minutes: 5 })).toMatchObject({
        minutes: 5,
      });
    }
  });

  it("each ROM test has its own plausible range, in its own unit", () => {
    const result = (test: string, field: string, v: unknown) =>
      problem(() => parseInput(RomTestBody, { test, [field]: v }));
    expect(result("knee-to-wall", "left", 999999)).toBe(
      "left: must be a number from 0 to 30 cm, got 999999",
    );
    expect(result("knee-to-wall", "right", -1)).toBe(
      "right: must be a number from 0 to 30 cm, got -1",
    );
    expect(result("straight-leg-raise", "left", 151)).toBe(
      "left: must be a number from 0 to 150 degrees, got 151",
    );
    expect(result("sit-and-reach", "value", -41)).toBe(
      "value: must be a number from -40 to 60 cm, got -41",
    );
    expect(result("thoracic-rotation", "left", 121)).toBe(
      "left: must be a number from 0 to 120 degrees, got 121",
    );
    expect(result("thomas", "left", -61)).toBe(
      "left: must be a number from -60 to 60 degrees, got -61",
    );
    expect(result("knee-to-wall", "left", "abc")).toBe('left: must be a number, got "abc"');
    for (const [test, field, v] of [
      ["knee-to-wall", "left", 30],
      ["straight-leg-raise", "right", 0],
      ["sit-and-reach", "value", -40],
      ["thoracic-rotation", "left", 120],
      ["thomas", "right", -60],
    ] as const)
      expect(parseInput(RomTestBody, { test, [field]: String(v) })).toMatchObject({ [field]: v });
  });

  it("a ROM result entered by hand is one restore accepts, and the other way round", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "knee-to-wall",
          "straight-leg-raise",
          "thoracic-rotation",
          "thomas",
          "sit-and-reach",
        ),
        fc.constantFrom("left", "right", "value"),
        fc.double({ min: -200, max: 200, noNaN: true }),
        (test, field, v) => {
          const entered = RomTestBody.safeParse({ test, [field]: v }).success;
          const stored = RomTest.safeParse({
            id: "r",
            date: "2026-11-20",
            test,
            [field]: v,
            createdAt: "2026-11-20T08:00:00.000Z",
          }).success;
          expect(entered).toBe(stored);
        },
      ),
    );
  });

  it("a body check entered by hand is a body check restore accepts, and the other way round", () => {
    const entry = fc.record({
      region: fc.constantFrom("calves", "hamstrings", "glutes", "quads"),
      side: fc.constantFrom(undefined, "left", "right"),
      stiffness: fc.integer({ min: -2, max: 12 }),
      tenderness: fc.integer({ min: 0, max: 10 }),
      fadeSeconds: fc.constantFrom(undefined, 0, 30, 600, 601),
    });
    fc.assert(
      fc.property(entry, (e) => {
        const input = {
          region: e.region,
          stiffness: e.stiffness,
          tenderness: e.tenderness,
          ...(e.side ? { side: e.side } : {}),
          ...(e.fadeSeconds !== undefined ? { fadeSeconds: e.fadeSeconds } : {}),
        };
        const entered = BodyCheckBody.safeParse({ date: "2026-11-20", entries: [input] }).success;
        const stored = BodyCheck.safeParse({
          id: "c",
          date: "2026-11-20",
          createdAt: "2026-11-20T08:00:00.000Z",
          entries: [{ ...input, rebound: false }],
        }).success;
        expect(entered).toBe(stored);
      }),
    );
  });
});

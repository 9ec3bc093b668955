import { describe, expect, it } from "vitest";
import type { RomTest } from "../../core/journal/types.js";
import { checkEntries, EMPTY_REGION } from "./body-check.js";
import { EMPTY_ROM, romBody, romCompare, romProblems } from "./rom.js";

const rom = (date: string, left: number, right: number): RomTest => ({
  id: date,
  date,
  test: "knee-to-wall",
  left,
  right,
  createdAt: `${date}T07:00:00Z`,
});

describe("the weekly audit", () => {
  it("sends every marked region of the body map as one check, and nothing untyped or unticked", () => {
    expect(checkEntries(new Map([["calves-left", { ...EMPTY_REGION }]]))).toEqual({
      problem: "Rate stiffness and tenderness for the left calves, each a whole number 0-10.",
    });
    const r = checkEntries(
      new Map([
        ["calves-left", { stiffness: "8", tenderness: "2", fade: "20", rebound: true }],
        ["hamstrings", { stiffness: "7", tenderness: "0", fade: "", rebound: false }],
      ]),
    );
    expect(r).toEqual({
      entries: [
        {
          region: "calves",
          side: "left",
          stiffness: 8,
          tenderness: 2,
          fadeSeconds: 20,
          rebound: true,
        },
        // an unticked box is no answer: nothing about rebound is sent
        { region: "hamstrings", stiffness: 7, tenderness: 0 },
      ],
    });
    expect(checkEntries(new Map())).toEqual({ problem: "Tap at least one area on the body map." });
  });

  it("converts re-test figures from the runner's units and skips untouched tests", () => {
    expect(romBody("knee-to-wall", { ...EMPTY_ROM, left: "4", right: "3" }, "imperial")).toEqual({
      test: "knee-to-wall",
      left: 10.2,
      right: 7.6,
    });
    expect(romBody("straight-leg-raise", EMPTY_ROM, "metric")).toBeNull();
    expect(romBody("thomas", { ...EMPTY_ROM, leftPass: "fail" }, "metric")).toEqual({
      test: "thomas",
      leftPass: false,
    });
  });

  it("names the test, the side and the range in the runner's units for a result out of range", () => {
    expect(
      romProblems("knee-to-wall", "Knee to wall (ankle)", { ...EMPTY_ROM, left: "20" }, "imperial"),
    ).toEqual({
      left: "Knee to wall (ankle), left side: enter a number from 0 to 11.8 in (you entered 20 in).",
    });
    expect(
      romProblems("knee-to-wall", "Knee to wall (ankle)", { ...EMPTY_ROM, right: "31" }, "metric"),
    ).toEqual({
      right:
        "Knee to wall (ankle), right side: enter a number from 0 to 30 cm (you entered 31 cm).",
    });
    expect(
      romProblems(
        "straight-leg-raise",
        "Straight leg raise",
        { ...EMPTY_ROM, left: "200" },
        "imperial",
      ),
    ).toEqual({
      left: "Straight leg raise, left side: enter a number from 0 to 150° (you entered 200°).",
    });
    expect(
      romProblems("sit-and-reach", "Sit and reach", { ...EMPTY_ROM, value: "-8" }, "imperial"),
    ).toEqual({});
    expect(
      romProblems("knee-to-wall", "Knee to wall", { ...EMPTY_ROM, left: "11.8" }, "imperial"),
    ).toEqual({});
  });

  it("compares sides and the previous test in words", () => {
    expect(romCompare(rom("2026-05-10", 10, 12), rom("2026-05-03", 9, 10), "metric")).toBe(
      "Left 10 cm, right 12 cm: right 2 cm more. Since Sun 3 May: left +1 cm, right +2 cm.",
    );
    expect(romCompare(rom("2026-05-10", 10, 10), undefined, "metric")).toBe(
      "Left 10 cm, right 10 cm: both sides even.",
    );
  });
});

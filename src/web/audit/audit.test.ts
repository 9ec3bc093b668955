import { describe, expect, it } from "vitest";
import type { RomTest } from "../../core/journal/types.js";
import { checkEntries, EMPTY_REGION } from "./body-check.js";
import { EMPTY_ROM, romBody, romCompare } from "./rom.js";

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

  it("compares sides and the previous test in words", () => {
    expect(romCompare(rom("2026-05-10", 10, 12), rom("2026-05-03", 9, 10), "metric")).toBe(
      "Left 10 cm, right 12 cm: right 2 cm more. Since 2026-05-03: left +1 cm, right +2 cm.",
    );
    expect(romCompare(rom("2026-05-10", 10, 10), undefined, "metric")).toBe(
      "Left 10 cm, right 10 cm: both sides even.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { targetsFromGoals } from "./targets.js";

describe("targetsFromGoals", () => {
  it("reads ROM goals from the profile and leaves other goals alone", () => {
    expect(
      targetsFromGoals([
        "knee-to-wall 12 cm",
        "Straight-leg-raise left at least 80 deg",
        "thomas right pass",
        "run a sub-3 marathon",
      ]),
    ).toEqual([
      { test: "knee-to-wall", target: 12, unit: "cm", source: "own" },
      { test: "straight-leg-raise", side: "left", target: 80, unit: "deg", source: "own" },
      { test: "thomas", side: "right", target: 1, unit: "pass", source: "own" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { romResultParts } from "./rom-results.js";

const cm = (v: number) => `${v} cm`;

describe("romResultParts", () => {
  it("gives each side tested, with pass or fail where it was judged", () => {
    expect(romResultParts({ left: 9, right: 11 }, cm)).toEqual(["left 9 cm", "right 11 cm"]);
    expect(romResultParts({ leftPass: true, rightPass: false }, cm)).toEqual([
      "left pass",
      "right fail",
    ]);
    expect(romResultParts({ left: 9, leftPass: false }, cm)).toEqual(["left 9 cm fail"]);
  });

  it("gives the one result of a test without sides, and nothing for a side not tested", () => {
    expect(romResultParts({ value: -4 }, cm)).toEqual(["-4 cm"]);
    expect(romResultParts({ right: 12 }, cm)).toEqual(["right 12 cm"]);
    expect(romResultParts({}, cm)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { feltWorse } from "./felt-worse.js";

describe("feltWorse (X5)", () => {
  it("flags a pain rise of any size and a stiffness rise of two or more", () => {
    const r = feltWorse(
      { pain: 0, stiffness: 5, soreness: 3 },
      { pain: 1, stiffness: 7, soreness: 4 },
    );
    expect(r.worse).toBe(true);
    expect(r.painRose).toBe(true);
    expect(r.rising.map((x) => x.rating)).toEqual(["stiffness", "pain"]);
  });
  it("does not flag improvements, one-point wobbles or skipped ratings", () => {
    expect(feltWorse({ stiffness: 6, soreness: 3 }, { stiffness: 4, soreness: 4 }).worse).toBe(
      false,
    );
    expect(feltWorse({ pain: 2 }, { stiffness: 9 }).worse).toBe(false);
    expect(feltWorse(undefined, { pain: 9 }).worse).toBe(false);
  });
});

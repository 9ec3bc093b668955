import { describe, expect, it } from "vitest";
import { storedDuration, tenth } from "./track.js";

describe("an activity's figures as stored", () => {
  it("keeps seconds and metres to a tenth", () => {
    expect([tenth(1234.56), tenth(0.04), tenth(-0.06)]).toEqual([1234.6, 0, -0.1]);
  });

  it("refuses a duration that would be stored as nothing (a damaged file's 0.04 s)", () => {
    expect(storedDuration(2712.34)).toBe(2712.3);
    expect(storedDuration(0.05)).toBe(0.1);
    for (const none of [undefined, 0, 0.04, -3, Number.NaN, Infinity])
      expect(storedDuration(none)).toBeUndefined();
  });
});

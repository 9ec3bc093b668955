import { describe, expect, it } from "vitest";
import { durationText } from "./duration.js";

describe("durationText", () => {
  it("says seconds under a minute, minutes and seconds above, rounding to the second", () => {
    expect(durationText(45)).toBe("45 s");
    expect(durationText(59.6)).toBe("1 min");
    expect(durationText(75)).toBe("1 min 15 s");
    expect(durationText(120)).toBe("2 min");
    expect(durationText(3600)).toBe("60 min");
  });
});

import { describe, expect, it } from "vitest";
import { lowerFirst, upperFirst } from "./first-letter.js";

describe("first letters", () => {
  it("raises or lowers only the first letter", () => {
    expect(upperFirst("with it, Bob")).toBe("With it, Bob");
    expect(lowerFirst("Kept to 2 Movements")).toBe("kept to 2 Movements");
    expect([upperFirst(""), lowerFirst("")]).toEqual(["", ""]);
  });
});

import { describe, expect, it } from "vitest";
import { counted } from "./counted.js";

describe("counted", () => {
  it("says one in the singular and every other count in the plural", () => {
    expect(counted(1, "session")).toBe("1 session");
    expect(counted(0, "session")).toBe("0 sessions");
    expect(counted(12, "day")).toBe("12 days");
    expect(counted(1, "rated session")).toBe("1 rated session");
    expect(counted(2, "body check", "body checks")).toBe("2 body checks");
  });
});

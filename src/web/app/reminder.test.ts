import { describe, expect, it } from "vitest";
import { msUntilNext } from "./reminder.js";

describe("msUntilNext", () => {
  it("waits until the time today, or tomorrow once it has passed", () => {
    expect(msUntilNext(new Date(2026, 4, 1, 6, 30), "07:00")).toBe(30 * 60_000);
    expect(msUntilNext(new Date(2026, 4, 1, 7, 0), "07:00")).toBe(24 * 3_600_000);
    expect(msUntilNext(new Date(2026, 4, 1, 21, 15), "06:45")).toBe((9 * 60 + 30) * 60_000);
  });

  it("refuses a time that is not HH:MM", () => {
    expect(() => msUntilNext(new Date(), "7pm")).toThrow(/HH:MM/);
  });
});

import { describe, expect, it } from "vitest";
import { msUntilNext, reminderWays } from "./reminder.js";

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

describe("reminderWays", () => {
  const base = {
    notifications: true,
    permission: "granted" as const,
    installed: false,
    periodicSync: false,
  };
  it("says which reminder applies on this device", () => {
    expect(
      reminderWays({ ...base, notifications: false, permission: "unsupported" }, false),
    ).toMatch(/cannot show notifications\. Subscribe to the calendar link/);
    expect(reminderWays({ ...base, permission: "denied" }, false)).toMatch(/blocked/);
    expect(reminderWays(base, false)).toMatch(/^Turn on notifications/);
    expect(reminderWays({ ...base, periodicSync: true, installed: true }, true)).toMatch(
      /even when it is closed/,
    );
    expect(reminderWays({ ...base, installed: true }, true)).toMatch(
      /open or running in the background/,
    );
    expect(reminderWays(base, true)).toMatch(
      /^In a browser tab .* Install Limber .* subscribe to the calendar link/,
    );
  });
});

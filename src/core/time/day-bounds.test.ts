import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayBounds, localDay, localNoon } from "./calendar.js";

const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "Pacific/Auckland",
  "Asia/Kolkata",
  "America/St_Johns",
];

describe("calendar days in a time zone", () => {
  it("puts late evening in Berlin on the next day and handles DST-length days", () => {
    expect(localDay(new Date("2026-11-20T23:30:00Z"), "Europe/Berlin")).toBe("2026-11-21");
    expect(dayBounds("2026-11-20", "Europe/Berlin")).toEqual({
      from: "2026-11-19T23:00:00.000Z",
      to: "2026-11-20T23:00:00.000Z",
    });
    // The spring-forward day in Berlin has 23 hours.
    const { from, to } = dayBounds("2026-03-29", "Europe/Berlin");
    expect(Date.parse(to) - Date.parse(from)).toBe(23 * 3600_000);
    expect(localNoon("2026-07-01", "America/New_York")).toBe("2026-07-01T16:00:00.000Z");
  });

  it("every instant lies inside the bounds of its own local day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...ZONES),
        (t, zone) => {
          const day = localDay(new Date(t), zone);
          const { from, to } = dayBounds(day, zone);
          expect(Date.parse(from)).toBeLessThanOrEqual(t);
          expect(t).toBeLessThan(Date.parse(to));
        },
      ),
    );
  });
});

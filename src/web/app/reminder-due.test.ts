import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LATE_MINUTES, localDay, reminderDue } from "./reminder-due.js";

const at = (h: number, m: number) => new Date(2026, 11, 4, h, m);

describe("reminderDue", () => {
  it("is due from the chosen time for a few hours, once a day", () => {
    expect(reminderDue(at(6, 59), "07:00", undefined)).toBe(false);
    expect(reminderDue(at(7, 0), "07:00", undefined)).toBe(true);
    expect(reminderDue(at(12, 30), "07:00", "2026-12-03")).toBe(true);
    expect(reminderDue(at(7, 0), "07:00", "2026-12-04")).toBe(false);
    expect(reminderDue(at(13, 1), "07:00", undefined)).toBe(false);
  });

  it("never reminds for a time that is not HH:MM", () => {
    expect(reminderDue(at(7, 0), "7am", undefined)).toBe(false);
  });

  it("holds for any time of day: due exactly within the window after it, never twice a day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 1439 }),
        (set, nowMin) => {
          const hhmm = `${String(Math.floor(set / 60)).padStart(2, "0")}:${String(set % 60).padStart(2, "0")}`;
          const now = at(Math.floor(nowMin / 60), nowMin % 60);
          const since = nowMin - set;
          expect(reminderDue(now, hhmm, undefined)).toBe(since >= 0 && since <= LATE_MINUTES);
          expect(reminderDue(now, hhmm, localDay(now))).toBe(false);
        },
      ),
    );
  });
});

describe("localDay", () => {
  it("is the device's calendar day", () => {
    expect(localDay(at(23, 59))).toBe("2026-12-04");
    expect(localDay(new Date(2027, 0, 1, 0, 0))).toBe("2027-01-01");
  });
});

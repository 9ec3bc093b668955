import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { CalendarDay, Instant, StoredInstant } from "./fields.js";
import { parseInput } from "./parse.js";

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("calendar days and instants", () => {
  it("refuses a day that does not exist, naming the field, instead of throwing", () => {
    for (const day of ["2026-13-01", "2026-12-32", "2026-02-29", "2026-00-01"])
      expect(problem(() => parseInput(CalendarDay, day, "date"))).toBe(
        `date: must be a calendar day YYYY-MM-DD, got "${day}"`,
      );
    expect(parseInput(CalendarDay, "2024-02-29", "date")).toBe("2024-02-29");
  });

  it("refuses an instant on a day that does not exist rather than rolling it over", () => {
    for (const schema of [Instant, StoredInstant]) {
      expect(problem(() => parseInput(schema, "2026-02-30T10:00:00Z", "startedAt"))).toBe(
        'startedAt: must be a date-time on a day that exists (2026-02-30 does not), got "2026-02-30T10:00:00Z"',
      );
      expect(problem(() => parseInput(schema, "2026-13-01T10:00:00Z", "startedAt"))).toMatch(
        /^startedAt: must be a date-time on a day that exists \(2026-13-01 does not\)/,
      );
      for (const v of ["2026-03-01T24:00:00Z", "2026-03-01T10:60:00Z", "2026-03-01T10:00:00+25:00"])
        expect(problem(() => parseInput(schema, v, "startedAt"))).toMatch(
          /^startedAt: must be an ISO 8601 date-time with a zone/,
        );
    }
    expect(parseInput(Instant, "2024-02-29T23:30:00-01:00", "startedAt")).toBe(
      "2024-03-01T00:30:00.000Z",
    );
    expect(parseInput(StoredInstant, "2026-11-20T07:30:00.123Z", "createdAt")).toBe(
      "2026-11-20T07:30:00.123Z",
    );
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import {
  formatClock,
  formatDistance,
  formatDay,
  formatDuration,
  formatLength,
  setRunnerTimeZone,
  lengthFromDisplay,
  lengthToDisplay,
  distanceFromDisplay,
  distanceToDisplay,
} from "./units.js";
import { parseRoute } from "./router.js";

describe("units", () => {
  afterEach(() => {
    vi.useRealTimers();
    setRunnerTimeZone(undefined);
  });

  it("gives a day its year only when it is more than about six months from the runner's today", () => {
    setRunnerTimeZone("Pacific/Auckland");
    // 11:00 UTC on 4 Dec is already 5 Dec in Auckland.
    vi.useFakeTimers({ now: new Date("2026-12-04T11:00:00Z"), toFake: ["Date"] });
    expect(formatDay("2026-11-22")).toBe("Sun 22 Nov");
    // 180 days before 5 Dec is 8 Jun; read from 4 Dec (UTC's day), 7 Jun would need no year.
    expect(formatDay("2026-06-08")).toBe("Mon 8 Jun");
    expect(formatDay("2026-06-07")).toBe("Sun 7 Jun 2026");
    expect(formatDay("2024-11-22")).toBe("Fri 22 Nov 2024");
  });

  it("shows every figure with its unit in both systems", () => {
    expect(formatDistance(21097.5, "metric")).toBe("21.1 km");
    expect(formatDistance(21097.5, "imperial")).toBe("13.1 mi");
    expect(formatLength(10, "metric")).toBe("10.0 cm");
    expect(formatLength(10, "imperial")).toBe("3.9 in");
    expect(formatClock(75)).toBe("1:15");
    expect(formatClock(-3)).toBe("0:00");
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(78)).toBe("1 min 18 s");
    expect(formatDuration(600)).toBe("10 min");
  });

  it("converts display values back to stored metric values", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.constantFrom("metric" as const, "imperial" as const),
        (v, u) => {
          expect(lengthFromDisplay(lengthToDisplay(v, u), u)).toBeCloseTo(v, 6);
          expect(distanceFromDisplay(distanceToDisplay(v, u), u)).toBeCloseTo(v, 6);
        },
      ),
    );
  });

  it("routes unknown hashes to Today", () => {
    expect(parseRoute("#/runs")).toBe("runs");
    expect(parseRoute("#/nope")).toBe("today");
    expect(parseRoute("")).toBe("today");
    expect(parseRoute("#/player?x=1")).toBe("player");
  });
});

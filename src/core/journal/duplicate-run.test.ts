import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { duplicateStartWindow, isSameActivity } from "./duplicate-run.js";

const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 7) + s * 1000).toISOString();

describe("the duplicate-run rule", () => {
  it("matches starts within 60 s and distances within 3 %, of the same sport only", () => {
    const run = { sport: "run", startTime: at(0), distanceMeters: 10_000 };
    expect(isSameActivity(run, { ...run, startTime: at(60), distanceMeters: 10_300 })).toBe(true);
    expect(isSameActivity(run, { ...run, startTime: at(61) })).toBe(false);
    expect(isSameActivity(run, { ...run, distanceMeters: 10_400 })).toBe(false);
    expect(isSameActivity(run, { ...run, sport: "cycling" })).toBe(false);
    expect(isSameActivity(run, { ...run, distanceMeters: undefined })).toBe(false);
    expect(
      isSameActivity({ ...run, distanceMeters: null }, { ...run, distanceMeters: undefined }),
    ).toBe(true);
  });

  it("is symmetric, and every match starts inside the window the store searches", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -120, max: 120 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (dt, d1, d2) => {
          const a = { sport: "run", startTime: at(0), distanceMeters: d1 };
          const b = { sport: "run", startTime: at(dt), distanceMeters: d2 };
          expect(isSameActivity(a, b)).toBe(isSameActivity(b, a));
          if (isSameActivity(a, b)) {
            const w = duplicateStartWindow(a.startTime);
            expect(b.startTime >= w.from && b.startTime <= w.to).toBe(true);
          }
        },
      ),
    );
  });
});

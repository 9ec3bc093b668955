import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { RoutineItem } from "../../core/routine/types.js";
import { breathPattern, momentAt } from "./timeline.js";

const item = (over: Partial<RoutineItem>): RoutineItem => ({
  id: "x",
  name: "X",
  phase: "stretch",
  regions: ["calves"],
  equipment: [],
  seconds: 60,
  sides: 1,
  cues: [],
  reasons: [],
  ...over,
});

describe("momentAt", () => {
  it("switches to the second side at half time on two-sided items", () => {
    const it2 = item({ seconds: 60, sides: 2 });
    expect(momentAt(it2, 29.9).side).toBe(0);
    expect(momentAt(it2, 30).side).toBe(1);
    expect(momentAt(it2, 45).sideRemaining).toBeCloseTo(15);
  });

  it("counts reps per side and holds within a side", () => {
    const reps = momentAt(item({ seconds: 40, sides: 2, reps: 10 }), 21);
    expect(reps.rep).toEqual({ current: 1, of: 10 });
    const holds = momentAt(item({ seconds: 120, sides: 2, holdSeconds: 30 }), 40);
    expect(holds.hold).toMatchObject({ current: 2, of: 2 });
    expect(holds.hold?.remaining).toBeCloseTo(20);
  });

  it("paces box breathing 4-4-4-4 and diaphragmatic breathing 4 in, 6 out", () => {
    const box = item({ id: "box-breathing", phase: "breathing", seconds: 96 });
    expect(breathPattern(box).map((p) => p.seconds)).toEqual([4, 4, 4, 4]);
    expect(momentAt(box, 5).breath?.phase).toBe("Hold");
    expect(momentAt(box, 13).breath?.phase).toBe("Hold out");
    const belly = item({ id: "diaphragmatic-breathing", phase: "breathing", seconds: 120 });
    expect(momentAt(belly, 5).breath?.phase).toBe("Breathe out");
    expect(momentAt(belly, 10.5).breath?.phase).toBe("Breathe in");
  });

  it("never reports negative time, and is done exactly from the item's length on", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.constantFrom(1 as const, 2 as const),
        fc.double({ min: -10, max: 2000, noNaN: true }),
        (seconds, sides, t) => {
          const m = momentAt(item({ seconds, sides }), t);
          expect(m.remaining).toBeGreaterThanOrEqual(0);
          expect(m.sideRemaining).toBeGreaterThanOrEqual(0);
          expect(m.side).toBeLessThan(sides);
          expect(m.done).toBe(t >= seconds);
        },
      ),
    );
  });
});

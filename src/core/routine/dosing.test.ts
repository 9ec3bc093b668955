import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENTS, movementById } from "../catalog/index.js";
import { capacity, doseBounds, fitDoses, secondsOf, sidesOf, type Dosed } from "./dosing.js";

function dosed(id: string, weight = 1): Dosed {
  const m = movementById(id);
  if (!m) throw new Error(`missing ${id}`);
  const { value, min, max } = doseBounds(m);
  return { movement: m, sides: sidesOf(m, false), quantity: value, min, max, weight };
}

describe("doses", () => {
  it("given a per-side roll, when timed, then both sides count in the item's seconds", () => {
    const roll = dosed("foam-roll-calves");
    expect(roll.sides).toBe(2);
    expect(secondsOf(roll)).toBe(roll.quantity * 2);
    expect(sidesOf(roll.movement, true)).toBe(1);
  });

  it("given box breathing, when timed, then rounds times seconds per round", () => {
    const box = dosed("box-breathing");
    expect(secondsOf(box)).toBe(box.quantity * 16);
  });

  it("given items and any reachable target, when fitted, then the total lands within one unit and doses stay in bounds", () => {
    const pool = MOVEMENTS.filter((m) => m.phase !== "cardio").map((m) => m.id);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 2, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ids, where) => {
          const items = ids.map((id, i) => dosed(id, 1 + (i % 3)));
          const cap = capacity(items);
          const target = Math.round(cap.min + (cap.max - cap.min) * where);
          const total = fitDoses(items, target);
          expect(total).toBe(items.reduce((s, d) => s + secondsOf(d), 0));
          for (const d of items) {
            expect(d.quantity).toBeGreaterThanOrEqual(d.min);
            expect(d.quantity).toBeLessThanOrEqual(d.max);
          }
          expect(Math.abs(total - target)).toBeLessThanOrEqual(target * 0.05 + 16);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("given a heavier weight on one item, when time is added, then that item grows more (L11)", () => {
    const tight = dosed("static-calf-stretch", 4);
    const other = dosed("static-hamstring-stretch", 1);
    tight.quantity = tight.min;
    other.quantity = other.min;
    fitDoses([tight, other], secondsOf(tight) + secondsOf(other) + 20);
    expect(tight.quantity - tight.min).toBeGreaterThan(other.quantity - other.min);
  });
});

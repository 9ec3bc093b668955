import { describe, expect, it } from "vitest";
import { movementById } from "../catalog/index.js";
import type { Movement } from "../catalog/types.js";
import { MOVEMENTS } from "../catalog/index.js";
import { fitDoses, nearestStep, roundness, secondsOf, stepsOf, type Dosed } from "./dosing.js";
import { HOLD_STEPS, onGrid, toGrid } from "./grid.js";

function dosed(id: string, sides: 1 | 2, weight = 1): Dosed {
  const m = movementById(id) as Movement;
  const { steps, stepSeconds } = stepsOf(m, sides);
  return { movement: m, sides, steps, stepSeconds, at: 0, lo: 0, hi: steps.length - 1, weight };
}

describe("doses a coach would say", () => {
  it("given every movement and side count, when its steps are listed, then every step sits on the grid and holds are 20, 25, 30, 45 or 60 s", () => {
    for (const m of MOVEMENTS)
      for (const sides of [1, 2] as const) {
        const { steps, stepSeconds } = stepsOf(m, sides);
        expect(steps.length, m.id).toBeGreaterThan(0);
        for (const s of stepSeconds) expect(onGrid(s), `${m.id} ${s} s`).toBe(true);
        if (m.dose.kind === "hold") for (const h of steps) expect(HOLD_STEPS).toContain(h);
        for (let i = 1; i < stepSeconds.length; i++)
          expect(stepSeconds[i]!).toBeGreaterThan(stepSeconds[i - 1]!);
      }
  });

  it("given reps that cannot land on the grid exactly, when stepped, then each grid time gets the count a coach would say (12 reps, not 11; 8, not 7)", () => {
    // Hip hinges: 3-second reps, 8-12; neck half circles: 4-second reps, 5-8.
    expect(stepsOf(movementById("hip-hinges")!, 1)).toMatchObject({
      steps: [8, 10, 12],
      stepSeconds: [25, 30, 35],
    });
    expect(stepsOf(movementById("neck-half-circles")!, 1).steps).toEqual([5, 6, 8]);
    // Over the whole library, a count that is neither even nor a multiple of five is kept
    // only where no rounder count gives the same time.
    for (const m of MOVEMENTS) {
      if (m.dose.kind !== "reps") continue;
      for (const sides of [1, 2] as const) {
        const { steps, stepSeconds } = stepsOf(m, sides);
        const unit = m.dose.secondsPerRep * sides;
        steps.forEach((q, i) => {
          if (roundness(q) < 2) return;
          for (let r = m.dose.min; r <= m.dose.max; r++)
            if (roundness(r) < 2 && onGrid(stepSeconds[i]!) && toGrid(r * unit) === stepSeconds[i])
              expect.fail(
                `${m.id} x${sides}: ${q} reps where ${r} gives the same ${stepSeconds[i]} s`,
              );
        });
      }
    }
  });

  it("given odd times, when put on the grid, then steps of 5 s under a minute and 15 s above", () => {
    expect(toGrid(96)).toBe(90);
    expect(toGrid(164)).toBe(165);
    expect(toGrid(34)).toBe(35);
    expect(toGrid(58)).toBe(60);
    expect(onGrid(70)).toBe(false);
    expect(onGrid(75)).toBe(true);
  });

  it("given a figure-four on both sides, when stepped, then one hold of 30 or 45 s per side, or a second hold when time allows", () => {
    const d = dosed("figure-four", 2);
    expect(d.steps.slice(0, 2)).toEqual([30, 45]);
    expect(d.stepSeconds.slice(0, 2)).toEqual([60, 90]);
    expect(d.stepSeconds).toContain(120);
    expect(nearestStep(d.steps, 35)).toBe(0);
    expect(nearestStep(d.steps, 40)).toBe(1);
  });

  it("given items and a reachable target, when fitted, then the total comes within one step and doses stay in their steps", () => {
    const items = [dosed("foam-roll-calves", 2), dosed("figure-four", 2), dosed("cat-cow", 1)];
    const total = fitDoses(items, 300);
    expect(total).toBe(items.reduce((s, d) => s + secondsOf(d), 0));
    expect(Math.abs(total - 300)).toBeLessThanOrEqual(15);
    for (const d of items) expect(d.at).toBeLessThanOrEqual(d.hi);
  });

  it("given a heavier weight on one item, when time is added, then that item grows more (L11)", () => {
    const light = dosed("foam-roll-calves", 2, 1);
    const heavy = dosed("foam-roll-quads", 2, 4);
    fitDoses([light, heavy], 300);
    expect(secondsOf(heavy)).toBeGreaterThanOrEqual(secondsOf(light));
  });
});

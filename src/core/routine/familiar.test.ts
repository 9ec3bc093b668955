/**
 * S9: one new technique at a time. Given the techniques the runner has done
 * (familiarMovementIds, from the prescription past its baseline), the routine's movements
 * beyond the trial come from those, and a new one joins only where a rule needs what none of
 * them can give.
 */
import { describe, expect, it } from "vitest";
import type { RoutineContext } from "./types.js";
import { build, seeds, targets, work } from "./test-support/helpers.js";
import { MOVEMENTS } from "../catalog/index.js";

const DAYS: RoutineContext[] = [
  { run: "easy", minutes: 15, equipment: ["foam-roller", "massage-ball", "band"] },
  { run: "long", minutes: 20, equipment: ["foam-roller"] },
  { session: "mini", minutes: 8, equipment: [] },
  { session: "evening", minutes: 15, equipment: ["massage-ball"] },
];

/** What a runner met in a few routines of this kind of day: the techniques they have done. */
function doneBefore(ctx: RoutineContext): string[] {
  return [...new Set(seeds(4).flatMap((seed) => work(build(ctx, seed)).map((i) => i.id)))];
}

describe("S9: nothing else new beside the trial", () => {
  it("given the techniques done so far, when routines are built, then every other movement is one of them or the trial", () => {
    for (const day of DAYS) {
      const familiar = doneBefore(day);
      const trial = MOVEMENTS.find(
        (m) => m.phase === "mobility" && m.equipment.length === 0 && !familiar.includes(m.id),
      )!.id;
      let newBefore = 0;
      for (const seed of seeds(20).map((s) => s + 100)) {
        const r = build({ ...day, familiarMovementIds: familiar, trialMovementId: trial }, seed);
        for (const i of work(r)) expect([...familiar, trial]).toContain(i.id);
        // Without the list, the same days draw from the whole library.
        const open = build({ ...day, trialMovementId: trial }, seed);
        newBefore += work(open).filter((i) => !familiar.includes(i.id) && i.id !== trial).length;
      }
      expect(newBefore).toBeGreaterThan(0);
    }
  });

  it("given tight hamstrings and no hamstring technique done yet, when built, then a new one still works them (A2)", () => {
    const day: RoutineContext = { session: "evening", minutes: 15, tight: { hamstrings: 8 } };
    const familiar = doneBefore({ session: "evening", minutes: 15 }).filter(
      (id) => !MOVEMENTS.find((m) => m.id === id)!.regions.includes("hamstrings"),
    );
    for (const seed of seeds(5)) {
      const r = build({ ...day, familiarMovementIds: familiar }, seed);
      const hits = work(r).filter((i) => targets(i, "hamstrings"));
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((i) => i.reasons.includes("A2"))).toBe(true);
    }
  });
});

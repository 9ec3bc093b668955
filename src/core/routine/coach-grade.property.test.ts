/**
 * Coach-grade properties (fast-check) over generated contexts, the CLI's own (budgets given
 * or left to the defaults) and the journal's richer ones: legs first after runs, a sensible
 * session shape, safety neighbours, gentle range for recovering regions, pressure and depth
 * caps, S4 and T8, every cited rule backed by the routine, and doses a coach would say.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../catalog/index.js";
import { buildRoutine } from "./build.js";
import {
  audit,
  citedRulesBacked,
  doses,
  legsFirst,
  loadAndOrder,
  neighbours,
  recovering,
  sessionShape,
} from "./test-support/audit.js";
import { cliContext, journalContext, seedArb } from "./test-support/contexts.js";
import type { Routine, RoutineContext } from "./types.js";

const RUNS = { numRuns: 250 };

type Check = (r: Routine, ctx: RoutineContext) => string[];

function holds(check: Check) {
  for (const arb of [cliContext, journalContext]) {
    fc.assert(
      fc.property(arb, seedArb, (ctx, seed) => {
        const r = buildRoutine(ctx, MOVEMENTS, seed);
        expect(check(r, ctx)).toEqual([]);
      }),
      RUNS,
    );
  }
}

describe("coach-grade routines", () => {
  it("1: after any run, lower-body work takes at least half of release, mobility and stretch time", () => {
    holds(legsFirst);
  });

  it("2: never more than 16 movements, about one per 2-3 minutes beyond the first few, no region released twice, a shorter routine says so", () => {
    holds(sessionShape);
  });

  it("3: a sharp or swelling flag rests the region and its neighbours, each with X2; before a run, no impact and running not advised", () => {
    holds(neighbours);
  });

  it("3: a region back from a resolved flag gets gentle range and light pressure only", () => {
    holds(recovering);
  });

  it("4: tightest first, pressure no firmer than moderate when it must be, no deep end range after hard efforts, mobility after release (S4), T8 in order", () => {
    holds(loadAndOrder);
  });

  it("4: S4 holds when flags and avoided regions leave the day no post-run mobility (found by the property above)", () => {
    const ctx: RoutineContext = {
      session: "post-run",
      equipment: [],
      tight: {},
      avoid: ["lower-back", "ankles"],
      pain: [
        { region: "shoulders", kind: "sharp" },
        { region: "hips", kind: "sharp" },
      ],
    };
    const r = buildRoutine(ctx, MOVEMENTS, 305608626);
    expect(r.totalSeconds).toBeGreaterThanOrEqual(600);
    expect(r.items.some((i) => i.phase === "mobility")).toBe(true);
    expect(loadAndOrder(r, ctx)).toEqual([]);
  });

  it("4: S4 holds when a sharp calf leaves only one mobility movement, and it opens the work (found by the property above)", () => {
    const ctx: RoutineContext = {
      run: "tempo",
      equipment: [],
      tight: { "ankles-left": 8, "hips-left": 8, "shoulders-right": 3 },
      avoid: ["lower-back", "shoulders"],
      pain: [{ region: "calves", kind: "sharp" }],
      newToRolling: false,
    };
    const r = buildRoutine(ctx, MOVEMENTS, 1400737639);
    expect(r.items.some((i) => i.phase === "mobility")).toBe(true);
    expect(loadAndOrder(r, ctx)).toEqual([]);
    expect(audit(r, ctx)).toEqual([]);
  });

  it("5: every cited rule is backed by something in the routine", () => {
    holds(citedRulesBacked);
  });

  it("6: doses on the coach's grid, cues that agree with the pressure, cautions carried, no region listed twice", () => {
    holds((r) => doses(r));
  });

  it("honours the journal's lists: avoided movements left out, the habit cap, lowered doses", () => {
    fc.assert(
      fc.property(journalContext, seedArb, (ctx, seed) => {
        const r = buildRoutine(ctx, MOVEMENTS, seed);
        const avoid = new Set(ctx.avoidMovementIds ?? []);
        for (const i of r.items) expect(avoid.has(i.id), i.id).toBe(false);
        if (ctx.maxMovements !== undefined) {
          const counted = r.items.filter((i, k) => !(k === 0 && i.reasons.includes("T1")));
          expect(counted.length).toBeLessThanOrEqual(Math.max(ctx.maxMovements, 2));
        }
        const lower = new Set(ctx.lowerDoseMovementIds ?? []);
        for (const i of r.items)
          if (lower.has(i.id) && i.phase !== "transition") expect(i.reasons, i.id).toContain("X5");
      }),
      RUNS,
    );
  });
});

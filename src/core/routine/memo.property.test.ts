/**
 * What the engine keeps between routines (priorities per combination, draw scores per kind of
 * day) saves work and never changes an answer: each kept value equals the one worked out
 * afresh, and a routine built from kept scores equals one built from scores of its own.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../catalog/index.js";
import { buildRoutine } from "./build.js";
import { computePriorities, priorities } from "./priorities.js";
import { resolveProfile } from "./profile.js";
import { anyContext, seedArb } from "./test-support/contexts.js";
import type { RoutineContext } from "./types.js";

/** The ratings in another order, with a value that is not a number added: skipped either way. */
function reordered(ctx: RoutineContext): RoutineContext {
  const entries = Object.entries(ctx.tight ?? {}).reverse();
  return { ...ctx, tight: Object.fromEntries([...entries, ["feet", "7"]]) } as RoutineContext;
}

describe("kept between routines", () => {
  it("priorities equal a fresh computation, whatever was asked before", () => {
    fc.assert(
      fc.property(anyContext, anyContext, (ctx, other) => {
        for (const c of [ctx, other, reordered(ctx), ctx]) {
          const profile = resolveProfile(c);
          expect(priorities(c, profile)).toEqual(computePriorities(c, profile));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a kind of day's draw scores give the routine that scores of its own give", () => {
    fc.assert(
      fc.property(anyContext, seedArb, (ctx, seed) => {
        const kept = JSON.stringify(buildRoutine(ctx, MOVEMENTS, seed));
        // A recent movement the library does not hold changes no weight, but it keeps the
        // draw from the shared scores: these are worked out for this routine alone.
        const recentMovementIds = [...(ctx.recentMovementIds ?? []), "no-such-movement"];
        const own = JSON.stringify(buildRoutine({ ...ctx, recentMovementIds }, MOVEMENTS, seed));
        expect(kept).toBe(own);
      }),
      { numRuns: 300 },
    );
  });
});

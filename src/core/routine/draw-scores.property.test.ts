/**
 * The draw keeps per-routine scores and per-movement facts between calls (selection.ts), to
 * save work, never to change an answer: a routine is the same whether it is built first, right
 * after another routine, or again after many others.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../catalog/index.js";
import { buildRoutine } from "./build.js";
import { anyContext, seedArb } from "./test-support/contexts.js";

describe("draw scores kept between routines", () => {
  it("change no routine: the same context and seed give the same routine around any other", () => {
    fc.assert(
      fc.property(anyContext, seedArb, anyContext, seedArb, (ctx, seed, other, otherSeed) => {
        const alone = JSON.stringify(buildRoutine(ctx, MOVEMENTS, seed));
        buildRoutine(other, MOVEMENTS, otherSeed);
        expect(JSON.stringify(buildRoutine(ctx, MOVEMENTS, seed))).toBe(alone);
        // And the other routine is not changed by the first one's scores either.
        const again = JSON.stringify(buildRoutine(other, MOVEMENTS, otherSeed));
        buildRoutine(ctx, MOVEMENTS, seed);
        expect(JSON.stringify(buildRoutine(other, MOVEMENTS, otherSeed))).toBe(again);
      }),
      { numRuns: 200 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectSentence, NO_EFFECT_POINTS, sessionsToSettle } from "./techniques.js";
import type { Effect } from "./types.js";

describe("sessionsToSettle: what more data would settle an estimate", () => {
  it("counts the sessions to a claim, to 'no clear effect', or many for an effect near half a point", () => {
    expect(sessionsToSettle({ mean: -0.8, sd: 0.35, rowsWith: 16, stiffness: true }, 3)).toBe(12);
    expect(sessionsToSettle({ mean: 0.1, sd: 0.3, rowsWith: 20, stiffness: true }, 3)).toBe(24);
    expect(sessionsToSettle({ mean: 0.5, sd: 0.3, rowsWith: 20, stiffness: true }, 3)).toBe(45);
    // A range-of-motion estimate has no "no clear effect" bar: only the claim's.
    expect(sessionsToSettle({ mean: 0.1, sd: 0.3, rowsWith: 20, stiffness: false }, 3)).toBe(
      20 * 80,
    );
  });

  it("after that many more sessions the estimate, where it is, reaches one of the two bars (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 2, max: 4, noNaN: true }),
        (mean, sd, rowsWith, bar) => {
          fc.pre(Math.abs(mean) > 0.01);
          const more = sessionsToSettle({ mean, sd, rowsWith, stiffness: true }, bar);
          expect(more).toBeGreaterThanOrEqual(1);
          const after = sd * Math.sqrt(rowsWith / (rowsWith + more));
          const claim = Math.abs(mean) / after >= bar - 1e-9;
          const none = Math.abs(mean) + 1.96 * after <= NO_EFFECT_POINTS + 1e-9;
          expect(claim || none).toBe(true);
          // ... and not long before: one session fewer would not (unless one is all it takes).
          if (more > 1) {
            const before = sd * Math.sqrt(rowsWith / (rowsWith + more - 1));
            expect(
              Math.abs(mean) / before >= bar + 1e-9 ||
                Math.abs(mean) + 1.96 * before <= NO_EFFECT_POINTS - 1e-9,
            ).toBe(false);
          }
        },
      ),
    );
  });
});

describe("effectSentence: an effect in the runner's words", () => {
  const effect = (over: Partial<Effect>): Effect => ({
    source: "stiffness",
    measure: "stiffness change during the session",
    unit: "points",
    better: "lower",
    estimate: -0.8,
    low: -1.6,
    high: 0.1,
    level: 0.997,
    n: 40,
    nWith: 18,
    ...over,
  });

  it("an estimate that rounds to nothing is about the same, never '0.0 points less stiff'", () => {
    for (const source of ["stiffness", "session", "next-morning"] as const) {
      const said = effectSentence(effect({ source, estimate: 0.04, region: "calves" }));
      expect(said, source).toMatch(/about as stiff/);
      expect(said, source).not.toMatch(/0\.0 points/);
    }
    const rom = effectSentence(
      effect({
        source: "rom",
        unit: "cm",
        better: "higher",
        test: "knee-to-wall",
        estimate: -0.03,
      }),
    );
    expect(rom).toMatch(
      /^Knee-to-wall moved about the same a week in weeks done daily as in weeks without it/,
    );
  });

  it("an estimate that does not round to nothing keeps its size and direction", () => {
    expect(effectSentence(effect({ estimate: -0.8 }))).toMatch(
      /^with it you were about 0\.8 points less stiff out of 10/,
    );
    expect(effectSentence(effect({ source: "session", estimate: 0.06 }))).toMatch(
      /^sessions with it left you about 0\.1 points stiffer \(out of 10\) than your other sessions/,
    );
  });
});

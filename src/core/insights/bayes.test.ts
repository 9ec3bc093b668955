import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benjaminiHochberg, holm } from "./bayes.js";

const pValues = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 });
const level = fc.double({ min: 0.001, max: 0.2, noNaN: true });

describe("claims across many tests", () => {
  it("Holm steps down: each claim passes alpha over the tests not yet claimed", () => {
    expect(holm([0.001, 0.03, 0.4], 0.05)).toEqual([true, false, false]);
    expect(holm([0.02, 0.001, 0.024], 0.05)).toEqual([true, true, true]);
    // It stops at the first p-value that fails, even if a later bar would be met.
    expect(holm([0.01, 0.018, 0.02, 0.9], 0.05)).toEqual([true, false, false, false]);
    expect(holm([], 0.05)).toEqual([]);
  });

  it("Benjamini-Hochberg steps up: the k-th smallest passes q k / m", () => {
    expect(benjaminiHochberg([0.001, 0.03, 0.4], 0.05)).toEqual([true, true, false]);
    expect(benjaminiHochberg([0.03, 0.04, 0.05], 0.05)).toEqual([true, true, true]);
  });

  it("Holm's claims are among Benjamini-Hochberg's at the same level, and are the smallest p-values", () => {
    fc.assert(
      fc.property(pValues, level, (ps, a) => {
        const h = holm(ps, a);
        const bh = benjaminiHochberg(ps, a);
        h.forEach((claimed, i) => {
          if (claimed) expect(bh[i]).toBe(true);
        });
        const largestClaimed = Math.max(-Infinity, ...ps.filter((_, i) => h[i]));
        ps.forEach((p, i) => {
          if (p < largestClaimed) expect(h[i]).toBe(true);
        });
      }),
    );
  });

  it("with nothing true, Holm claims anything in at most about alpha of the families", () => {
    // Uniform p-values (no true effect), ten tests a family, 4,000 families at 5%.
    let seed = 7;
    const uniform = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    let families = 0;
    for (let f = 0; f < 4000; f++)
      if (holm(Array.from({ length: 10 }, uniform), 0.05).some(Boolean)) families++;
    expect(families / 4000).toBeLessThan(0.06);
    expect(families / 4000).toBeGreaterThan(0.03);
  });
});

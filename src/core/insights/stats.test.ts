import { describe, expect, it } from "vitest";
import { coefficientInterval, ols, tCdf, tQuantile, welchInterval } from "./stats.js";
import { randomSource } from "./simulated-runner.js";

describe("stats", () => {
  it("t quantiles match the tables", () => {
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706, 2);
    expect(tQuantile(0.995, 30)).toBeCloseTo(2.75, 2);
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.96, 2);
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 10);
  });

  it("OLS recovers known coefficients and its 95% interval covers them about 95% of the time", () => {
    let covered = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const r = randomSource(seed);
      const X: number[][] = [];
      const y: number[] = [];
      for (let i = 0; i < 60; i++) {
        const a = r.uniform() < 0.5 ? 1 : 0;
        const b = r.normal();
        X.push([1, a, b]);
        y.push(2 - 0.7 * a + 0.3 * b + r.normal());
      }
      const fit = ols(X, y)!;
      const i = coefficientInterval(fit, 1, 0.95);
      if (i.low <= -0.7 && -0.7 <= i.high) covered++;
    }
    expect(covered / 200).toBeGreaterThan(0.9);
    expect(covered / 200).toBeLessThan(0.99);
  });

  it("OLS refuses collinear columns", () => {
    expect(
      ols(
        [
          [1, 2],
          [1, 2],
          [1, 2],
        ],
        [1, 2, 3],
      ),
    ).toBeUndefined();
  });

  it("Welch's interval is centred on the difference of means", () => {
    const i = welchInterval([7, 8, 8, 9], [5, 6, 5, 6], 0.95)!;
    expect(i.estimate).toBeCloseTo(2.5, 10);
    expect(i.low).toBeGreaterThan(0);
    expect(welchInterval([1], [2, 3], 0.95)).toBeUndefined();
  });
});

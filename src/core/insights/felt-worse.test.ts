import { describe, expect, it } from "vitest";
import { feltWorse } from "./felt-worse.js";
import { feltWorseAdvice } from "./felt-worse-advice.js";

describe("feltWorse (X5)", () => {
  it("flags a pain rise of any size and a stiffness rise of two or more", () => {
    const r = feltWorse(
      { pain: 0, stiffness: 5, soreness: 3 },
      { pain: 1, stiffness: 7, soreness: 4 },
    );
    expect(r.worse).toBe(true);
    expect(r.painRose).toBe(true);
    expect(r.rising.map((x) => x.rating)).toEqual(["stiffness", "pain"]);
  });
  it("does not flag improvements, one-point wobbles or skipped ratings", () => {
    expect(feltWorse({ stiffness: 6, soreness: 3 }, { stiffness: 4, soreness: 4 }).worse).toBe(
      false,
    );
    expect(feltWorse({ pain: 2 }, { stiffness: 9 }).worse).toBe(false);
    expect(feltWorse(undefined, { pain: 9 }).worse).toBe(false);
  });
});

describe("feltWorseAdvice (X5 in the log flow)", () => {
  const routine = {
    totalSeconds: 120,
    items: [
      {
        id: "foam-roll-calves",
        name: "Calves",
        phase: "release" as const,
        regions: ["calves-left" as const],
        equipment: [],
        seconds: 60,
        sides: 1 as const,
        cues: [],
        reasons: [],
      },
      {
        id: "cat-cow",
        name: "Cat-cow",
        phase: "mobility" as const,
        regions: ["thoracic" as const],
        equipment: [],
        seconds: 60,
        sides: 1 as const,
        cues: [],
        reasons: [],
      },
    ],
    warnings: [],
    reasons: [],
  };
  it("names the rise and the regions of the items done, and suggests a pain flag", () => {
    const a = feltWorseAdvice({
      routine,
      items: [
        { id: "foam-roll-calves", status: "done" },
        { id: "cat-cow", status: "skipped" },
      ],
      before: { pain: 0, stiffness: 5 },
      after: { pain: 8, stiffness: 4 },
    })!;
    expect(a.worse).toBe(true);
    expect(a.regions).toEqual(["calves"]);
    expect(a.message).toMatch(/pain 0 -> 8/);
    expect(a.message).toMatch(/flag it/);
  });
  it("says nothing when the session left the runner no worse", () => {
    expect(
      feltWorseAdvice({ routine, items: [], before: { stiffness: 5 }, after: { stiffness: 4 } }),
    ).toBeUndefined();
  });
});

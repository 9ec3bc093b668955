import { describe, expect, it } from "vitest";
import { createRng } from "./rng.js";
import { stationRank } from "./ordering.js";
import { followUpFor } from "./follow-up.js";
import { resolveProfile } from "./profile.js";

describe("T3 station rank", () => {
  it("given an item tagged hips and shoulders, when ranked, then it counts as hips", () => {
    expect(stationRank(["shoulders", "hips"])).toBe(1);
    expect(stationRank(["thoracic", "lower-back"])).toBe(2);
    expect(stationRank(["hips-left", "thoracic"])).toBe(1);
  });

  it("given no literal station, when ranked, then the region's station decides (calves with ankles)", () => {
    expect(stationRank(["calves"])).toBe(0);
    expect(stationRank(["glutes", "hamstrings"])).toBe(1);
    expect(stationRank(["neck"])).toBe(3);
  });
});

describe("seeded choice", () => {
  it("given the same seed, when drawing, then the same sequence comes out; zero weights are never drawn", () => {
    const a = createRng(7);
    const b = createRng(7);
    const xs = Array.from({ length: 50 }, () => a.weighted([1, 0, 2, 3]));
    expect(xs).toEqual(Array.from({ length: 50 }, () => b.weighted([1, 0, 2, 3])));
    expect(xs).not.toContain(1);
    expect(new Set(xs).size).toBeGreaterThan(1);
    expect(createRng(1).weighted([0, 0])).toBe(-1);
  });
});

describe("follow-up", () => {
  it("T2: given a post-run budget below the guide's range, when planned, then the rest follows later today", () => {
    const f = followUpFor(resolveProfile({ run: "hills", minutes: 10 }));
    expect(f.reasons).toEqual(["T2"]);
    expect(f.followUp?.minutes).toBe(10);
  });

  it("L6: given a long run with enough time, when planned, then an evening session follows without T2", () => {
    const f = followUpFor(resolveProfile({ run: "long", minutes: 18 }));
    expect(f.reasons).toEqual(["L6"]);
    expect(f.followUp?.session).toBe("evening");
  });

  it("given a mini session, when planned, then no follow-up", () => {
    expect(followUpFor(resolveProfile({ session: "mini", minutes: 3 })).followUp).toBeUndefined();
  });
});

describe("defaults", () => {
  it("given only a run, when resolved, then post-run with the guide's minutes and no kit", () => {
    expect(resolveProfile({ run: "easy" })).toMatchObject({
      session: "post-run",
      minutes: 6,
      equipment: [],
    });
    expect(resolveProfile({ run: "tempo" })).toMatchObject({
      session: "post-run",
      minutes: 15,
      pressureCap: "light",
    });
    expect(resolveProfile({ run: "long" })).toMatchObject({ minutes: 18, pressureCap: "moderate" });
    expect(resolveProfile({})).toMatchObject({ session: "mini", minutes: 6, pressureCap: "firm" });
    expect(resolveProfile({ workout: "strength" })).toMatchObject({
      session: "pre-run",
      minutes: 8,
    });
  });
});

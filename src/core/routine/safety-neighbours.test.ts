import { describe, expect, it } from "vitest";
import { REGIONS } from "../vocabulary.js";
import { neighboursOf, SAFETY_NEIGHBOURS } from "./neighbours.js";
import { build, targets, work } from "./test-support/helpers.js";

describe("safety neighbours (X2)", () => {
  it("given the table, when read, then it holds the design's pairs and every region of the vocabulary", () => {
    expect(neighboursOf("hips")).toEqual(["hip-flexors", "glutes", "adductors"]);
    expect(neighboursOf("ankles")).toEqual(["calves", "feet", "shins"]);
    expect(neighboursOf("calves")).toEqual(["ankles", "feet", "shins"]);
    expect(neighboursOf("hamstrings")).toEqual([]);
    expect(Object.keys(SAFETY_NEIGHBOURS).sort()).toEqual([...REGIONS].sort());
  });

  it("given sharp hips with a roller, when built, then no hip flexor, glute or adductor work, each with its X2 warning", () => {
    const r = build({
      run: "easy",
      minutes: 15,
      equipment: ["foam-roller"],
      pain: [{ region: "hips", kind: "sharp" }],
    });
    for (const region of ["hips", "hip-flexors", "glutes", "adductors"]) {
      expect(
        work(r)
          .filter((i) => targets(i, region))
          .map((i) => i.id),
        region,
      ).toEqual([]);
      expect(
        r.warnings.some((w) => w.code === "X2" && w.region === region),
        region,
      ).toBe(true);
    }
  });

  it("given sharp ankles, when built, then calves, soles and shins are left alone", () => {
    const r = build({
      run: "long",
      minutes: 20,
      equipment: ["foam-roller", "massage-ball"],
      pain: [{ region: "ankles", kind: "sharp" }],
    });
    for (const region of ["ankles", "calves", "feet", "shins"])
      expect(
        work(r)
          .filter((i) => targets(i, region))
          .map((i) => i.id),
        region,
      ).toEqual([]);
  });

  it("given swelling on the left calf, when built, then only the left side's neighbours rest", () => {
    const r = build({
      run: "easy",
      minutes: 12,
      pain: [{ region: "calves-left", kind: "swelling" }],
    });
    expect(r.warnings.some((w) => w.region === "ankles-left")).toBe(true);
    expect(r.warnings.some((w) => w.region === "ankles")).toBe(false);
  });

  it("given a niggle, when built, then the neighbours are not rested (X3 leaves only the region out)", () => {
    const r = build({ run: "easy", minutes: 12, pain: [{ region: "calves", kind: "niggle" }] });
    expect(r.warnings.filter((w) => w.code === "X2")).toEqual([]);
  });

  it("given a sharp calf before a run, when built, then running is not advised and nothing hops, bounces or marches", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = build({ session: "pre-run", pain: [{ region: "calves", kind: "sharp" }] }, seed);
      expect(r.warnings.some((w) => w.code === "X2" && /not advised/.test(w.message))).toBe(true);
      expect(r.items.map((i) => i.id)).not.toContain("high-knee-walk");
      expect(r.items.map((i) => i.id)).not.toContain("light-marching");
      expect(r.items.map((i) => i.id)).not.toContain("gentle-ankle-bounces");
    }
  });

  it("given a hamstring resolved this week, when built, then its items are gentle, light and at their smallest dose (X3)", () => {
    const r = build({
      run: "easy",
      minutes: 15,
      equipment: ["foam-roller"],
      recoveringRegions: ["hamstrings"],
      tight: { hamstrings: 7 },
    });
    const ham = work(r).filter((i) => targets(i, "hamstrings"));
    expect(ham.length).toBeGreaterThan(0);
    for (const i of ham) {
      expect(i.reasons).toContain("X3");
      if (i.pressure) expect(i.pressure).toBe("light");
    }
    expect(r.warnings.some((w) => w.code === "X3" && w.region === "hamstrings")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { build, seeds, targets, work } from "./test-support/helpers.js";
import { movementCap, MAX_MOVEMENTS } from "./shape.js";

describe("session shapes", () => {
  it("given budgets from 1 to 120 minutes, when capped, then about one movement a minute for the first few, one per 2.5 minutes after, never over 16", () => {
    expect(movementCap(6)).toBe(7);
    expect(movementCap(10)).toBe(9);
    expect(movementCap(20)).toBe(13);
    for (let m = 1; m <= 120; m++) expect(movementCap(m)).toBeLessThanOrEqual(MAX_MOVEMENTS);
  });

  it("given an easy run and 60 minutes with a roller, when built, then a sensible longer session, a warning and note that say so, and the rest proposed for later", () => {
    const r = build({ run: "easy", minutes: 60, equipment: ["foam-roller"] }, 1);
    expect(r.items.length).toBeLessThanOrEqual(16);
    expect(r.totalSeconds).toBeLessThan(60 * 60 * 0.9);
    expect(r.warnings.some((w) => /shorter than the 60 minutes you gave/.test(w.message))).toBe(
      true,
    );
    expect(r.notes?.length).toBeGreaterThan(0);
    expect(r.followUp).toBeDefined();
  });

  it("given a long run, 60 minutes and all the kit, when built, then mobility follows the rolling and no region is rolled twice", () => {
    for (const seed of seeds(5)) {
      const r = build(
        { run: "long", minutes: 60, equipment: ["foam-roller", "massage-ball", "band"] },
        seed,
      );
      expect(r.items.some((i) => i.phase === "mobility")).toBe(true);
      const released = r.items.filter((i) => i.phase === "release").flatMap((i) => i.regions);
      expect(new Set(released).size).toBe(released.length);
    }
  });

  it("given a 10-minute mini session whose movements all reach their fullest dose, when built, then the short routine says the count ended it, not that there was no more work", () => {
    let short = 0;
    for (const seed of seeds(40)) {
      const r = build({ session: "mini", minutes: 10 }, seed);
      const said = r.warnings.find((w) => /shorter than the 10 minutes/.test(w.message));
      if (!said) continue;
      short++;
      expect(r.items).toHaveLength(movementCap(10));
      expect(said.code).toBe("T7");
      expect(said.message).toMatch(
        /: its 9 movements are as many as a session this long takes, each at its fullest dose\./,
      );
      expect(said.message).not.toMatch(/no more useful work/);
    }
    // Most such sessions: the case is the common one, not a corner.
    expect(short).toBeGreaterThan(5);
  });

  it("given a sharp flag that leaves little to do, when built, then the short routine still says the flagged regions are what left no more work", () => {
    const r = build(
      {
        session: "mini",
        minutes: 10,
        pain: [
          { region: "calves", kind: "sharp" },
          { region: "hamstrings", kind: "sharp" },
          { region: "thoracic", kind: "sharp" },
          { region: "hips", kind: "sharp" },
        ],
      },
      1,
    );
    const said = r.warnings.find((w) => /shorter than the 10 minutes/.test(w.message));
    expect(said?.code).toBe("X2");
    expect(said?.message).toMatch(
      /with the flagged regions left alone there is no more useful work/,
    );
  });

  it("given a mini session and 40 minutes, when built, then it stays a mini session and says so (T3)", () => {
    const r = build({ session: "mini", minutes: 40 }, 1);
    expect(r.totalSeconds).toBeLessThanOrEqual(12 * 60 * 1.05);
    expect(r.warnings.some((w) => w.code === "T3")).toBe(true);
  });

  it("given an easy run and no kit, when built on any seed, then the legs get release with the hands, not only the neck", () => {
    for (const seed of seeds(10)) {
      const r = build({ run: "easy" }, seed);
      const release = r.items.filter((i) => i.phase === "release");
      for (const i of release) expect(i.regions.some((x) => x.startsWith("neck"))).toBe(false);
    }
  });

  it("given four minutes after a run, a tight foot and a ball, when built, then the walk and a foot release whose smallest dose fits: the four minutes hold", () => {
    // The ball's sole release needs 1 min 30 s a side at least; with the walk that is 5 min.
    for (const tight of [{ "feet-left": 4 }, { feet: 4 }] as const) {
      for (const seed of seeds(5)) {
        const r = build(
          { run: "easy", session: "post-run", minutes: 4, equipment: ["massage-ball"], tight },
          seed,
        );
        expect(r.totalSeconds).toBeLessThanOrEqual(4 * 60 * 1.1);
        expect(r.items[0]?.id).toBe("cool-down-walk");
        expect(work(r).some((i) => targets(i, "feet"))).toBe(true);
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { T8_SEQUENCE } from "../catalog/index.js";
import { parseRegionRef } from "../vocabulary.js";
import { LOWER_BODY } from "./selection.js";
import { build, seeds, work } from "./test-support/helpers.js";

/** Whether a region reference (with or without its side) is in the lower body. */
const lowerBody = (ref: string) => {
  const r = parseRegionRef(ref)?.region;
  return r !== undefined && LOWER_BODY.has(r);
};

describe("what the journal adds to the context", () => {
  it("S10: given a stable core set, when routines are built on many days, then the core movements are in every one and cite S10", () => {
    const core = ["ankle-rocks", "figure-four", "soleus-stretch"];
    for (const seed of seeds(8)) {
      const r = build({ run: "easy", minutes: 12, coreMovementIds: core }, seed);
      for (const id of core) {
        const item = r.items.find((i) => i.id === id);
        expect(item, `${id} seed ${seed}`).toBeDefined();
        expect(item?.reasons).toContain("S10");
      }
    }
  });

  it("S10: given recently used movements, when built, then variety only breaks ties: a core movement stays even when recent", () => {
    const r = build(
      {
        run: "easy",
        minutes: 12,
        coreMovementIds: ["ankle-rocks"],
        recentMovementIds: ["ankle-rocks"],
      },
      3,
    );
    expect(r.items.map((i) => i.id)).toContain("ankle-rocks");
  });

  it("H2: given a cap of two movements, when built, then the walk and at most two movements, and a note says why", () => {
    for (const seed of seeds(5)) {
      const r = build({ run: "easy", minutes: 10, maxMovements: 2 }, seed);
      expect(r.items.filter((i) => i.phase !== "transition").length).toBeLessThanOrEqual(2);
      expect(r.reasons).toContain("H2");
      // Said once among the notes (as the shape, or as why it is short of the time), and the
      // walk is not one of the two.
      expect(
        (r.notes ?? []).filter((n) => /2 movements besides the walk while the habit/.test(n)),
      ).toHaveLength(1);
    }
  });

  it("S10: given a cap that is the core set's (not a new runner's habit) and a routine it leaves at its time, when built, then it cites S10 and says why, never H2", () => {
    const r = build({ run: "long", minutes: 12, maxMovements: 4, maxMovementsRule: "S10" }, 3);
    expect(r.items.filter((i) => i.phase !== "transition").length).toBeLessThanOrEqual(4);
    expect(r.totalSeconds).toBeGreaterThanOrEqual(12 * 60 * 0.95);
    expect(r.reasons).toContain("S10");
    expect(r.reasons).not.toContain("H2");
    const said = [...(r.notes ?? []), ...r.warnings.map((w) => w.message)].join(" ");
    expect(said).toMatch(
      /4 movements besides the walk \(today's core set and a little more\), so each one's own effect shows/,
    );
    expect(said).not.toMatch(/habit/);
  });

  it("S10, S9: given the core set's cap and an evening it leaves well short, when built, then techniques the runner already does fill the time, nothing new, and the cap is neither cited nor said", () => {
    const familiar = [
      "figure-four",
      "cat-cow",
      "glute-bridge",
      "static-calf-stretch",
      "thread-the-needle",
      "hip-circles",
      "dead-bug",
    ];
    const context = { session: "evening", minutes: 20, maxMovements: 3 } as const;
    for (const seed of seeds(5)) {
      const held = build(
        { ...context, maxMovementsRule: "H2", familiarMovementIds: familiar },
        seed,
      );
      const r = build({ ...context, maxMovementsRule: "S10", familiarMovementIds: familiar }, seed);
      expect(held.totalSeconds, `seed ${seed}`).toBeLessThan(20 * 60 * 0.9);
      expect(r.totalSeconds, `seed ${seed}`).toBeGreaterThan(held.totalSeconds + 3 * 60);
      // Past the cap only known techniques join: the new ones are the ones the cap held.
      const newOnes = (x: typeof r) =>
        work(x).filter((i) => i.phase !== "breathing" && !familiar.includes(i.id));
      expect(newOnes(r).map((i) => i.id)).toEqual(newOnes(held).map((i) => i.id));
      expect(r.reasons).not.toContain("S10");
      const said = [...(r.notes ?? []), ...r.warnings.map((w) => w.message)].join(" ");
      expect(said).not.toMatch(/today's core set/);
      // The seven known ones do not fill twenty minutes, and the runner is told why.
      expect(said).toMatch(
        /new techniques come in one at a time, on trial, and every technique you already do that fits this session is in it/,
      );
      expect(r.reasons).toContain("S9");
    }
  });

  it("S10, S9: given the cap with a trial running and little else known, when built, then the routine says nothing new joins the trial", () => {
    const r = build(
      {
        session: "evening",
        minutes: 20,
        maxMovements: 3,
        maxMovementsRule: "S10",
        familiarMovementIds: ["figure-four", "cat-cow"],
        trialMovementId: "glute-bridge",
      },
      1,
    );
    expect(r.items.map((i) => i.id)).toEqual(
      expect.arrayContaining(["figure-four", "cat-cow", "glute-bridge"]),
    );
    expect(r.warnings.find((w) => w.code === "S9")?.message).toMatch(
      /^This routine is 9 min 45 s, shorter than the 20 minutes you gave: nothing new joins the trial, and every technique you already do/,
    );
  });

  it("H2, legs first: given a cap of one after a run and the upper back tightest, when built, then one movement of leg work, never only the walk and breathing", () => {
    // The legs' share dropped the thoracic item, the only one the cap allowed, and nothing
    // came in its place: the routine fell back to the walk and belly breathing.
    for (const seed of seeds(5)) {
      const r = build({ run: "easy", minutes: 10, maxMovements: 1, tight: { thoracic: 8 } }, seed);
      const moved = work(r).filter((i) => i.phase !== "breathing");
      expect(moved, `seed ${seed}`).toHaveLength(1);
      expect(moved[0]!.regions.some(lowerBody), moved[0]!.id).toBe(true);
      expect(r.totalSeconds).toBeLessThanOrEqual(10 * 60 * 1.1);
    }
  });

  it("X5: given a movement that left the runner feeling worse, when built, then another technique is used", () => {
    const base = build({ session: "evening", minutes: 10 }, 1);
    expect(base.items.map((i) => i.id)).toContain("figure-four");
    const r = build({ session: "evening", minutes: 10, avoidMovementIds: ["figure-four"] }, 1);
    expect(r.items.map((i) => i.id)).not.toContain("figure-four");
    expect(r.reasons).toContain("X5");
  });

  it("S10, P5: given a core technique resting today, when built, then another technique takes its place, and no X5 is cited", () => {
    const base = build({ session: "evening", minutes: 10 }, 1);
    expect(base.items.map((i) => i.id)).toContain("figure-four");
    const r = build({ session: "evening", minutes: 10, restingMovementIds: ["figure-four"] }, 1);
    expect(r.items.map((i) => i.id)).not.toContain("figure-four");
    expect(r.items.filter((i) => i.phase !== "transition").length).toBeGreaterThan(0);
    expect(r.reasons).not.toContain("X5");
  });

  it("X5: given a movement to lower, when built, then it comes at its smallest dose and cites X5", () => {
    const core = ["figure-four"];
    const normal = build({ run: "easy", minutes: 15, coreMovementIds: core }, 2);
    const lowered = build(
      { run: "easy", minutes: 15, coreMovementIds: core, lowerDoseMovementIds: core },
      2,
    );
    const a = normal.items.find((i) => i.id === "figure-four");
    const b = lowered.items.find((i) => i.id === "figure-four");
    expect(b?.reasons).toContain("X5");
    expect(b!.seconds).toBeLessThanOrEqual(a!.seconds);
    expect(b?.holdSeconds).toBe(30);
  });

  it("S9: given a technique on trial, when it fits the day, then it is in the routine and cites S9", () => {
    const r = build({ run: "easy", minutes: 12, trialMovementId: "crossed-leg-hip-sways" }, 1);
    const trial = r.items.find((i) => i.id === "crossed-leg-hip-sways");
    expect(trial?.reasons).toContain("S9");
    expect(r.reasons).toContain("S9");
  });

  it("T8: given a 10-minute post-run after an easy run, when built, then the walk and the ten movements in the guide's order", () => {
    const r = build({ run: "easy", minutes: 10 }, 1);
    expect(r.items[0]?.reasons).toContain("T1");
    expect(r.items.slice(1).map((i) => i.id)).toEqual([...T8_SEQUENCE]);
    expect(r.reasons).toContain("T8");
    // After a hard effort its deep lunge is left out, so the general builder takes over.
    expect(build({ run: "tempo", minutes: 10 }, 1).reasons).not.toContain("T8");
  });

  it("T5: given 6 minutes, no kit and hamstrings 9, quads 5, when built, then the hamstrings open the work and get more time", () => {
    const r = build(
      { run: "tempo", minutes: 6, equipment: [], tight: { "hamstrings-left": 9, quads: 5 } },
      55,
    );
    const first = work(r)[0];
    expect(first?.regions.some((x) => x.startsWith("hamstrings"))).toBe(true);
    const secondsOn = (region: string) =>
      work(r)
        .filter((i) => i.regions[0]?.startsWith(region))
        .reduce((s, i) => s + i.seconds, 0);
    expect(secondsOn("hamstrings")).toBeGreaterThanOrEqual(secondsOn("quads"));
  });

  it("L8: given the week plan's light cap for a lighter day, when built after an easy run, then every release is light and cites L8; a cap above the day's changes nothing", () => {
    const kit = { run: "easy" as const, minutes: 15, equipment: ["foam-roller" as const] };
    for (const seed of seeds(6)) {
      const plain = build(kit, seed);
      const releases = plain.items.filter((i) => i.phase === "release");
      expect(releases.length, `seed ${seed}`).toBeGreaterThan(0);
      expect(releases.some((i) => i.pressure !== "light")).toBe(true);
      const capped = build({ ...kit, pressureCap: { level: "light", rules: ["L8"] } }, seed);
      for (const item of capped.items.filter((i) => i.phase === "release")) {
        expect(item.pressure, `${item.id} seed ${seed}`).toBe("light");
        expect(item.reasons).toContain("L8");
      }
      // After a long run the day's own cap is already moderate (L2): a moderate cap from the
      // plan changes nothing and cites nothing.
      const long = { ...kit, run: "long" as const, minutes: 18 };
      const same = build({ ...long, pressureCap: { level: "moderate", rules: ["L9"] } }, seed);
      expect(same).toEqual(build(long, seed));
    }
  });
});

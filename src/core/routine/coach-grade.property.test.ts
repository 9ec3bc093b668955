/**
 * Coach-grade properties (fast-check) over generated contexts, the CLI's own (budgets given
 * or left to the defaults) and the journal's richer ones: legs first after runs, a sensible
 * session shape, safety neighbours, gentle range for recovering regions, pressure and depth
 * caps, S4 and T8, every cited rule backed by the routine, and doses a coach would say.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../catalog/index.js";
import { isWorkPhase } from "../vocabulary.js";
import { buildRoutine } from "./build.js";
import {
  audit,
  citedRulesBacked,
  doses,
  legsFirst,
  loadAndOrder,
  neighbours,
  recovering,
  sessionShape,
} from "./test-support/audit.js";
import { cliContext, journalContext, seedArb } from "./test-support/contexts.js";
import type { Routine, RoutineContext } from "./types.js";

const RUNS = { numRuns: 250 };

type Check = (r: Routine, ctx: RoutineContext) => string[];

function holds(check: Check) {
  for (const arb of [cliContext, journalContext]) {
    fc.assert(
      fc.property(arb, seedArb, (ctx, seed) => {
        const r = buildRoutine(ctx, MOVEMENTS, seed);
        expect(check(r, ctx)).toEqual([]);
      }),
      RUNS,
    );
  }
}

describe("coach-grade routines", () => {
  it("1: after any run, lower-body work takes at least half of release, mobility and stretch time", () => {
    holds(legsFirst);
  });

  it("1: when sharp flags and an avoided region leave no leg work, the tight upper body is worked instead (found by the property above)", () => {
    const ctx: RoutineContext = {
      run: "easy",
      session: "evening",
      minutes: 23,
      equipment: [],
      tight: { "thoracic-left": 4, shoulders: 4 },
      avoid: ["hamstrings"],
      pain: [
        { region: "hips", kind: "sharp" },
        { region: "calves", kind: "sharp" },
      ],
    };
    const r = buildRoutine(ctx, MOVEMENTS, 0);
    expect(r.items.some((i) => i.regions.some((x) => x.startsWith("thoracic")))).toBe(true);
    expect(legsFirst(r, ctx)).toEqual([]);
    expect(neighbours(r, ctx)).toEqual([]);
    // With a roller the thighs can still be worked (IT band, quads), so the share holds again.
    const rolled = { ...ctx, equipment: ["foam-roller" as const] };
    const withRoller = buildRoutine(rolled, MOVEMENTS, 0);
    expect(withRoller.items.some((i) => i.regions[0] === "it-band")).toBe(true);
    expect(legsFirst(withRoller, rolled)).toEqual([]);
  });

  it("2: never more than 16 movements, about one per 2-3 minutes beyond the first few, no region released twice, a shorter routine says so", () => {
    holds(sessionShape);
  });

  it("3: a sharp or swelling flag rests the region and its neighbours, each with X2; before a run, no impact and running not advised", () => {
    holds(neighbours);
  });

  it("3: a region back from a resolved flag gets gentle range and light pressure only", () => {
    holds(recovering);
  });

  it("4: tightest first, pressure no firmer than moderate when it must be, no deep end range after hard efforts, mobility after release (S4), T8 in order", () => {
    holds(loadAndOrder);
  });

  it("4: S4 holds when flags and avoided regions leave the day no post-run mobility (found by the property above)", () => {
    const ctx: RoutineContext = {
      session: "post-run",
      equipment: [],
      tight: {},
      avoid: ["lower-back", "ankles"],
      pain: [
        { region: "shoulders", kind: "sharp" },
        { region: "hips", kind: "sharp" },
      ],
    };
    const r = buildRoutine(ctx, MOVEMENTS, 305608626);
    expect(r.totalSeconds).toBeGreaterThanOrEqual(600);
    expect(r.items.some((i) => i.phase === "mobility")).toBe(true);
    expect(loadAndOrder(r, ctx)).toEqual([]);
  });

  it("4: S4 holds when a sharp calf leaves only one mobility movement, and it opens the work (found by the property above)", () => {
    const ctx: RoutineContext = {
      run: "tempo",
      equipment: [],
      tight: { "ankles-left": 8, "hips-left": 8, "shoulders-right": 3 },
      avoid: ["lower-back", "shoulders"],
      pain: [{ region: "calves", kind: "sharp" }],
      newToRolling: false,
    };
    const r = buildRoutine(ctx, MOVEMENTS, 1400737639);
    expect(r.items.some((i) => i.phase === "mobility")).toBe(true);
    expect(loadAndOrder(r, ctx)).toEqual([]);
    expect(audit(r, ctx)).toEqual([]);
  });

  it("5: every cited rule is backed by something in the routine", () => {
    holds(citedRulesBacked);
  });

  it("6: doses on the coach's grid, cues that agree with the pressure, cautions carried, no region listed twice", () => {
    holds((r) => doses(r));
  });

  it("4: a full habit cap makes room for S4's mobility after release, and says the cap made it short (found by the property above)", () => {
    const ctx: RoutineContext = {
      run: "long",
      minutes: 10,
      equipment: ["foam-roller"],
      maxMovements: 3,
      trialMovementId: "foam-roll-adductors",
    };
    const r = buildRoutine(ctx, MOVEMENTS, 0);
    expect(r.items.map((i) => i.id)).toContain("foam-roll-adductors");
    expect(loadAndOrder(r, ctx)).toEqual([]);
    expect(r.items.filter((i) => !i.reasons.includes("T1"))).toHaveLength(3);
    const short = r.warnings.find((w) => w.code === "H2");
    expect(short?.message).toMatch(/shorter than the 10 minutes you gave: it keeps to 3 movements/);
    expect(r.warnings.some((w) => /no more useful work/.test(w.message))).toBe(false);
  });

  it("4: a routine filled past the core set's cap still has S4's mobility after release, a new one where no known one can give it (found by the property above)", () => {
    const ctx: RoutineContext = {
      run: "hills",
      equipment: [],
      tight: { calves: 4 },
      familiarMovementIds: ["hand-massage-hamstrings"],
      coreMovementIds: [],
      maxMovements: 3,
      focusRegions: ["hip-flexors", "hamstrings"],
      trialMovementId: "kneeling-hip-flexor-stretch",
      maxMovementsRule: "S10",
    };
    const r = buildRoutine(ctx, MOVEMENTS, 1078153966);
    expect(loadAndOrder(r, ctx)).toEqual([]);
    expect(r.items.some((i) => i.phase === "mobility")).toBe(true);
  });

  it("4: when legs first bars the only mobility left (the upper body's), an upper-body stretch gives way to it (found by the property above)", () => {
    const ctx: RoutineContext = {
      run: "race",
      minutes: 20,
      equipment: ["massage-ball"],
      avoid: ["it-band", "adductors"],
      pain: [
        { region: "calves", kind: "sharp" },
        { region: "hamstrings", kind: "sharp" },
      ],
    };
    const r = buildRoutine(ctx, MOVEMENTS, 0);
    expect(r.items.some((i) => i.phase === "mobility")).toBe(true);
    expect(loadAndOrder(r, ctx)).toEqual([]);
    expect(legsFirst(r, ctx)).toEqual([]);
    expect(neighbours(r, ctx)).toEqual([]);
  });

  it("4: release then stretches is in order when the flags and avoided regions leave no mobility at all (found by the property above)", () => {
    const ctx: RoutineContext = {
      session: "post-run",
      minutes: 10,
      equipment: [],
      avoid: ["shoulders-left", "adductors"],
      pain: [
        { region: "thoracic", kind: "sharp" },
        { region: "calves", kind: "sharp" },
      ],
    };
    const r = buildRoutine(ctx, MOVEMENTS, 0);
    expect(r.items.some((i) => i.phase === "mobility")).toBe(false);
    const phases = r.items.map((i) => i.phase).filter((p) => p !== "breathing");
    expect(phases.lastIndexOf("release")).toBeLessThan(phases.indexOf("stretch"));
    expect(loadAndOrder(r, ctx)).toEqual([]);
    expect(neighbours(r, ctx)).toEqual([]);
  });

  it("4: when the only mobility opens the work for the tightest region and no slot is left, the release gives way (found by the property above)", () => {
    const ctx: RoutineContext = {
      session: "post-run",
      equipment: [],
      tight: { thoracic: 4, "shoulders-left": 4 },
      avoid: ["thoracic", "neck"],
      pain: [
        { region: "adductors", kind: "sharp" },
        { region: "calves", kind: "sharp" },
      ],
    };
    const r = buildRoutine(ctx, MOVEMENTS, 30354);
    expect(r.items[0]?.phase).toBe("mobility");
    expect(r.items.some((i) => i.phase === "release")).toBe(false);
    expect(loadAndOrder(r, ctx)).toEqual([]);
    expect(sessionShape(r, ctx)).toEqual([]);
  });

  it("1: a habit cap of two keeps the legs' release after a run even when the tightest region's mobility opens the work (found by the property above)", () => {
    const ctx: RoutineContext = {
      run: "easy",
      minutes: 13,
      equipment: [],
      tight: { "thoracic-left": 4 },
      coreMovementIds: [],
      maxMovements: 2,
      avoidMovementIds: ["floor-rock-upper-back"],
    };
    const r = buildRoutine(ctx, MOVEMENTS, 0);
    expect(
      r.items.some((i) => i.phase === "release" && i.regions.some((x) => x.startsWith("glutes"))),
    ).toBe(true);
    expect(legsFirst(r, ctx)).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain("H2");
  });

  it("4: under a full habit cap an activation gives way to S4's mobility when the releases are the tightest region's and the trial (found by the property above)", () => {
    const ctx: RoutineContext = {
      run: "easy",
      minutes: 12,
      equipment: ["massage-ball"],
      tight: { calves: 4 },
      maxMovements: 3,
      trialMovementId: "ball-outer-hip-side-lying",
    };
    const r = buildRoutine(ctx, MOVEMENTS, 0);
    expect(r.items.map((i) => i.id)).toContain("ball-outer-hip-side-lying");
    expect(r.items.some((i) => i.phase === "mobility")).toBe(true);
    expect(loadAndOrder(r, ctx)).toEqual([]);
    expect(legsFirst(r, ctx)).toEqual([]);
  });

  it("1, 4: nothing gives way to S4's mobility when the legs would lose their share after a run, and the tightest region still opens the work (found by the property above)", () => {
    const ctx: RoutineContext = {
      run: "easy",
      minutes: 20,
      equipment: [],
      tight: { "lower-back-left": 4 },
      avoid: ["adductors-left"],
      pain: [
        { region: "hips-right", kind: "sharp" },
        { region: "calves", kind: "sharp" },
      ],
      workout: "strength",
      emphasis: ["squat"],
      maxMovements: 3,
      lighten: {
        reason: "fatigue",
        rules: ["L9"],
        message: "Signs of fatigue: a lighter session today.",
      },
    };
    const r = buildRoutine(ctx, MOVEMENTS, 0);
    expect(r.items[0]?.regions.some((x) => x.startsWith("lower-back"))).toBe(true);
    expect(loadAndOrder(r, ctx)).toEqual([]);
    expect(legsFirst(r, ctx)).toEqual([]);
  });

  it("a warm-up of dynamic moves alone is work: no breathing added beyond the habit cap (found by the property below)", () => {
    const ctx: RoutineContext = {
      session: "pre-run",
      equipment: [],
      tight: {},
      maxMovements: 2,
      trialMovementId: "light-marching",
    };
    const r = buildRoutine(ctx, MOVEMENTS, 0);
    expect(r.items).toHaveLength(2);
    expect(r.items.some((i) => i.phase === "breathing")).toBe(false);
    expect(r.items.map((i) => i.id)).toContain("light-marching");
  });

  it("honours the journal's lists: avoided movements left out, the habit cap, lowered doses", () => {
    fc.assert(
      fc.property(journalContext, seedArb, (ctx, seed) => {
        const r = buildRoutine(ctx, MOVEMENTS, seed);
        const avoid = new Set(ctx.avoidMovementIds ?? []);
        for (const i of r.items) expect(avoid.has(i.id), i.id).toBe(false);
        if (ctx.maxMovements !== undefined) {
          const counted = r.items.filter((i, k) => !(k === 0 && i.reasons.includes("T1")));
          const cap = Math.max(ctx.maxMovements, 2);
          if (ctx.maxMovementsRule !== "S10" || counted.length <= cap)
            expect(counted.length).toBeLessThanOrEqual(cap);
          else {
            // S10's cap is lifted only where it left the routine short of its time (the same
            // routine under a cap that holds, H2's, is shorter), only with techniques the
            // runner already does (S9), and is then neither cited nor said.
            const held = buildRoutine({ ...ctx, maxMovementsRule: "H2" }, MOVEMENTS, seed);
            expect(r.totalSeconds).toBeGreaterThan(held.totalSeconds);
            const known = new Set([
              ...(ctx.familiarMovementIds ?? []),
              ...(ctx.coreMovementIds ?? []),
              ...(ctx.trialMovementId ? [ctx.trialMovementId] : []),
            ]);
            // Within the cap a new one may come where a rule needs what no known one gives;
            // past it, none.
            if ((ctx.familiarMovementIds ?? []).length > 0) {
              const unknown = r.items.filter((i) => isWorkPhase(i.phase) && !known.has(i.id));
              expect(unknown.length, unknown.map((i) => i.id).join()).toBeLessThanOrEqual(cap);
            }
            expect((r.notes ?? []).join(" ")).not.toMatch(/today's core set/);
          }
        }
        const lower = new Set(ctx.lowerDoseMovementIds ?? []);
        for (const i of r.items)
          if (lower.has(i.id) && i.phase !== "transition") expect(i.reasons, i.id).toContain("X5");
      }),
      RUNS,
    );
  });
});

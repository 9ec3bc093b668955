/**
 * Properties every routine keeps, over random valid contexts (fast-check): the budget holds
 * within 10 percent, kit never beyond what is owned, avoided and flagged regions never
 * worked, phase order, pressure caps, determinism, totals, reasons on every item.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../catalog/index.js";
import {
  EMPHASES,
  EQUIPMENT,
  PAIN_KINDS,
  PHASES,
  PRESSURES,
  REGIONS,
  RUN_TYPES,
  SIDES,
  type RegionRef,
  type RuleId,
} from "../vocabulary.js";
import { buildRoutine } from "./build.js";
import { journalLists } from "./test-support/contexts.js";
import { GENERAL, targets } from "./test-support/helpers.js";
import type { RoutineContext } from "./types.js";

const regionRef: fc.Arbitrary<RegionRef> = fc.oneof(
  fc.constantFrom(...REGIONS),
  fc
    .tuple(fc.constantFrom(...REGIONS), fc.constantFrom(...SIDES))
    .map(([r, s]) => `${r}-${s}` as RegionRef),
);

/** Sessions and budgets the library can fill: a mini or pre-run stays short (T3). */
const sessionAndMinutes = fc.oneof(
  fc.record({
    session: fc.constantFrom("mini" as const, "pre-run" as const),
    minutes: fc.integer({ min: 4, max: 15 }),
  }),
  fc.record({
    session: fc.constantFrom("post-run" as const, "evening" as const, "rest-day" as const),
    minutes: fc.integer({ min: 4, max: 40 }),
  }),
);

const context: fc.Arbitrary<RoutineContext> = fc
  .record(
    {
      run: fc.constantFrom(...RUN_TYPES),
      workout: fc.constantFrom("strength" as const, "cross" as const),
      emphasis: fc.uniqueArray(fc.constantFrom(...EMPHASES), { minLength: 1, maxLength: 2 }),
      sm: sessionAndMinutes,
      equipment: fc.subarray([...EQUIPMENT]),
      tight: fc.dictionary(regionRef, fc.integer({ min: 0, max: 10 }), { maxKeys: 4 }),
      avoid: fc.uniqueArray(regionRef, { maxLength: 2 }),
      pain: fc.array(fc.record({ region: regionRef, kind: fc.constantFrom(...PAIN_KINDS) }), {
        maxLength: 2,
      }),
      newToRolling: fc.boolean(),
      recentMovementIds: fc.subarray(
        MOVEMENTS.map((m) => m.id),
        { maxLength: 12 },
      ),
      persistentTenderness: fc.uniqueArray(regionRef, { maxLength: 2 }),
      focusRegions: fc.uniqueArray(fc.constantFrom(...REGIONS), { maxLength: 2 }),
      trialMovementId: fc.constantFrom(...MOVEMENTS.map((m) => m.id)),
      lighten: fc.constant(null).map(() => ({
        reason: "fatigue" as const,
        rules: ["L9" as RuleId],
        message: "Signs of fatigue: a lighter session today.",
      })),
    },
    { requiredKeys: ["sm", "equipment"] },
  )
  .map(({ sm, emphasis, workout, ...rest }) => {
    const ctx: RoutineContext = { ...rest, ...sm };
    if (workout) ctx.workout = workout;
    if (workout === "strength" && emphasis) ctx.emphasis = emphasis;
    return ctx;
  });

/**
 * With the lists the journal hands the engine too (test-support/contexts.ts). A 4-minute
 * post-run with a habit cap of one broke a property below before these were drawn here.
 */
const withJournal: fc.Arbitrary<RoutineContext> = fc
  .tuple(context, journalLists)
  .map(([ctx, journal]) => ({ ...ctx, ...journal }));

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const RUNS = { numRuns: 300 };

/** Every region a context puts off limits, as plain region plus the sides it covers. */
function offLimits(ctx: RoutineContext): RegionRef[] {
  return [...(ctx.avoid ?? []), ...(ctx.pain ?? []).map((p) => p.region)];
}

function worksOffLimits(regions: readonly RegionRef[], ref: RegionRef): boolean {
  const side = SIDES.find((s) => ref.endsWith(`-${s}`));
  if (!side) return regions.some((r) => r === ref || r.startsWith(`${ref}-`));
  const base = ref.slice(0, -side.length - 1);
  // A one-sided limit: the plain region (both sides) or that side is off limits.
  return regions.some((r) => r === ref || r === base);
}

describe("routine properties", () => {
  it("keeps the time budget within 10 percent, or says plainly why it is shorter; the total equals the sum of the items", () => {
    fc.assert(
      fc.property(withJournal, seed, (ctx, s) => {
        const r = buildRoutine(ctx, MOVEMENTS, s);
        const budget = (ctx.minutes ?? 0) * 60;
        expect(r.totalSeconds).toBe(r.items.reduce((a, i) => a + i.seconds, 0));
        expect(r.totalSeconds).toBeLessThanOrEqual(budget * 1.1);
        if (r.totalSeconds < budget * 0.9) {
          expect(r.notes?.length ?? 0).toBeGreaterThan(0);
          // Whose minutes they were: the runner's, or the week plan's for the session.
          const whose =
            ctx.minutesFrom === "plan" ? /minutes this week's plan gives it/ : /minutes you gave/;
          expect(r.warnings.some((w) => whose.test(w.message))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("never needs kit the person does not own", () => {
    fc.assert(
      fc.property(withJournal, seed, (ctx, s) => {
        const r = buildRoutine(ctx, MOVEMENTS, s);
        for (const i of r.items)
          for (const e of i.equipment) expect(ctx.equipment ?? []).toContain(e);
      }),
      RUNS,
    );
  });

  it("never works an avoided or pain-flagged region (a walk, breathing or easy cardio only where the flag is not sharp)", () => {
    fc.assert(
      fc.property(withJournal, seed, (ctx, s) => {
        const r = buildRoutine(ctx, MOVEMENTS, s);
        const sharp = new Set(
          (ctx.pain ?? []).filter((p) => p.kind !== "niggle").map((p) => p.region),
        );
        for (const ref of offLimits(ctx)) {
          for (const i of r.items) {
            if (GENERAL.has(i.phase) && !sharp.has(ref)) continue;
            expect(worksOffLimits(i.regions, ref), `${i.id} works ${ref}`).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it("keeps phase order (S4), or the ankle-to-shoulder order in the mini session (T3)", () => {
    fc.assert(
      fc.property(withJournal, seed, (ctx, s) => {
        const r = buildRoutine(ctx, MOVEMENTS, s);
        if (ctx.session === "mini") {
          const order = ["ankles", "hips", "thoracic", "shoulders"];
          let seen = -1;
          for (const i of r.items) {
            const ks = order.map((reg, k) => (targets(i, reg) ? k : -1)).filter((k) => k >= 0);
            if (ks.length === 0) continue;
            expect(Math.min(...ks)).toBeGreaterThanOrEqual(seen);
            seen = Math.max(seen, Math.min(...ks));
          }
        } else if (!r.reasons.includes("T8")) {
          // The tightest region opens the work whatever its phase (T5); the rest keep S4's order.
          const tight = Object.values(ctx.tight ?? {}).some((v) => (v ?? 0) >= 4);
          const rest = tight
            ? r.items.filter((_, k) => k > (r.items[0]?.phase === "transition" ? 1 : 0))
            : r.items;
          const ranks = rest.map((i) => PHASES.indexOf(i.phase));
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        }
      }),
      RUNS,
    );
  });

  it("caps pressure: nothing firm after hard, long or race days, nothing above light for beginners", () => {
    fc.assert(
      fc.property(withJournal, seed, (ctx, s) => {
        const r = buildRoutine(ctx, MOVEMENTS, s);
        const hardDay = ctx.run !== undefined && !["easy", "recovery"].includes(ctx.run);
        for (const i of r.items) {
          if (i.phase === "release") expect(i.pressure).toBeDefined();
          else expect(i.pressure).toBeUndefined();
          if (!i.pressure) continue;
          const rank = PRESSURES.indexOf(i.pressure);
          if (hardDay) expect(rank).toBeLessThan(2);
          if (ctx.newToRolling || ctx.lighten) expect(i.pressure).toBe("light");
        }
      }),
      RUNS,
    );
  });

  it("is deterministic: the same context and seed give the same routine", () => {
    fc.assert(
      fc.property(withJournal, seed, (ctx, s) => {
        expect(buildRoutine(ctx, MOVEMENTS, s)).toEqual(buildRoutine(ctx, MOVEMENTS, s));
      }),
      { numRuns: 150 },
    );
  });

  it("gives every item whole positive seconds, a side count, cues and reasons", () => {
    fc.assert(
      fc.property(withJournal, seed, (ctx, s) => {
        const r = buildRoutine(ctx, MOVEMENTS, s);
        expect(r.items.length).toBeGreaterThan(0);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const i of r.items) {
          expect(Number.isInteger(i.seconds) && i.seconds > 0).toBe(true);
          expect([1, 2]).toContain(i.sides);
          expect(i.cues.length).toBeGreaterThan(0);
          expect(i.reasons.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

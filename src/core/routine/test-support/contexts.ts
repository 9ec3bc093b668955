/**
 * Generated routine contexts for property tests: every option of the CLI (budgets given or
 * left to the defaults), plus what the journal adds (recent, core set, habit cap, X5 lists,
 * recovering regions, trials, focus, tenderness, lightened days).
 */
import fc from "fast-check";
import { MOVEMENTS } from "../../catalog/index.js";
import {
  EMPHASES,
  EQUIPMENT,
  PAIN_KINDS,
  REGIONS,
  RUN_TYPES,
  SESSIONS,
  SIDES,
  type RegionRef,
  type RuleId,
} from "../../vocabulary.js";
import type { RoutineContext } from "../types.js";

export const regionRef: fc.Arbitrary<RegionRef> = fc.oneof(
  fc.constantFrom(...REGIONS),
  fc
    .tuple(fc.constantFrom(...REGIONS), fc.constantFrom(...SIDES))
    .map(([r, s]) => `${r}-${s}` as RegionRef),
);

const ids = MOVEMENTS.map((m) => m.id);

/** Contexts as the CLI can give them: a run, a session, minutes (or the default), kit, flags. */
export const cliContext: fc.Arbitrary<RoutineContext> = fc
  .record(
    {
      run: fc.constantFrom(...RUN_TYPES),
      workout: fc.constantFrom("strength" as const, "cross" as const),
      emphasis: fc.uniqueArray(fc.constantFrom(...EMPHASES), { minLength: 1, maxLength: 2 }),
      session: fc.constantFrom(...SESSIONS),
      minutes: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 20, max: 120 })),
      equipment: fc.subarray([...EQUIPMENT]),
      tight: fc.dictionary(regionRef, fc.integer({ min: 0, max: 10 }), { maxKeys: 4 }),
      avoid: fc.uniqueArray(regionRef, { maxLength: 2 }),
      pain: fc.array(fc.record({ region: regionRef, kind: fc.constantFrom(...PAIN_KINDS) }), {
        maxLength: 2,
      }),
      newToRolling: fc.boolean(),
    },
    { requiredKeys: ["equipment"] },
  )
  .map(({ emphasis, workout, ...rest }) => {
    const ctx: RoutineContext = { ...rest };
    if (workout) ctx.workout = workout;
    if (workout === "strength" && emphasis) ctx.emphasis = emphasis;
    return ctx;
  });

/**
 * What the journal adds to a request's context: recent and familiar techniques, the core set,
 * the habit cap, the X5 and resting lists, recovering regions, the trial, focus, tenderness,
 * the week plan's pressure cap and its say on later sessions, a lightened day.
 */
export const journalLists = fc.record(
  {
    recentMovementIds: fc.subarray(ids, { maxLength: 12 }),
    familiarMovementIds: fc.subarray(ids, { maxLength: 30 }),
    coreMovementIds: fc.subarray(ids, { maxLength: 8 }),
    maxMovements: fc.integer({ min: 1, max: 8 }),
    avoidMovementIds: fc.subarray(ids, { maxLength: 4 }),
    restingMovementIds: fc.subarray(ids, { maxLength: 4 }),
    lowerDoseMovementIds: fc.subarray(ids, { maxLength: 4 }),
    recoveringRegions: fc.uniqueArray(regionRef, { maxLength: 2 }),
    persistentTenderness: fc.uniqueArray(regionRef, { maxLength: 2 }),
    focusRegions: fc.uniqueArray(fc.constantFrom(...REGIONS), { maxLength: 2 }),
    trialMovementId: fc.constantFrom(...ids),
    // The week plan's cap for the session (L8, L9, S8): lowers the day's own, never raises.
    pressureCap: fc.record({
      level: fc.constantFrom("light" as const, "moderate" as const),
      rules: fc.constantFrom<RuleId[]>(["L8"], ["L9"], ["S8"]),
    }),
    noLaterSession: fc.boolean(),
    minutesFrom: fc.constant("plan" as const),
    maxMovementsRule: fc.constantFrom("H2" as const, "S10" as const),
    plannedDone: fc.boolean(),
    lighten: fc.constant(null).map(() => ({
      reason: "fatigue" as const,
      rules: ["L9" as RuleId],
      message: "Signs of fatigue: a lighter session today.",
    })),
  },
  { requiredKeys: [] },
);

/** The journal's extra context on top of a CLI context. */
export const journalContext: fc.Arbitrary<RoutineContext> = fc
  .tuple(cliContext, journalLists)
  .map(([cli, journal]) => ({ ...cli, ...journal }));

/** Either kind. */
export const anyContext = fc.oneof(cliContext, journalContext);

export const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/**
 * routineJson gives the bytes JSON.stringify gives, for every routine the engine builds and
 * for any change to one (other values, keys missing, added or in another order, values JSON
 * leaves out), before and after its kept text for a movement exists.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../catalog/index.js";
import { buildRoutine } from "./build.js";
import { routineJson } from "./json.js";
import { anyContext, seedArb } from "./test-support/contexts.js";
import type { Routine } from "./types.js";

type Loose = Record<string, unknown>;

/** A routine with one item changed in one way: what an edit after building could do. */
const edits: ((item: Loose) => void)[] = [
  (i) => (i.name = `${String(i.name)} "again"\n`),
  (i) => (i.cues = [...(i.cues as string[]), "One more cue."]),
  (i) => (i.cues = (i.cues as string[]).slice(1)),
  (i) => (i.regions = ["calves-left"]),
  (i) => (i.equipment = []),
  (i) => (i.pressure = i.pressure === "light" ? "firm" : "light"),
  (i) => (i.cautions = ["Stop if it tingles."]),
  (i) => delete i.cues,
  (i) => delete i.reasons,
  (i) => (i.seconds = Number.NaN),
  (i) => (i.seconds = -0),
  (i) => (i.sides = undefined),
  (i) => (i.reps = undefined),
  (i) => (i.extra = { nested: [1, "two"] }),
  (i) => (i.toJSON = () => "replaced"),
  (i) => (i.cues = [1, 2] as unknown as string[]),
  (i) => {
    const holey: unknown[] = [];
    holey[1] = "a hole before me";
    i.cues = holey;
  },
  (i) => {
    const { id, ...rest } = i;
    for (const k of Object.keys(i)) delete i[k];
    Object.assign(i, rest, { id });
  },
];

describe("routineJson", () => {
  it("writes the same bytes as JSON.stringify for every routine", () => {
    fc.assert(
      fc.property(anyContext, seedArb, (ctx, seed) => {
        const routine = buildRoutine(ctx, MOVEMENTS, seed);
        expect(routineJson(routine)).toBe(JSON.stringify(routine));
        // Again, now from the kept text.
        expect(routineJson(routine)).toBe(JSON.stringify(routine));
      }),
      { numRuns: 400 },
    );
  });

  it("writes the same bytes as JSON.stringify for a routine changed after it was built", () => {
    fc.assert(
      fc.property(
        anyContext,
        seedArb,
        fc.nat(),
        fc.integer({ min: 0, max: edits.length - 1 }),
        (ctx, seed, at, edit) => {
          const routine = buildRoutine(ctx, MOVEMENTS, seed);
          routineJson(routine); // the kept text for its movements exists from here on
          const item = routine.items[at % Math.max(1, routine.items.length)];
          if (item) edits[edit]?.(item as unknown as Loose);
          expect(routineJson(routine)).toBe(JSON.stringify(routine));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("writes the same bytes as JSON.stringify whatever the routine's own keys hold", () => {
    const routine = buildRoutine({ run: "long", minutes: 20 }, MOVEMENTS, 3);
    const variants: unknown[] = [
      { ...routine, items: undefined },
      { ...routine, items: [undefined, () => 1, ...routine.items, null, 7] },
      { ...routine, notes: undefined, extra: () => 1 },
      { notes: ["first"], ...routine },
      { ...routine, toJSON: () => ({ replaced: true }) },
      Object.assign(Object.create({ inherited: 1 }) as object, routine),
    ];
    for (const v of variants) expect(routineJson(v as Routine)).toBe(JSON.stringify(v));
  });
});

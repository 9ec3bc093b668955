import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENTS, movementById } from "../../core/catalog/index.js";
import type { SessionLog } from "../../core/journal/types.js";
import { buildRoutine } from "../../core/routine/index.js";
import { RATING_KEYS, type MovementLookup } from "./draft.js";
import { draftOfSession, editBody, editProblem } from "./edit-draft.js";

const lookup: MovementLookup = movementById;
const routine = buildRoutine(
  { run: "long", minutes: 20, equipment: ["foam-roller"] },
  MOVEMENTS,
  5,
);
const beside = MOVEMENTS.filter((m) => !routine.items.some((i) => i.id === m.id)).slice(0, 4);

const ratings = fc.record(
  {
    stiffness: fc.integer({ min: 0, max: 10 }),
    soreness: fc.integer({ min: 0, max: 10 }),
    pain: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);

/** A session as the server stores one logged from this routine. */
const stored = fc
  .record({
    skipped: fc.array(fc.boolean(), {
      minLength: routine.items.length,
      maxLength: routine.items.length,
    }),
    firm: fc.array(fc.boolean(), {
      minLength: routine.items.length,
      maxLength: routine.items.length,
    }),
    before: fc.option(ratings, { nil: undefined }),
    after: fc.option(ratings, { nil: undefined }),
    mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    energy: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    notes: fc.option(fc.constantFrom("tight calves", "easy"), { nil: undefined }),
    added: fc.subarray(beside),
  })
  .map((x): SessionLog => {
    const log: SessionLog = {
      id: "s1",
      startedAt: "2026-12-01T07:00:00.000Z",
      kind: "post-run",
      routine,
      items: [
        ...routine.items.map((i, n) => {
          const status = x.skipped[n] ? ("skipped" as const) : ("done" as const);
          return status === "done" && i.phase === "release" && x.firm[n]
            ? { id: i.id, status, pressure: "firm" as const }
            : { id: i.id, status };
        }),
        ...x.added.map((m) => ({
          id: m.id,
          status: "done" as const,
          added: true as const,
          seconds: 90,
        })),
      ],
      createdAt: "2026-12-01T07:30:00.000Z",
    };
    const given = (r: typeof x.before) => (r && Object.keys(r).length ? r : undefined);
    if (given(x.before)) log.before = given(x.before)!;
    if (given(x.after)) log.after = given(x.after)!;
    if (x.mood !== undefined) log.mood = x.mood;
    if (x.energy !== undefined) log.energy = x.energy;
    if (x.notes !== undefined) log.notes = x.notes;
    return log;
  });

describe("correcting a logged session", () => {
  it("sends back exactly what was stored when nothing is changed", () => {
    fc.assert(
      fc.property(stored, (log) => {
        const { draft, status } = draftOfSession(log);
        expect(editProblem(draft)).toBeNull();
        const body = editBody(log, status, draft, lookup);
        expect(body.items).toEqual(log.items.filter((i) => !i.added));
        expect(body.added).toEqual(
          log.items.filter((i) => i.added).map((i) => ({ id: i.id, seconds: i.seconds })),
        );
        expect(body.before).toEqual(log.before ?? null);
        expect(body.after).toEqual(log.after ?? null);
        expect(body.mood).toEqual(log.mood ?? null);
        expect(body.energy).toEqual(log.energy ?? null);
        expect(body.notes).toEqual(log.notes ?? null);
      }),
      { numRuns: 100 },
    );
  });

  it("clears what the runner emptied, and keeps the ratings still given", () => {
    fc.assert(
      fc.property(stored, (log) => {
        const { draft, status } = draftOfSession(log);
        const body = editBody(
          log,
          status,
          { ...draft, after: { ...draft.before, pain: "" }, mood: "", notes: "  ", added: [] },
          lookup,
        );
        const { pain: _pain, ...kept } = log.before ?? {};
        expect(body.after).toEqual(Object.keys(kept).length ? kept : null);
        expect(body.mood).toBeNull();
        expect(body.notes).toBeNull();
        expect(body.added).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("names a rating box that holds something other than a whole number 0-10", () => {
    const { draft } = draftOfSession({
      id: "s1",
      startedAt: "2026-12-01T07:00:00.000Z",
      kind: "post-run",
      routine,
      items: [],
      createdAt: "2026-12-01T07:30:00.000Z",
    });
    for (const k of RATING_KEYS) expect(draft.after[k]).toBe("");
    expect(editProblem(draft)).toBeNull();
    expect(editProblem({ ...draft, after: { ...draft.after, soreness: "12" } })).toBe(
      "After soreness: enter a whole number 0-10, or leave it empty.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { MOVEMENTS, movementById } from "../catalog/index.js";
import { buildRoutine } from "../routine/index.js";
import { doneShare } from "../insights/comfort.js";
import { feltWorseAdvice } from "../insights/felt-worse-advice.js";
import type { SessionLog } from "./types.js";
import { loggedItemFacts, routineItemsOf } from "./logged-items.js";

const routine = buildRoutine({ session: "mini", minutes: 6 }, MOVEMENTS, 3);
const worked = new Set(
  routine.items.flatMap((i) => i.regions.map((r) => r.replace(/-(left|right)$/, ""))),
);
// A release technique for a region the routine does not work, so only the added item names it.
const extra = MOVEMENTS.find(
  (m) => m.phase === "release" && m.regions.some((r) => !worked.has(r)),
)!;
const session: SessionLog = {
  id: "s1",
  startedAt: "2026-11-20T18:00:00.000Z",
  kind: "mini",
  routine,
  items: [
    ...routine.items.map((i, k) => ({ id: i.id, status: k === 0 ? "skipped" : "done" }) as const),
    { id: extra.id, status: "done", added: true, seconds: 90 },
  ],
  before: { stiffness: 3, soreness: 2, pain: 0 },
  after: { stiffness: 3, soreness: 2, pain: 4 },
  createdAt: "2026-11-20T18:20:00.000Z",
};

describe("logged items", () => {
  it("reads a routine item from the routine and an added one from the library", () => {
    const first = routine.items[0]!;
    expect(loggedItemFacts(session, first.id)).toEqual({
      phase: first.phase,
      regions: first.regions,
    });
    expect(loggedItemFacts(session, extra.id)).toEqual({
      phase: "release",
      regions: movementById(extra.id)!.regions,
    });
    expect(loggedItemFacts(session, "no-such-movement")).toEqual({ regions: [] });
  });

  it("counts the share done of the routine only, not of what was added beside it", () => {
    expect(routineItemsOf(session)).toHaveLength(routine.items.length);
    const n = routine.items.length;
    expect(doneShare(session)).toBeCloseTo((n - 1) / n);
  });

  it("names an added technique's regions when a session left the runner worse (X5)", () => {
    const advice = feltWorseAdvice(session)!;
    const own = extra.regions.filter((r) => !worked.has(r));
    expect(own.length).toBeGreaterThan(0);
    for (const r of own) expect(advice.regions).toContain(r);
  });
});

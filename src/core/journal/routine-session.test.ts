import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../catalog/index.js";
import { buildRoutine } from "../routine/index.js";
import type { RoutineContext } from "../routine/types.js";
import { RUN_TYPES, SESSIONS, type Equipment } from "../vocabulary.js";
import { sessionOfRoutine } from "./routine-session.js";

/** A routine as `limber routine --json` prints it and `limber log` reads it back. */
const printed = (ctx: RoutineContext, seed: number): unknown =>
  JSON.parse(JSON.stringify(buildRoutine(ctx, MOVEMENTS, seed)));

describe("sessionOfRoutine", () => {
  it("reads the session an /api/today answer names, and nothing from a bad one", () => {
    expect(sessionOfRoutine({ items: [], reasons: ["T1"], context: { session: "evening" } })).toBe(
      "evening",
    );
    expect(sessionOfRoutine({ items: [], reasons: [], context: { session: "nap" } })).toBe(
      undefined,
    );
    expect(sessionOfRoutine(null)).toBe(undefined);
    expect(sessionOfRoutine({ items: "none", reasons: 3 })).toBe(undefined);
  });

  it("never names another session than the one the engine built the routine for", () => {
    const kits: Equipment[][] = [[], ["foam-roller", "band"]];
    let named = 0;
    let checked = 0;
    const before: RoutineContext[] = [
      {},
      ...RUN_TYPES.map((run) => ({ run })),
      { workout: "strength", emphasis: ["squat"] },
      { workout: "cross" },
    ];
    for (const session of SESSIONS)
      for (const activity of before)
        for (const minutes of [5, 10, 20])
          for (const equipment of kits)
            for (const pain of [[], [{ region: "calves" as const, kind: "sharp" as const }]])
              for (const seed of [1, 2]) {
                const ctx: RoutineContext = { ...activity, session, minutes, equipment, pain };
                const said = sessionOfRoutine(printed(ctx, seed));
                checked++;
                if (said === undefined) continue;
                named++;
                expect(said, JSON.stringify(ctx)).toBe(session);
              }
    expect(checked).toBe(1200);
    expect(named).toBeGreaterThan(0);
  });

  it("names post-run for the routine after a run, with or without the walk (X2 leaves it out)", () => {
    for (const run of ["easy", "long", "tempo", "recovery"] as const)
      expect(sessionOfRoutine(printed({ run, equipment: ["foam-roller"] }, 7)), run).toBe(
        "post-run",
      );
    // A sharp calf pain rests the walk too; the easy day's rule still says it followed a run.
    const noWalk = printed(
      { run: "easy", minutes: 10, pain: [{ region: "calves", kind: "sharp" }] },
      7,
    ) as { items: { id: string }[] };
    expect(noWalk.items.some((i) => i.id === "cool-down-walk")).toBe(false);
    expect(sessionOfRoutine(noWalk)).toBe("post-run");
    // after a long run with the walk left out and little time: the rest later today (T2)
    const short = printed(
      { run: "long", minutes: 8, pain: [{ region: "calves", kind: "sharp" }] },
      7,
    ) as { items: { id: string }[]; reasons: string[] };
    expect(short.items.some((i) => i.id === "cool-down-walk")).toBe(false);
    expect(short.reasons).toContain("T2");
    expect(sessionOfRoutine(short)).toBe("post-run");
  });

  it("leaves a mini session and a warm-up, an evening and a rest day, for the runner to say", () => {
    for (const session of ["mini", "pre-run", "evening", "rest-day"] as const)
      expect(sessionOfRoutine(printed({ session, minutes: 10 }, 3)), session).toBe(undefined);
  });
});

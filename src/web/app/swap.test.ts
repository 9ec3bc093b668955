import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MOVEMENTS } from "../../core/catalog/index.js";
import { buildRoutine } from "../../core/routine/index.js";
import type { Equipment } from "../../core/vocabulary.js";
import { EQUIPMENT, parseRegionRef } from "../../core/vocabulary.js";
import { swapCandidates, swapItem } from "./swap.js";

const base = (r: string) => parseRegionRef(r)?.region;

describe("swap", () => {
  it("offers only movements of the same phase, a shared region, owned kit, no excluded region", () => {
    fc.assert(
      fc.property(
        fc.subarray([...EQUIPMENT]),
        fc.integer({ min: 1, max: 1000 }),
        (owned: Equipment[], seed) => {
          const routine = buildRoutine(
            { run: "long", equipment: owned, minutes: 15 },
            MOVEMENTS,
            seed,
          );
          routine.items.forEach((item) => {
            const cands = swapCandidates(routine, item, MOVEMENTS, owned, ["shins"]);
            for (const m of cands) {
              expect(m.phase).toBe(item.phase);
              expect(m.regions.some((r) => item.regions.map(base).includes(r))).toBe(true);
              expect(m.equipment.every((e) => owned.includes(e))).toBe(true);
              expect(m.regions).not.toContain("shins");
              expect(routine.items.map((i) => i.id)).not.toContain(m.id);
            }
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it("keeps the routine's length and the replaced item's reasons", () => {
    const owned: Equipment[] = ["foam-roller", "massage-ball", "band"];
    const routine = buildRoutine({ run: "long", equipment: owned, minutes: 20 }, MOVEMENTS, 7);
    const index = routine.items.findIndex(
      (i) => swapCandidates(routine, i, MOVEMENTS, owned, []).length > 0,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const old = routine.items[index]!;
    const pick = swapCandidates(routine, old, MOVEMENTS, owned, [])[0]!;
    const next = swapItem(routine, index, pick);
    expect(next.totalSeconds).toBe(routine.totalSeconds);
    expect(next.items[index]).toMatchObject({
      id: pick.id,
      seconds: old.seconds,
      reasons: old.reasons,
    });
    expect(next.items.filter((_, i) => i !== index)).toEqual(
      routine.items.filter((_, i) => i !== index),
    );
  });
});

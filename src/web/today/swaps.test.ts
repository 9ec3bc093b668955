import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../../core/catalog/index.js";
import { buildRoutine } from "../../core/routine/index.js";
import { swapCandidates } from "../app/swap.js";
import { addSwap, applySwaps } from "./swaps.js";

describe("today's swaps", () => {
  it("keep the engine's movement as the key and forget a swap back", () => {
    expect(addSwap({}, "a", "b")).toEqual({ a: "b" });
    expect(addSwap({ a: "b" }, "b", "c")).toEqual({ a: "c" });
    expect(addSwap({ a: "b" }, "b", "a")).toEqual({});
  });

  it("come back when the routine is rebuilt", () => {
    const owned = ["foam-roller", "massage-ball", "band"] as const;
    const long = buildRoutine({ run: "long", equipment: [...owned], minutes: 20 }, MOVEMENTS, 7);
    const i = long.items.findIndex(
      (it) => swapCandidates(long, it, MOVEMENTS, owned, []).length > 0,
    );
    expect(i).toBeGreaterThanOrEqual(0);
    const item = long.items[i]!;
    const pick = swapCandidates(long, item, MOVEMENTS, owned, [])[0]!;
    const swaps = addSwap({}, item.id, pick.id);
    // A reload rebuilds the same routine: the swap is applied again.
    const again = buildRoutine({ run: "long", equipment: [...owned], minutes: 20 }, MOVEMENTS, 7);
    const shown = applySwaps(again, swaps, MOVEMENTS);
    expect(shown.items[i]?.id).toBe(pick.id);
    expect(shown.items.map((x) => x.id)).not.toContain(item.id);
    expect(shown.totalSeconds).toBe(shown.items.reduce((s, x) => s + x.seconds, 0));
    expect(applySwaps(long, {}, MOVEMENTS)).toBe(long);
  });
});

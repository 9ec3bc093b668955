import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../core/catalog/index.js";
import { buildRoutine } from "../core/routine/build.js";
import { duration, formatRoutine } from "./format-routine.js";

describe("formatRoutine", () => {
  it("given seconds, when shown, then minutes and seconds carry units", () => {
    expect(duration(45)).toBe("45 s");
    expect(duration(180)).toBe("3 min");
    expect(duration(150)).toBe("2 min 30 s");
  });

  it("given a one-sided limit, when printed, then per-side work on the other side says so", () => {
    const text = formatRoutine(
      buildRoutine(
        {
          session: "evening",
          minutes: 20,
          pain: [{ region: "hamstrings-left", kind: "swelling" }],
        },
        MOVEMENTS,
        4,
      ),
    );
    expect(text.split("\n")[0]).toMatch(/^! Swelling in the left hamstrings: .*not a diagnosis\.$/);
    expect(text).not.toMatch(/hamstrings-left|\[X2\]/);
    expect(text).toMatch(/right side only/);
  });

  it("given a routine, when printed with codes, then the rule ids follow the phrases and warnings carry their code", () => {
    const routine = buildRoutine(
      { run: "easy", minutes: 8, pain: [{ region: "hamstrings", kind: "sharp" }] },
      MOVEMENTS,
      2,
    );
    const text = formatRoutine(routine, { codes: true });
    expect(text).toMatch(/\(T1\)/);
    expect(text).toMatch(/\[X2\]$/m);
  });

  it("given regions named by side and plainly, when printed, then words, each body part once", () => {
    const routine = buildRoutine({ run: "easy", minutes: 12, equipment: [] }, MOVEMENTS, 1);
    const item = { ...routine.items[1]!, regions: ["hip-flexors-left", "hip-flexors", "it-band"] };
    const text = formatRoutine({ ...routine, items: [item] } as typeof routine);
    expect(text).toContain("for: left hip flexors, IT band");
  });

  it("given a routine, when printed, then every item shows its reasons as short phrases without codes and the total matches", () => {
    const routine = buildRoutine(
      { run: "tempo", minutes: 15, equipment: ["foam-roller"] },
      MOVEMENTS,
      2,
    );
    const text = formatRoutine(routine);
    expect(text.match(/^ {3}why: /gm)).toHaveLength(routine.items.length);
    expect(text).not.toMatch(/\((T1|L1|S3)\)/);
    expect(text).toMatch(/light pressure/);
    expect(text).toMatch(/rounds|hold \d+ s/);
    expect(text).toContain(
      `Total: ${duration(routine.totalSeconds)} (${routine.items.length} movements)`,
    );
  });

  it("says one movement, not one movements, for a newcomer's first routine (H2)", () => {
    const routine = buildRoutine({ session: "mini", maxMovements: 1 }, MOVEMENTS, 1);
    expect(routine.items).toHaveLength(1);
    expect(formatRoutine(routine)).toMatch(/^Total: .* \(1 movement\)$/m);
  });
});

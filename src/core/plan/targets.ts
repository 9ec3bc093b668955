/**
 * The runner's own ROM targets, read from the profile's goals when a goal names a test and
 * a value, e.g. "knee-to-wall 12 cm", "straight-leg-raise left 80 deg", "thomas pass".
 * Other goals ("run a marathon") are left alone.
 */
import type { RomTestKind } from "../journal/types.js";
import { ROM_TESTS } from "../journal/types.js";
import type { Side } from "../vocabulary.js";
import type { RomTarget } from "./types.js";

const GOAL_RE = new RegExp(
  `^\\s*(${ROM_TESTS.join("|")})(?:\\s+(left|right))?\\s*(?::|>=|at least)?\\s*(pass|\\d+(?:\\.\\d+)?)\\s*(cm|deg|degrees|°)?\\s*$`,
  "i",
);

/**
 * @example
 * targetsFromGoals(["knee-to-wall 12 cm", "run a marathon"]);
 * // [{ test: "knee-to-wall", target: 12, unit: "cm", source: "own" }]
 */
export function targetsFromGoals(goals: readonly string[]): RomTarget[] {
  const out: RomTarget[] = [];
  for (const goal of goals) {
    const m = GOAL_RE.exec(goal);
    if (!m) continue;
    const test = m[1]!.toLowerCase() as RomTestKind;
    const side = m[2]?.toLowerCase() as Side | undefined;
    const raw = m[3]!.toLowerCase();
    const unit: RomTarget["unit"] =
      raw === "pass" ? "pass" : test === "knee-to-wall" || test === "sit-and-reach" ? "cm" : "deg";
    const target: RomTarget = {
      test,
      target: raw === "pass" ? 1 : Number(raw),
      unit,
      source: "own",
    };
    if (side) target.side = side;
    out.push(target);
  }
  return out;
}

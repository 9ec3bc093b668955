/**
 * A range-of-motion test's results as short phrases: the one result of a test without sides,
 * or each side tested with its figure and, for the Thomas test, pass or fail. The command
 * line and the app both name a test this way; each passes its own figure (units, rounding).
 */
import type { RomTest } from "../journal/types.js";

/**
 * @example
 * romResultParts(kneeToWall, (v) => `${v} cm`); // ["left 9 cm", "right 11 cm"]
 * romResultParts(thomas, (v) => `${v}°`); // ["left pass", "right fail"]
 * romResultParts(sitAndReach, (v) => `${v} cm`); // ["-4 cm"]
 */
export function romResultParts(
  t: Pick<RomTest, "value" | "left" | "right" | "leftPass" | "rightPass">,
  figure: (value: number) => string,
): string[] {
  if (t.value !== undefined) return [figure(t.value)];
  const side = (label: string, n?: number, pass?: boolean): string[] => {
    const bits = [
      n !== undefined ? figure(n) : "",
      pass !== undefined ? (pass ? "pass" : "fail") : "",
    ].filter(Boolean);
    return bits.length ? [`${label} ${bits.join(" ")}`] : [];
  };
  return [...side("left", t.left, t.leftPass), ...side("right", t.right, t.rightPass)];
}

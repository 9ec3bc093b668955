/**
 * Range-of-motion re-tests (A4): the request body from what the runner typed (in their
 * units), and how a result compares side to side and with the last test.
 */
import type { RomTest, RomTestKind, Units } from "../../core/journal/types.js";
import { ROM_SIDED, ROM_UNITS } from "../../core/journal/types.js";
import { ROM_RANGES } from "../../core/schemas/ranges.js";
import { dayLabel } from "../../core/time/calendar.js";
import { rangeText } from "../app/field-error.js";
import { lengthFromDisplay, lengthToDisplay, lengthUnit } from "../app/units.js";

export interface RomInput {
  left: string;
  right: string;
  value: string;
  leftPass: "" | "pass" | "fail";
  rightPass: "" | "pass" | "fail";
}

export const EMPTY_ROM: RomInput = { left: "", right: "", value: "", leftPass: "", rightPass: "" };

/**
 * POST /api/rom-tests body, or null when nothing was typed for this test.
 *
 * @example
 * romBody("knee-to-wall", { ...EMPTY_ROM, left: "4", right: "3" }, "imperial"); // { test, left: 10.2, right: 7.6 }
 */
export function romBody(t: RomTestKind, r: RomInput, units: Units): Record<string, unknown> | null {
  const body: Record<string, unknown> = { test: t };
  const conv = (v: string) => stored(t, v, units);
  if (ROM_SIDED[t]) {
    if (r.left) body.left = conv(r.left);
    if (r.right) body.right = conv(r.right);
    if (r.leftPass) body.leftPass = r.leftPass === "pass";
    if (r.rightPass) body.rightPass = r.rightPass === "pass";
  } else if (r.value) body.value = conv(r.value);
  return Object.keys(body).length > 1 ? body : null;
}

/** A typed result in the test's stored unit (cm or degrees), as the API takes it. */
function stored(t: RomTestKind, v: string, units: Units): number {
  return ROM_UNITS[t] === "cm"
    ? Math.round(lengthFromDisplay(Number(v), units) * 10) / 10
    : Number(v);
}

/**
 * What is wrong with each typed result of a test, by input ("left", "right", "value"), in
 * the runner's units and naming the test: the same range the API checks, said before
 * anything is sent.
 *
 * @example
 * romProblems("knee-to-wall", "Knee to wall (ankle)", { ...EMPTY_ROM, left: "20" }, "imperial");
 * // { left: "Knee to wall (ankle), left side: enter a number from 0 to 11.8 in (you entered 20 in)." }
 */
export function romProblems(
  t: RomTestKind,
  title: string,
  r: RomInput,
  units: Units,
): Partial<Record<"left" | "right" | "value", string>> {
  const [min, max] = ROM_RANGES[t];
  const out: Partial<Record<"left" | "right" | "value", string>> = {};
  const inputs = ROM_SIDED[t] ? (["left", "right"] as const) : (["value"] as const);
  for (const input of inputs) {
    const raw = r[input].trim();
    if (raw === "") continue;
    const label = input === "value" ? title : `${title}, ${input} side`;
    const v = stored(t, raw, units);
    if (!Number.isFinite(v)) out[input] = `${label}: enter a number.`;
    else if (v < min || v > max)
      out[input] = rangeText(
        { label, unit: ROM_UNITS[t] === "cm" ? "cm" : "°" },
        min,
        max,
        units,
        v,
      );
  }
  return out;
}

/**
 * A result of a test in the runner's units: lengths to a tenth of a cm or in, angles whole.
 *
 * @example
 * figure("knee-to-wall", 10.16, "imperial"); // "4 in"
 * figure("straight-leg-raise", 71.6, "metric"); // "72°"
 */
export function figure(t: RomTestKind, v: number, units: Units): string {
  if (ROM_UNITS[t] === "cm")
    return `${Math.round(lengthToDisplay(v, units) * 10) / 10} ${lengthUnit(units)}`;
  return `${Math.round(v)}°`;
}

/**
 * One test's result in words, with the side-to-side difference and the change since the
 * previous test of the same kind.
 *
 * @example
 * romCompare(latest, previous, "metric");
 * // "Left 9 cm, right 12 cm: right 3 cm more. Since Sun 3 May: left +1 cm, right +2 cm."
 */
export function romCompare(latest: RomTest, previous: RomTest | undefined, units: Units): string {
  const t = latest.test;
  const parts: string[] = [];
  if (latest.leftPass !== undefined || latest.rightPass !== undefined) {
    const pf = (p: boolean | undefined) => (p === undefined ? "not tested" : p ? "pass" : "fail");
    parts.push(`Left ${pf(latest.leftPass)}, right ${pf(latest.rightPass)}.`);
  }
  if (latest.left !== undefined || latest.right !== undefined) {
    const l = latest.left;
    const r = latest.right;
    let s = `Left ${l === undefined ? "not tested" : figure(t, l, units)}, right ${r === undefined ? "not tested" : figure(t, r, units)}`;
    if (l !== undefined && r !== undefined) {
      const d = Math.abs(l - r);
      s +=
        d < 0.05
          ? ": both sides even."
          : `: ${l > r ? "left" : "right"} ${figure(t, d, units)} more.`;
    } else s += ".";
    parts.push(s);
  }
  if (latest.value !== undefined) parts.push(`Result ${figure(t, latest.value, units)}.`);
  if (previous) {
    const change = (a: number | undefined, b: number | undefined, label: string) => {
      if (a === undefined || b === undefined) return null;
      const d = a - b;
      return `${label}${d >= 0 ? "+" : "−"}${figure(t, Math.abs(d), units)}`;
    };
    const changes = [
      change(latest.left, previous.left, "left "),
      change(latest.right, previous.right, "right "),
      change(latest.value, previous.value, ""),
    ].filter((x): x is string => x !== null);
    if (changes.length)
      parts.push(`Since ${dayLabel(previous.date, latest.date)}: ${changes.join(", ")}.`);
  }
  return parts.join(" ");
}

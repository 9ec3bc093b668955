/**
 * A problem with one form field as a runner reads it: the field by the words on the form,
 * figures in the runner's units, no validator wording. API field errors ("km: must be a
 * number from 0.1 to 500 km, got 643.74") and the app's own checks go through the same
 * sentence, so every form says it the same way.
 */
import type { Units } from "../../core/journal/types.js";
import { ApiError, errorText } from "../api/client.js";
import { distanceToDisplay, distanceUnit, lengthToDisplay, lengthUnit } from "./units.js";

/** A form field as the runner sees it. */
export interface FieldLabel {
  /** The words on the form: "Distance", "Knee to wall, left". */
  label: string;
  /**
   * The unit the API takes the value in. "km" and "cm" are shown in mi and in to an
   * imperial runner; any other unit ("min", "°", "years") is shown as is.
   */
  unit?: string;
}

/** Which field is wrong (null when the form has no such field) and what to say. */
export interface FieldProblem {
  field: string | null;
  text: string;
}

function shownUnit(unit: FieldLabel["unit"], units: Units): string {
  if (unit === "km") return distanceUnit(units);
  if (unit === "cm") return lengthUnit(units);
  return unit ?? "";
}

function toShown(v: number, unit: FieldLabel["unit"], units: Units): number {
  if (unit === "km") return distanceToDisplay(v, units);
  if (unit === "cm") return lengthToDisplay(v, units);
  return v;
}

/** A figure with at most one decimal, rounded `up`, `down` or to the nearest. */
function figure(v: number, how: "up" | "down" | "nearest" = "nearest"): string {
  const r =
    how === "up"
      ? Math.ceil(v * 10 - 1e-9) / 10
      : how === "down"
        ? Math.floor(v * 10 + 1e-9) / 10
        : Math.round(v * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

const withUnit = (n: string, unit: string) =>
  unit === "" ? n : unit === "°" ? `${n}°` : `${n} ${unit}`;

/**
 * The sentence for a value outside its range, the range given in the API's unit and shown
 * in the runner's (rounded inwards, so every figure inside the range said is accepted).
 *
 * @example
 * rangeText({ label: "Distance", unit: "km" }, 0.1, 500, "imperial", 643.74);
 * // "Distance: enter a number from 0.1 to 310.6 mi (you entered 400 mi)."
 */
export function rangeText(
  f: FieldLabel,
  min: number,
  max: number,
  units: Units,
  got?: number,
): string {
  const unit = shownUnit(f.unit, units);
  const lo = figure(toShown(min, f.unit, units), "up");
  const hi = figure(toShown(max, f.unit, units), "down");
  const entered =
    got === undefined || !Number.isFinite(got)
      ? ""
      : ` (you entered ${withUnit(figure(toShown(got, f.unit, units)), unit)})`;
  return `${f.label}: enter a number from ${lo} to ${withUnit(hi, unit)}${entered}.`;
}

const NUMBER = "-?\\d+(?:\\.\\d+)?";
const RANGE = new RegExp(
  `^must be a number from (${NUMBER}) to (${NUMBER})(?: ([a-z]+))?, got (.*)$`,
);
const WHOLE = new RegExp(`^must be a whole number (${NUMBER})-(${NUMBER}), got`);
const TOO_SMALL = new RegExp(`^Too small: expected number to be >=?(${NUMBER})`);
const TOO_BIG = new RegExp(`^Too big: expected number to be <=?(${NUMBER})`);

/**
 * One field's API message in the runner's words, in their units.
 *
 * @example
 * problemText({ label: "Minutes", unit: "min" }, "Too small: expected number to be >=1", "metric");
 * // "Minutes: enter at least 1 min."
 */
export function problemText(f: FieldLabel, message: string, units: Units): string {
  const unit = shownUnit(f.unit, units);
  let m = RANGE.exec(message);
  if (m) {
    // The API's own unit word ("years", "hours") when the form gave none.
    const said = f.unit === undefined && m[3] !== undefined ? { ...f, unit: m[3] } : f;
    return rangeText(said, Number(m[1]), Number(m[2]), units, Number(m[4]));
  }
  m = WHOLE.exec(message);
  if (m) return `${f.label}: enter a whole number from ${m[1]} to ${withUnit(m[2]!, unit)}.`;
  m = TOO_SMALL.exec(message);
  if (m)
    return `${f.label}: enter at least ${withUnit(figure(toShown(Number(m[1]), f.unit, units), "up"), unit)}.`;
  m = TOO_BIG.exec(message);
  if (m)
    return `${f.label}: enter at most ${withUnit(figure(toShown(Number(m[1]), f.unit, units), "down"), unit)}.`;
  if (/^Invalid input: expected number/.test(message)) return `${f.label}: enter a number.`;
  if (/^must be a calendar day/.test(message)) return `${f.label}: choose a day.`;
  if (/^(is )?required/i.test(message)) return `${f.label}: fill this in.`;
  return `${f.label}: ${message.replace(/[^.!?]$/, "$&.")}`;
}

/**
 * What to tell the runner about a failed write: the first field of the form the API
 * named, in words and units, or the whole error in one line when no field of the form is
 * named (a network error, a server problem).
 *
 * @example
 * fieldProblem(err, { km: { label: "Distance", unit: "km" } }, "imperial");
 * // { field: "km", text: "Distance: enter a number from 0.1 to 310.6 mi (you entered 400 mi)." }
 */
export function fieldProblem(
  e: unknown,
  fields: Readonly<Record<string, FieldLabel>>,
  units: Units,
): FieldProblem {
  if (e instanceof ApiError) {
    for (const [name, message] of Object.entries(e.fields)) {
      const f = fields[name];
      if (f) return { field: name, text: problemText(f, message, units) };
    }
  }
  return { field: null, text: errorText(e) };
}

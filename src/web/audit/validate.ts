/**
 * The checks the API makes on a profile, a body check and a range-of-motion test, made here
 * before anything is sent, so a save of several parts (onboarding, the audit's re-tests)
 * stops before the first request rather than halfway. The schemas and ranges are the API's
 * own (src/core/schemas); problems are told in the runner's words and units.
 */
import type { RomTestKind, Units } from "../../core/journal/types.js";
import { ROM_UNITS } from "../../core/journal/types.js";
import { TEST_NAMES } from "../../core/insights/thresholds.js";
import { BodyCheckBody, ProfileBody, RomTestBody } from "../../core/schemas/bodies.js";
import { inputErrorOf } from "../../core/schemas/parse.js";
import { RANGES, ROM_RANGES } from "../../core/schemas/ranges.js";
import { distanceToDisplay, distanceUnit, lengthToDisplay, lengthUnit } from "../app/units.js";
import { romBody, type RomInput } from "./rom.js";

const PROFILE_WORDS: Record<string, string> = {
  name: "Your name",
  yearsRunning: "Years running",
  weeklyDistanceKm: "Weekly distance",
  hoursSittingPerDay: "Hours sitting per day",
  preferredSessionTime: "Usual time for your session",
  previousInjuries: "Previous injuries",
  goals: "Goals",
  equipment: "Kit",
  timeZone: "Time zone",
};

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * What PUT /api/profile would refuse in this profile body, or null.
 *
 * @example
 * profileProblem({ name: "Alex", yearsRunning: 99 }, "metric"); // "Years running: must be a number from 0 to 80 years, got 99."
 */
export function profileProblem(body: unknown, units: Units): string | null {
  const r = ProfileBody.safeParse(body);
  if (r.success) return null;
  const e = inputErrorOf(r.error);
  const [field, problem] = Object.entries(e.fields)[0] ?? ["profile", "is not valid"];
  const words = PROFILE_WORDS[field.split(/[.[]/)[0] ?? ""] ?? field;
  if (field === "weeklyDistanceKm") {
    const [min, max] = RANGES.weeklyDistanceKm;
    const unit = distanceUnit(units);
    return `${words} must be from ${round1(distanceToDisplay(min, units))} to ${round1(distanceToDisplay(max, units))} ${unit}.`;
  }
  return `${words}: ${problem}.`;
}

/**
 * What POST /api/body-checks would refuse in these entries, or null.
 *
 * @example
 * bodyCheckProblem([{ region: "calves", stiffness: 6, tenderness: 2, rebound: false }]); // null
 */
export function bodyCheckProblem(entries: unknown): string | null {
  const r = BodyCheckBody.safeParse({ entries });
  if (r.success) return null;
  const e = inputErrorOf(r.error);
  const [field, problem] = Object.entries(e.fields)[0] ?? ["check", "is not valid"];
  return `Body check, ${field}: ${problem}.`;
}

function display(t: RomTestKind, v: number, units: Units): string {
  return ROM_UNITS[t] === "cm" ? `${round1(lengthToDisplay(v, units))}` : `${v}`;
}

/**
 * What POST /api/rom-tests would refuse in one test as typed (in the runner's units), or
 * null; a test left empty is fine (it is not sent).
 *
 * @example
 * romProblem("knee-to-wall", { ...EMPTY_ROM, left: "999" }, "metric");
 * // "Knee-to-wall, left: must be from 0 to 30 cm, got 999."
 */
export function romProblem(t: RomTestKind, r: RomInput, units: Units): string | null {
  const name = TEST_NAMES[t];
  for (const side of ["left", "right", "value"] as const)
    if (r[side].trim() !== "" && !Number.isFinite(Number(r[side])))
      return `${name}, ${side}: type a number, got "${r[side]}".`;
  const body = romBody(t, r, units);
  if (!body) return null;
  const parsed = RomTestBody.safeParse(body);
  if (!parsed.success) {
    const e = inputErrorOf(parsed.error);
    const [field, problem] = Object.entries(e.fields)[0] ?? ["test", "is not valid"];
    return `${name}, ${field}: ${problem}.`;
  }
  const [min, max] = ROM_RANGES[t];
  const unit = ROM_UNITS[t] === "cm" ? lengthUnit(units) : "degrees";
  for (const side of ["left", "right", "value"] as const) {
    const v = parsed.data[side];
    if (typeof v === "number" && !(v >= min && v <= max))
      return `${name}, ${side}: must be from ${display(t, min, units)} to ${display(t, max, units)} ${unit}, got ${r[side].trim()}.`;
  }
  return null;
}

/**
 * The checks the API makes on a profile, a body check and a range-of-motion test, made here
 * before anything is sent, so a save of several parts (onboarding, the audit's re-tests)
 * stops before the first request rather than halfway. The schemas and ranges are the API's
 * own (src/core/schemas); problems are told in the runner's words and units.
 */
import type { RomTestKind, Units } from "../../core/journal/types.js";
import { BodyCheckBody, ProfileBody, RomTestBody } from "../../core/schemas/bodies.js";
import { inputErrorOf } from "../../core/schemas/parse.js";
import { problemText } from "../app/field-error.js";
import { romBody, romProblems, type RomInput } from "./rom.js";

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

/**
 * What PUT /api/profile would refuse in this profile body, or null.
 *
 * @example
 * profileProblem({ name: "Alex", yearsRunning: 99 }, "metric");
 * // "Years running: enter a number from 0 to 80 years (you entered 99 years)."
 */
export function profileProblem(body: unknown, units: Units): string | null {
  const r = ProfileBody.safeParse(body);
  if (r.success) return null;
  const e = inputErrorOf(r.error);
  const [field, problem] = Object.entries(e.fields)[0] ?? ["profile", "is not valid"];
  const label = PROFILE_WORDS[field.split(/[.[]/)[0] ?? ""] ?? field;
  return problemText(
    field === "weeklyDistanceKm" ? { label, unit: "km" } : { label },
    problem,
    units,
  );
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

/**
 * What POST /api/rom-tests would refuse in one test as typed (in the runner's units), or
 * null; a test left empty is fine (it is not sent). Worded as the test's own fields word it
 * (romProblems), naming the test by the title the form shows.
 *
 * @example
 * romProblem("knee-to-wall", "Knee to wall (ankle)", { ...EMPTY_ROM, left: "999" }, "metric");
 * // "Knee to wall (ankle), left side: enter a number from 0 to 30 cm (you entered 999 cm)."
 */
export function romProblem(
  t: RomTestKind,
  title: string,
  r: RomInput,
  units: Units,
): string | null {
  const typed = romProblems(t, title, r, units);
  const first = typed.left ?? typed.right ?? typed.value;
  if (first) return first;
  const body = romBody(t, r, units);
  if (!body) return null;
  const parsed = RomTestBody.safeParse(body);
  if (parsed.success) return null;
  const e = inputErrorOf(parsed.error);
  const [field, problem] = Object.entries(e.fields)[0] ?? ["test", "is not valid"];
  return problemText({ label: `${title}, ${field}` }, problem, units);
}

/**
 * Parsing the routine options shared by `limber routine`, `limber today` and the API: raw
 * values in (option names without dashes), a RoutineContext out, or an InputError that
 * names the field, the bad value and what is allowed. The rules are the zod schema
 * `RoutineOptions` (src/core/schemas/routine-options.ts); this adds the command line's
 * spellings (a flag given without a value, the beginner flag's names).
 */
import { InputError } from "../errors.js";
import { parseInput } from "../schemas/parse.js";
import { RoutineOptions, type RoutineOptionsOutput } from "../schemas/routine-options.js";

export type RawOptions = Record<string, string | boolean | undefined>;

/** The beginner flag as the CLI (`--new-to-rolling`, camel-cased by the parser) and the API spell it. */
const NEW_TO_ROLLING = ["newtorolling", "new-to-rolling", "newToRolling"];

/** Raw values as the schema reads them: text, a boolean flag as "true"/"false". */
function asText(raw: RawOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(raw)) {
    if (v === undefined || NEW_TO_ROLLING.includes(key)) continue;
    if (v === true) throw new InputError(key, "needs a value");
    if (v !== false) out[key] = v;
  }
  for (const key of NEW_TO_ROLLING) {
    const v = raw[key];
    if (v === undefined) continue;
    out.newtorolling = typeof v === "boolean" ? String(v) : v;
    break;
  }
  return out;
}

/**
 * Turns raw option values into a routine context (and the seed, when given).
 *
 * @example
 * parseRoutineOptions({ run: "long", minutes: "20", tight: "calves-left=7" });
 * // { run: "long", minutes: 20, tight: { "calves-left": 7 } }
 * parseRoutineOptions({ minutes: "-5" }); // throws InputError("minutes", "must be a whole number from 1 to 120, got -5")
 */
export function parseRoutineOptions(raw: RawOptions): RoutineOptionsOutput {
  return parseInput(RoutineOptions, asText(raw));
}

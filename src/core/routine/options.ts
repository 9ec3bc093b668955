/**
 * Parsing the routine options shared by `limber routine` and `GET /api/routine`: raw
 * strings in (option names without dashes), a RoutineContext out, or an InputError that
 * names the field, the bad value and what is allowed.
 */
import { allowed, InputError } from "../errors.js";
import {
  EMPHASES,
  EQUIPMENT,
  isEmphasis,
  isEquipment,
  isPainKind,
  isRunType,
  isSessionKind,
  isWorkout,
  PAIN_KINDS,
  parseRegionRef,
  REGIONS,
  RUN_TYPES,
  SESSIONS,
  WORKOUTS,
  type RegionRef,
} from "../vocabulary.js";
import type { PainInput, RoutineContext } from "./types.js";

export type RawOptions = Record<string, string | boolean | undefined>;

const MAX_MINUTES = 120;
const MAX_SEED = 4_294_967_295;

function text(raw: RawOptions, key: string): string | undefined {
  const v = raw[key];
  if (v === undefined || v === false) return undefined;
  if (v === true) throw new InputError(key, "needs a value");
  return v.trim();
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function wholeNumber(field: string, value: string, lo: number, hi: number): number {
  const n = /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < lo || n > hi) {
    throw new InputError(
      field,
      `must be a whole number from ${lo} to ${hi}, got ${value === "" ? "nothing" : value}`,
    );
  }
  return n;
}

const regionHelp = `a region (${REGIONS.join(", ")}), optionally followed by -left or -right`;

function regionRef(field: string, value: string): RegionRef {
  const parsed = parseRegionRef(value);
  if (!parsed) throw new InputError(field, `"${value}" is not ${regionHelp}`);
  return value as RegionRef;
}

function pairs(field: string, value: string, format: string): [string, string][] {
  return list(value).map((entry) => {
    const at = entry.indexOf("=");
    if (at <= 0) throw new InputError(field, `"${entry}" is not of the form ${format}`);
    return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
  });
}

function flag(raw: RawOptions, ...keys: string[]): boolean | undefined {
  for (const key of keys) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v === "boolean") return v;
    const s = v.trim().toLowerCase();
    if (s === "" || s === "true" || s === "1" || s === "yes") return true;
    if (s === "false" || s === "0" || s === "no") return false;
    throw new InputError(keys[0] ?? key, `must be true or false, got ${v}`);
  }
  return undefined;
}

/**
 * Turns raw option values into a routine context (and the seed, when given).
 *
 * @example
 * parseRoutineOptions({ run: "long", minutes: "20", tight: "calves-left=7" });
 * // { run: "long", minutes: 20, tight: { "calves-left": 7 } }
 * parseRoutineOptions({ minutes: "-5" }); // throws InputError("minutes", "must be a whole number from 1 to 120, got -5")
 */
export function parseRoutineOptions(raw: RawOptions): RoutineContext & { seed?: number } {
  const ctx: RoutineContext & { seed?: number } = {};

  const run = text(raw, "run");
  if (run !== undefined) {
    if (!isRunType(run)) throw new InputError("run", `"${run}" is not ${allowed(RUN_TYPES)}`);
    ctx.run = run;
  }
  const workout = text(raw, "workout");
  if (workout !== undefined) {
    if (!isWorkout(workout))
      throw new InputError("workout", `"${workout}" is not ${allowed(WORKOUTS)}`);
    ctx.workout = workout;
  }
  const emphasis = text(raw, "emphasis");
  if (emphasis !== undefined) {
    const values = list(emphasis);
    if (values.length === 0)
      throw new InputError("emphasis", `needs at least one of ${EMPHASES.join(", ")}`);
    for (const e of values)
      if (!isEmphasis(e)) throw new InputError("emphasis", `"${e}" is not ${allowed(EMPHASES)}`);
    if (ctx.workout === "cross" || (ctx.workout === undefined && ctx.run !== undefined)) {
      throw new InputError(
        "emphasis",
        `applies to --workout strength only, got emphasis "${emphasis}"`,
      );
    }
    ctx.workout = "strength";
    ctx.emphasis = [...new Set(values)] as RoutineContext["emphasis"];
  }
  const session = text(raw, "session");
  if (session !== undefined) {
    if (!isSessionKind(session))
      throw new InputError("session", `"${session}" is not ${allowed(SESSIONS)}`);
    ctx.session = session;
  }
  const minutes = text(raw, "minutes");
  if (minutes !== undefined) ctx.minutes = wholeNumber("minutes", minutes, 1, MAX_MINUTES);

  const equipment = text(raw, "equipment");
  if (equipment !== undefined) {
    const values = list(equipment);
    if (values.length === 1 && values[0] === "none") ctx.equipment = [];
    else {
      if (values.length === 0)
        throw new InputError("equipment", `needs "none" or ${EQUIPMENT.join(", ")}`);
      for (const e of values) {
        if (!isEquipment(e))
          throw new InputError("equipment", `"${e}" is not "none" or ${allowed(EQUIPMENT)}`);
      }
      ctx.equipment = [...new Set(values)] as RoutineContext["equipment"];
    }
  }

  const tight = text(raw, "tight");
  if (tight !== undefined) {
    const out: NonNullable<RoutineContext["tight"]> = {};
    for (const [region, level] of pairs("tight", tight, "region=0..10, e.g. calves=7")) {
      const ref = regionRef("tight", region);
      out[ref] = wholeNumberIn("tight", `${region}=${level}`, level, 0, 10);
    }
    ctx.tight = out;
  }
  const avoid = text(raw, "avoid");
  if (avoid !== undefined) ctx.avoid = [...new Set(list(avoid).map((r) => regionRef("avoid", r)))];

  const pain = text(raw, "pain");
  if (pain !== undefined) {
    const out: PainInput[] = [];
    for (const [region, kind] of pairs(
      "pain",
      pain,
      "region=sharp|swelling|niggle, e.g. calves=sharp",
    )) {
      const ref = regionRef("pain", region);
      if (!isPainKind(kind))
        throw new InputError("pain", `"${kind}" for ${region} is not ${allowed(PAIN_KINDS)}`);
      out.push({ region: ref, kind });
    }
    ctx.pain = out;
  }
  const newToRolling = flag(raw, "newtorolling", "new-to-rolling", "newToRolling");
  if (newToRolling !== undefined) ctx.newToRolling = newToRolling;

  const seed = text(raw, "seed");
  if (seed !== undefined) ctx.seed = wholeNumber("seed", seed, 0, MAX_SEED);
  return ctx;
}

function wholeNumberIn(
  field: string,
  entry: string,
  value: string,
  lo: number,
  hi: number,
): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < lo || n > hi) {
    throw new InputError(field, `"${entry}": the level must be a whole number from ${lo} to ${hi}`);
  }
  return n;
}

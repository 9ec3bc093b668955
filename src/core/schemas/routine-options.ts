/**
 * The routine options of `limber routine`, `limber today`, `GET /api/routine` and `GET
 * /api/today` as one zod schema: raw strings in (option names without dashes, lists
 * comma-separated), a RoutineContext and the seed out. The API validates its query with it
 * (so OpenAPI documents it), the CLI parses its flags with it, and the web app builds its
 * query with it. Each problem names the field, the bad value and what is allowed.
 */
import { z } from "zod";
import { allowed } from "../errors.js";
import type { PainInput, RoutineContext } from "../routine/types.js";
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
import { show } from "./fields.js";

export const MAX_ROUTINE_MINUTES = 120;
export const MAX_SEED = 4_294_967_295;

/** A problem with one option's value, turned into a zod issue on that option. */
class Problem {
  constructor(readonly message: string) {}
}

/** An option as text of at most `max` characters, read by `read` once trimmed. */
function option<T>(max: number, read: (value: string) => T) {
  return z
    .string({ error: (iss) => `must be text, got ${show(iss.input)}` })
    .max(max, { error: `must be at most ${max} characters` })
    .optional()
    .transform((raw, ctx): T | undefined => {
      if (raw === undefined) return undefined;
      try {
        return read(raw.trim());
      } catch (e) {
        if (!(e instanceof Problem)) throw e;
        ctx.addIssue({ code: "custom", message: e.message });
        return z.NEVER;
      }
    });
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function wholeNumber(lo: number, hi: number) {
  return (value: string): number => {
    const n = /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < lo || n > hi) {
      throw new Problem(
        `must be a whole number from ${lo} to ${hi}, got ${value === "" ? "nothing" : value}`,
      );
    }
    return n;
  };
}

function oneOfList<T extends string>(
  values: readonly T[],
  is: (v: string) => v is T,
): (value: string) => T {
  return (value) => {
    if (!is(value)) throw new Problem(`"${value}" is not ${allowed(values)}`);
    return value;
  };
}

const regionHelp = `a region (${REGIONS.join(", ")}), optionally followed by -left or -right`;

function regionRef(value: string): RegionRef {
  if (!parseRegionRef(value)) throw new Problem(`"${value}" is not ${regionHelp}`);
  return value as RegionRef;
}

function pairs(value: string, format: string): [string, string][] {
  return list(value).map((entry) => {
    const at = entry.indexOf("=");
    if (at <= 0) throw new Problem(`"${entry}" is not of the form ${format}`);
    return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
  });
}

function level(entry: string, value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 0 || n > 10) {
    throw new Problem(`"${entry}": the level must be a whole number from 0 to 10`);
  }
  return n;
}

function emphases(value: string): NonNullable<RoutineContext["emphasis"]> {
  const values = list(value);
  if (values.length === 0) throw new Problem(`needs at least one of ${EMPHASES.join(", ")}`);
  for (const e of values)
    if (!isEmphasis(e)) throw new Problem(`"${e}" is not ${allowed(EMPHASES)}`);
  return [...new Set(values)] as NonNullable<RoutineContext["emphasis"]>;
}

function equipment(value: string): NonNullable<RoutineContext["equipment"]> {
  const values = list(value);
  if (values.length === 1 && values[0] === "none") return [];
  if (values.length === 0) throw new Problem(`needs "none" or ${EQUIPMENT.join(", ")}`);
  for (const e of values)
    if (!isEquipment(e)) throw new Problem(`"${e}" is not "none" or ${allowed(EQUIPMENT)}`);
  return [...new Set(values)] as NonNullable<RoutineContext["equipment"]>;
}

function tightness(value: string): NonNullable<RoutineContext["tight"]> {
  const out: NonNullable<RoutineContext["tight"]> = {};
  for (const [region, lvl] of pairs(value, "region=0..10, e.g. calves=7")) {
    out[regionRef(region)] = level(`${region}=${lvl}`, lvl);
  }
  return out;
}

function painFlags(value: string): PainInput[] {
  return pairs(value, "region=sharp|swelling|niggle, e.g. calves=sharp").map(([region, kind]) => {
    const ref = regionRef(region);
    if (!isPainKind(kind))
      throw new Problem(`"${kind}" for ${region} is not ${allowed(PAIN_KINDS)}`);
    return { region: ref, kind };
  });
}

function yesNo(value: string): boolean {
  const s = value.toLowerCase();
  if (s === "" || s === "true" || s === "1" || s === "yes") return true;
  if (s === "false" || s === "0" || s === "no") return false;
  throw new Problem(`must be true or false, got ${value}`);
}

/** Each option as text, read on its own; the names are the CLI's without dashes. */
const fields = {
  run: option(40, oneOfList(RUN_TYPES, isRunType)),
  workout: option(40, oneOfList(WORKOUTS, isWorkout)),
  emphasis: option(200, emphases),
  session: option(40, oneOfList(SESSIONS, isSessionKind)),
  minutes: option(10, wholeNumber(1, MAX_ROUTINE_MINUTES)),
  equipment: option(200, equipment),
  tight: option(1000, tightness),
  avoid: option(1000, (v) => [...new Set(list(v).map(regionRef))]),
  pain: option(1000, painFlags),
  newtorolling: option(10, yesNo),
  seed: option(20, wholeNumber(0, MAX_SEED)),
};

export type RoutineOptionsOutput = RoutineContext & { seed?: number };

/**
 * The routine options, read into a routine context and the seed. An emphasis means a
 * strength session, and belongs to no run or cross-training.
 *
 * @example
 * parseInput(RoutineOptions, { run: "long", minutes: "20", tight: "calves-left=7" });
 * // { run: "long", minutes: 20, tight: { "calves-left": 7 } }
 * parseInput(RoutineOptions, { minutes: "-5" });
 * // throws InputError "minutes: must be a whole number from 1 to 120, got -5"
 */
export const RoutineOptions = z.object(fields).transform((o, ctx): RoutineOptionsOutput => {
  const out: RoutineOptionsOutput = {};
  if (o.run !== undefined) out.run = o.run;
  if (o.workout !== undefined) out.workout = o.workout;
  if (o.emphasis !== undefined) {
    if (o.workout === "cross" || (o.workout === undefined && o.run !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["emphasis"],
        message: `applies to --workout strength only, got emphasis "${o.emphasis.join(",")}"`,
      });
      return z.NEVER;
    }
    out.workout = "strength";
    out.emphasis = o.emphasis;
  }
  if (o.session !== undefined) out.session = o.session;
  if (o.minutes !== undefined) out.minutes = o.minutes;
  if (o.equipment !== undefined) out.equipment = o.equipment;
  if (o.tight !== undefined) out.tight = o.tight;
  if (o.avoid !== undefined) out.avoid = o.avoid;
  if (o.pain !== undefined) out.pain = o.pain;
  if (o.newtorolling !== undefined) out.newToRolling = o.newtorolling;
  if (o.seed !== undefined) out.seed = o.seed;
  return out;
});

/** The options of GET /api/today and `limber today`: the budget, the session and the seed. */
export const TodayOptions = z.object({
  minutes: fields.minutes,
  session: fields.session,
  seed: fields.seed,
});

/** Options as a client sends them (query strings, flags). */
export type RoutineOptionsInput = z.input<typeof RoutineOptions>;

/**
 * A routine as JSON text, byte for byte what JSON.stringify gives, with less work: most of an
 * item's text (name, regions, kit, cues, cautions) is the same every time its movement comes
 * up, so it is kept per movement as ready text and only the dose, sides and reasons are
 * written afresh. The kept text is used only when the item still holds exactly the values it
 * was made from; anything else (another shape, other values) goes through JSON.stringify.
 */
import type { Routine } from "./types.js";

/** The keys every item has, in the order the engine sets them (build.ts, toItem). */
const FIXED_KEYS = [
  "id",
  "name",
  "phase",
  "regions",
  "equipment",
  "seconds",
  "sides",
  "cues",
  "reasons",
] as const;

/** Keys an item may add after those, in this order: one bit each. */
const OPTIONAL_KEYS = ["reps", "holdSeconds", "pressure", "cautions"] as const;
const REPS = 1;
const HOLD = 2;
const PRESSURE = 4;
const CAUTIONS = 8;

/** One movement's kept text, with the values it was made from. */
interface Template {
  name: string;
  phase: string;
  regions: readonly string[];
  equipment: readonly string[];
  cues: readonly string[];
  pressure: string | undefined;
  cautions: readonly string[] | undefined;
  /** Which optional keys the item has (bits above). */
  optional: number;
  /** `{"id":…,"name":…,"phase":…,"regions":[…],"equipment":[…],"seconds":` */
  head: string;
  /** `,"cues":[…],"reasons":` */
  middle: string;
  /** Pressure and cautions when the item has them, and the closing brace. */
  tail: string;
}

/** Kept text per movement id, a few shapes each (pressure, one side): bounded. */
const TEMPLATES = new Map<string, Template[]>();
const MAX_IDS = 2048;
const MAX_PER_ID = 16;

type Item = Record<string, unknown>;

function isPlain(value: unknown): value is Item {
  return (
    typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

function isStrings(value: unknown): value is readonly string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
}

/** Same strings in the same order (an array compared with itself costs nothing). */
function sameStrings(a: readonly string[] | undefined, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A finite number's text is the same in JSON; anything else is not written by the template. */
function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Which optional keys an item has, or -1 when its keys are not the engine's (other keys,
 * another order, a key whose value JSON would leave out).
 */
function shapeOf(item: Item): number {
  let i = 0;
  let optional = 0;
  let next = 0;
  for (const key in item) {
    if (i < FIXED_KEYS.length) {
      if (key !== FIXED_KEYS[i]) return -1;
    } else {
      let k = next;
      while (k < OPTIONAL_KEYS.length && OPTIONAL_KEYS[k] !== key) k++;
      if (k === OPTIONAL_KEYS.length || item[key] === undefined) return -1;
      optional |= 1 << k;
      next = k + 1;
    }
    i++;
  }
  return i < FIXED_KEYS.length ? -1 : optional;
}

function matches(t: Template, item: Item, optional: number): boolean {
  return (
    t.optional === optional &&
    t.name === item.name &&
    t.phase === item.phase &&
    t.pressure === item.pressure &&
    sameStrings(t.cues, item.cues) &&
    sameStrings(t.regions, item.regions) &&
    sameStrings(t.equipment, item.equipment) &&
    sameStrings(t.cautions, item.cautions)
  );
}

/** A template for this item, or undefined when its kept parts are not all strings. */
function templateOf(item: Item, optional: number): Template | undefined {
  const { id, name, phase, regions, equipment, cues, pressure, cautions } = item;
  if (typeof id !== "string" || typeof name !== "string" || typeof phase !== "string")
    return undefined;
  if (!isStrings(regions) || !isStrings(equipment) || !isStrings(cues)) return undefined;
  if (optional & PRESSURE && typeof pressure !== "string") return undefined;
  if (optional & CAUTIONS && !isStrings(cautions)) return undefined;
  const head = `{"id":${JSON.stringify(id)},"name":${JSON.stringify(name)},"phase":${JSON.stringify(phase)},"regions":${JSON.stringify(regions)},"equipment":${JSON.stringify(equipment)},"seconds":`;
  let tail = "";
  if (optional & PRESSURE) tail += `,"pressure":${JSON.stringify(pressure)}`;
  if (optional & CAUTIONS) tail += `,"cautions":${JSON.stringify(cautions)}`;
  return {
    name,
    phase,
    regions: regions.slice(),
    equipment: equipment.slice(),
    cues: cues.slice(),
    pressure: optional & PRESSURE ? (pressure as string) : undefined,
    cautions: optional & CAUTIONS ? (cautions as readonly string[]).slice() : undefined,
    optional,
    head,
    middle: `,"cues":${JSON.stringify(cues)},"reasons":`,
    tail: `${tail}}`,
  };
}

function itemJson(value: unknown): string | undefined {
  if (!isPlain(value)) return JSON.stringify(value);
  const item = value;
  const optional = shapeOf(item);
  const { id, seconds, sides, reasons, reps, holdSeconds } = item;
  if (
    optional < 0 ||
    typeof id !== "string" ||
    !isNumber(seconds) ||
    !isNumber(sides) ||
    !Array.isArray(reasons) ||
    (optional & REPS && !isNumber(reps)) ||
    (optional & HOLD && !isNumber(holdSeconds))
  )
    return JSON.stringify(item);
  let list = TEMPLATES.get(id);
  let t: Template | undefined;
  if (list) for (const x of list) if (matches(x, item, optional)) t = x;
  if (!t) {
    t = templateOf(item, optional);
    if (!t) return JSON.stringify(item);
    if (!list) {
      if (TEMPLATES.size >= MAX_IDS) TEMPLATES.clear();
      list = [];
      TEMPLATES.set(id, list);
    }
    if (list.length < MAX_PER_ID) list.push(t);
  }
  let out = `${t.head}${seconds},"sides":${sides}${t.middle}${JSON.stringify(reasons)}`;
  if (optional & REPS) out += `,"reps":${reps as number}`;
  if (optional & HOLD) out += `,"holdSeconds":${holdSeconds as number}`;
  return out + t.tail;
}

function itemsJson(items: unknown): string | undefined {
  if (!Array.isArray(items)) return JSON.stringify(items);
  let out = "[";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ",";
    // An entry JSON leaves out (undefined, a function) is written as null inside an array.
    out += itemJson(items[i]) ?? "null";
  }
  return `${out}]`;
}

/**
 * The routine as JSON text: the same bytes as `JSON.stringify(routine)`, built from kept
 * per-movement text where the items allow it.
 *
 * @example
 * routineJson(buildRoutine({ run: "long" }, MOVEMENTS, 1)) ===
 *   JSON.stringify(buildRoutine({ run: "long" }, MOVEMENTS, 1)); // true
 */
export function routineJson<T extends Routine | object>(routine: T): string {
  const value: unknown = routine;
  if (!isPlain(value) || typeof value.toJSON === "function") return JSON.stringify(value);
  let out = "{";
  for (const key in value) {
    const json = key === "items" ? itemsJson(value[key]) : JSON.stringify(value[key]);
    // JSON leaves out a key whose value it cannot write (undefined, a function).
    if (json === undefined) continue;
    if (out.length > 1) out += ",";
    out += `${JSON.stringify(key)}:${json}`;
  }
  return `${out}}`;
}

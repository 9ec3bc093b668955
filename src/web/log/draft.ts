/**
 * The session log as the runner fills it in. Ratings start empty: a rating is stored only
 * when the runner gave it, and Save needs either every rating or an explicit "skip
 * ratings", which stores none (never a default the runner did not say). Techniques done
 * beside the routine are logged only once the runner adds them, with the time they typed.
 */
import type { Movement } from "../../core/catalog/types.js";
import type { Ratings, SessionItemLog } from "../../core/journal/types.js";
import { RANGES } from "../../core/schemas/ranges.js";
import { isPressure, type Pressure } from "../../core/vocabulary.js";
import { formatDuration } from "../app/units.js";
import type { ActiveSession } from "../offline/cache.js";

export const RATING_KEYS = [
  "stiffness",
  "soreness",
  "pain",
] as const satisfies readonly (keyof Ratings)[];

/** What the inputs hold: "" until the runner types a value. */
export type RatingDraft = Record<keyof Ratings, string>;

export const EMPTY_RATINGS: RatingDraft = { stiffness: "", soreness: "", pain: "" };

/** A technique the runner did beside the routine, as they added it. */
export interface AddedDraft {
  /** A movement id of the library, not one of the routine's. */
  id: string;
  /** Whole seconds, within RANGES.addedSeconds. */
  seconds: number;
  /** Only for a release technique, and only when the runner chose one. */
  pressure?: Pressure;
}

/** The "add a technique" inputs as typed: "" until the runner chooses or types. */
export interface AddingDraft {
  id: string;
  minutes: string;
  seconds: string;
  pressure: string;
}

export const EMPTY_ADDING: AddingDraft = { id: "", minutes: "", seconds: "", pressure: "" };

/**
 * What the log needs to know of a library movement: its name for sentences and its phase
 * (pressure belongs to release techniques only). Undefined for an id the library lacks.
 */
export type MovementLookup = (id: string) => Pick<Movement, "name" | "phase"> | undefined;

/** A problem with the "add a technique" inputs, and which of them to point at. */
export interface AddProblem {
  field: "movement" | "time" | "add";
  text: string;
}

export interface LogDraft {
  before: RatingDraft;
  after: RatingDraft;
  skipRatings: boolean;
  /** Pressure per release item, only where the runner chose one. */
  pressure: Record<string, Pressure>;
  /** "" when not given; "1".."5" otherwise. */
  mood: string;
  energy: string;
  notes: string;
  /** Techniques done beside the routine, in the order the runner added them. */
  added: AddedDraft[];
  /** The technique being added, kept so a reload loses none of it; never sent. */
  adding: AddingDraft;
}

/** A fresh log: nothing filled in. */
export function emptyDraft(): LogDraft {
  return {
    before: { ...EMPTY_RATINGS },
    after: { ...EMPTY_RATINGS },
    skipRatings: false,
    pressure: {},
    mood: "",
    energy: "",
    notes: "",
    added: [],
    adding: { ...EMPTY_ADDING },
  };
}

/**
 * A rating box's value as a whole number 0-10, or undefined when it holds anything else
 * (empty included).
 *
 * @example
 * score(" 7 "); // 7
 * score("12"); // undefined
 */
export function score(v: string): number | undefined {
  const t = v.trim();
  if (!/^(10|\d)$/.test(t)) return undefined;
  return Number(t);
}

/**
 * The ratings the runner gave, and the inputs still missing or not a whole number 0-10.
 *
 * @example
 * readRatings({ stiffness: "6", soreness: "", pain: "11" }, "before");
 * // { ratings: { stiffness: 6 }, missing: ["before soreness", "before pain"] }
 */
export function readRatings(
  d: RatingDraft,
  when: "before" | "after",
): { ratings: Partial<Ratings>; missing: string[] } {
  const ratings: Partial<Ratings> = {};
  const missing: string[] = [];
  for (const k of RATING_KEYS) {
    const v = score(d[k]);
    if (v === undefined) missing.push(`${when} ${k}`);
    else ratings[k] = v;
  }
  return { ratings, missing };
}

/** Why Save cannot go ahead yet, or null when it can. */
export function saveProblem(d: LogDraft): string | null {
  if (d.skipRatings) return null;
  const missing = [
    ...readRatings(d.before, "before").missing,
    ...readRatings(d.after, "after").missing,
  ];
  if (missing.length === 0) return null;
  return `Rate ${missing.join(", ")} (a whole number 0-10), or tick "Skip ratings".`;
}

const [MIN_SECONDS, MAX_SECONDS] = RANGES.addedSeconds;
const TIME_RANGE = `from ${formatDuration(MIN_SECONDS)} to ${formatDuration(MAX_SECONDS)}`;

/**
 * The time typed as minutes and seconds, in whole seconds, or what to tell the runner. An
 * empty box counts as 0 when the other holds a number ("" min and "45" s is 45 s).
 *
 * @example
 * readAddedTime("1", "30"); // { seconds: 90 }
 * readAddedTime("0", "5"); // { problem: "Time: enter from 10 s to 60 min (you entered 5 s)." }
 */
export function readAddedTime(
  minutes: string,
  seconds: string,
): { seconds: number } | { problem: string } {
  const m = minutes.trim();
  const s = seconds.trim();
  if (m === "" && s === "") return { problem: `Time: enter how long you did it, ${TIME_RANGE}.` };
  if (!/^\d*$/.test(m) || !/^\d*$/.test(s))
    return { problem: `Time: enter whole minutes and seconds, ${TIME_RANGE}.` };
  const total = Number(m || "0") * 60 + Number(s || "0");
  if (total < MIN_SECONDS || total > MAX_SECONDS)
    return { problem: `Time: enter ${TIME_RANGE} (you entered ${formatDuration(total)}).` };
  return { seconds: total };
}

/**
 * The technique the inputs describe, ready for the added list, or the first problem with
 * them. Pressure is kept only for a release technique.
 *
 * @example
 * readAdding({ id: "foam-roll-calves", minutes: "2", seconds: "", pressure: "light" }, lookup);
 * // { item: { id: "foam-roll-calves", seconds: 120, pressure: "light" } }
 */
export function readAdding(
  a: AddingDraft,
  lookup: MovementLookup,
): { item: AddedDraft } | { problem: AddProblem } {
  const movement = a.id ? lookup(a.id) : undefined;
  if (!movement)
    return { problem: { field: "movement", text: "Technique: choose one from the list." } };
  const time = readAddedTime(a.minutes, a.seconds);
  if ("problem" in time) return { problem: { field: "time", text: time.problem } };
  const item: AddedDraft = { id: a.id, seconds: time.seconds };
  if (isPressure(a.pressure) && movement.phase === "release") item.pressure = a.pressure;
  return { item };
}

/**
 * Why Save must wait for the "add a technique" inputs, or null: a technique chosen but not
 * added yet is neither logged unasked nor dropped unsaid; the runner adds it or clears it.
 *
 * @example
 * addingProblem({ ...emptyDraft(), adding: { ...EMPTY_ADDING, id: "cat-cow" } }, lookup);
 * // { field: "time", text: "Time: enter how long you did it, from 10 s to 60 min." }
 */
export function addingProblem(d: LogDraft, lookup: MovementLookup): AddProblem | null {
  if (!d.adding.id) return null;
  const r = readAdding(d.adding, lookup);
  if ("problem" in r) return r.problem;
  const name = lookup(d.adding.id)?.name ?? d.adding.id;
  return {
    field: "add",
    text: `${name} is not in the log yet: tap "Add" to log it, or "Clear" to leave it out.`,
  };
}

/**
 * The body of POST /api/sessions: ratings only when given and not skipped, pressure only for
 * release items the runner did and set a pressure for, mood and energy only when chosen,
 * and `added` only when the runner added a technique (its pressure only for release).
 *
 * @example
 * sessionBody(session, { ...emptyDraft(), skipRatings: true }, lookup); // no before, after, mood, energy or added
 */
export function sessionBody(
  s: ActiveSession,
  d: LogDraft,
  lookup: MovementLookup,
): Record<string, unknown> {
  const items: SessionItemLog[] = s.routine.items.map((i) => {
    const log: SessionItemLog = {
      id: i.id,
      status: s.status[i.id] === "done" ? "done" : "skipped",
    };
    const p = d.pressure[i.id];
    if (p && log.status === "done" && i.phase === "release") log.pressure = p;
    return log;
  });
  const body: Record<string, unknown> = {
    startedAt: s.startedAt,
    kind: s.kind,
    routine: s.routine,
    items,
  };
  if (!d.skipRatings) {
    const before = readRatings(d.before, "before").ratings;
    const after = readRatings(d.after, "after").ratings;
    if (Object.keys(before).length) body.before = before;
    if (Object.keys(after).length) body.after = after;
  }
  if (d.mood) body.mood = Number(d.mood);
  if (d.energy) body.energy = Number(d.energy);
  if (d.notes.trim()) body.notes = d.notes.trim();
  if (d.added.length)
    body.added = d.added.map((a) => {
      const x: AddedDraft = { id: a.id, seconds: a.seconds };
      if (a.pressure && lookup(a.id)?.phase === "release") x.pressure = a.pressure;
      return x;
    });
  return body;
}

/**
 * The session log as the runner fills it in. Ratings start empty: a rating is stored only
 * when the runner gave it, and Save needs either every rating or an explicit "skip
 * ratings", which stores none (never a default the runner did not say).
 */
import type { Ratings, SessionItemLog } from "../../core/journal/types.js";
import type { Pressure } from "../../core/vocabulary.js";
import type { ActiveSession } from "../offline/cache.js";

export const RATING_KEYS = [
  "stiffness",
  "soreness",
  "pain",
] as const satisfies readonly (keyof Ratings)[];

/** What the inputs hold: "" until the runner types a value. */
export type RatingDraft = Record<keyof Ratings, string>;

export const EMPTY_RATINGS: RatingDraft = { stiffness: "", soreness: "", pain: "" };

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
  };
}

function score(v: string): number | undefined {
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

/**
 * The body of POST /api/sessions: ratings only when given and not skipped, pressure only for
 * release items the runner did and set a pressure for, mood and energy only when chosen.
 *
 * @example
 * sessionBody(session, { ...emptyDraft(), skipRatings: true }); // no before, after, mood or energy
 */
export function sessionBody(s: ActiveSession, d: LogDraft): Record<string, unknown> {
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
  return body;
}

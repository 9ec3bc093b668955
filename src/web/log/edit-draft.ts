/**
 * Correcting a logged session in the app: the log's inputs filled from what was stored, and
 * the PATCH /api/sessions/:id body built from them. The correction sends every field, so
 * what the runner emptied is cleared (null) instead of kept, and a rating left empty stays
 * unrecorded, as when logging.
 */
import type { SessionItemLog, SessionLog } from "../../core/journal/types.js";
import type { ActiveSession } from "../offline/cache.js";
import {
  EMPTY_ADDING,
  EMPTY_RATINGS,
  RATING_KEYS,
  score,
  sessionBody,
  type AddedDraft,
  type LogDraft,
  type MovementLookup,
  type RatingDraft,
} from "./draft.js";

/** Done or skipped per routine item, as the player keeps it. */
export type ItemStatus = Record<string, "done" | "skipped">;

const ratingDraft = (r: SessionLog["before"]): RatingDraft => {
  const out = { ...EMPTY_RATINGS };
  for (const k of RATING_KEYS) if (r?.[k] !== undefined) out[k] = String(r[k]);
  return out;
};

/**
 * The log's inputs as the session was stored: its ratings, pressures, mood, energy, notes
 * and the techniques added beside it; and each routine item's status (an item the log does
 * not name counts as done, as when logging by what was skipped).
 *
 * @example
 * draftOfSession(session).draft.after; // { stiffness: "3", soreness: "", pain: "0" }
 */
export function draftOfSession(log: SessionLog): { draft: LogDraft; status: ItemStatus } {
  const own = new Map<string, SessionItemLog>();
  const added: AddedDraft[] = [];
  for (const item of log.items) {
    if (item.added) {
      const a: AddedDraft = { id: item.id, seconds: item.seconds ?? 0 };
      if (item.pressure) a.pressure = item.pressure;
      added.push(a);
    } else own.set(item.id, item);
  }
  const status: ItemStatus = {};
  const pressure: LogDraft["pressure"] = {};
  for (const i of log.routine.items) {
    const item = own.get(i.id);
    status[i.id] = item?.status ?? "done";
    if (item?.pressure) pressure[i.id] = item.pressure;
  }
  return {
    draft: {
      before: ratingDraft(log.before),
      after: ratingDraft(log.after),
      skipRatings: false,
      pressure,
      mood: log.mood === undefined ? "" : String(log.mood),
      energy: log.energy === undefined ? "" : String(log.energy),
      notes: log.notes ?? "",
      added,
      adding: { ...EMPTY_ADDING },
    },
    status,
  };
}

/**
 * Why the correction cannot be saved yet, or null: a rating box holds something that is
 * not a whole number 0-10 (an empty box is a rating not given, as when logging).
 *
 * @example
 * editProblem({ ...draft, after: { stiffness: "12", soreness: "", pain: "" } });
 * // "After stiffness: enter a whole number 0-10, or leave it empty."
 */
export function editProblem(d: LogDraft): string | null {
  for (const [when, r] of [
    ["Before", d.before],
    ["After", d.after],
  ] as const)
    for (const k of RATING_KEYS) {
      if (r[k].trim() !== "" && score(r[k]) === undefined)
        return `${when} ${k}: enter a whole number 0-10, or leave it empty.`;
    }
  return null;
}

/**
 * The PATCH /api/sessions/:id body: the routine's items with their status and pressure,
 * the ratings given (null for a set left empty), mood, energy and notes (null when
 * emptied), and the added techniques (an empty list removes them).
 *
 * @example
 * editBody(session, status, draft, lookup);
 * // { items: [...], before: { stiffness: 6 }, after: null, mood: null, energy: 3, notes: null, added: [] }
 */
export function editBody(
  log: SessionLog,
  status: ItemStatus,
  d: LogDraft,
  lookup: MovementLookup,
): Record<string, unknown> {
  const active: ActiveSession = {
    routine: log.routine,
    kind: log.kind,
    startedAt: log.startedAt,
    status,
    stoppedRegions: [],
    offline: false,
  };
  const body = sessionBody(active, { ...d, skipRatings: false }, lookup);
  return {
    items: body.items,
    before: body.before ?? null,
    after: body.after ?? null,
    mood: body.mood ?? null,
    energy: body.energy ?? null,
    notes: body.notes ?? null,
    added: body.added ?? [],
  };
}

/**
 * What the runner may change on a run, as the Runs screen offers it: the type (their own, or
 * back to automatic, the one the data suggests) and their RPE (their own 1-10, or none, so
 * the load is estimated again). Each choice is a select value; these turn values into the
 * API bodies and say in words where the current figures come from.
 */
import type { RunRecord } from "../../core/journal/types.js";
import { isRunType, type RunType } from "../../core/vocabulary.js";

/** The select value meaning "no choice of mine: use what the data says". */
export const AUTO = "";

/** RPE 1-10 with the words a runner would use (session RPE, CR10 scale). */
export const RPE_CHOICES: readonly { value: number; label: string }[] = [
  { value: 1, label: "1 very easy" },
  { value: 2, label: "2 easy" },
  { value: 3, label: "3 moderate" },
  { value: 4, label: "4 somewhat hard" },
  { value: 5, label: "5 hard" },
  { value: 6, label: "6 hard" },
  { value: 7, label: "7 very hard" },
  { value: 8, label: "8 very hard" },
  { value: 9, label: "9 nearly all out" },
  { value: 10, label: "10 all out" },
];

/**
 * The type select's value: the runner's own type, or AUTO when they have not chosen one.
 *
 * @example
 * typeChoice({ ...run, typeOverride: "long" }); // "long"
 * typeChoice(runTypedFromData); // ""
 */
export function typeChoice(r: RunRecord): string {
  return r.typeOverride ?? AUTO;
}

/**
 * The label of the automatic choice, naming what the data suggests.
 *
 * @example
 * autoTypeLabel(runClassifiedTempo); // "automatic (tempo)"
 */
export function autoTypeLabel(r: RunRecord): string {
  return `automatic (${r.classification?.type ?? "not known"})`;
}

/**
 * The body of PATCH /api/runs/:id for a select value: null puts the type back to automatic.
 *
 * @example
 * typeBody(""); // { typeOverride: null }
 * typeBody("tempo"); // { typeOverride: "tempo" }
 */
export function typeBody(choice: string): { typeOverride: RunType | null } {
  if (choice === AUTO) return { typeOverride: null };
  if (!isRunType(choice)) throw new RangeError(`run type: "${choice}" is not one of the types`);
  return { typeOverride: choice };
}

/**
 * The RPE select's value: the runner's own RPE, or AUTO when it is estimated or missing.
 *
 * @example
 * rpeChoice({ ...run, rpe: 7 }); // "7"
 * rpeChoice({ ...run, rpe: 5, rpeEstimated: true }); // ""
 */
export function rpeChoice(r: RunRecord): string {
  return r.rpe === undefined || r.rpeEstimated ? AUTO : String(r.rpe);
}

/**
 * The body of PUT /api/runs/:id/rpe for a select value: null lets the server estimate it.
 *
 * @example
 * rpeBody("7"); // { rpe: 7 }
 * rpeBody(""); // { rpe: null }
 */
export function rpeBody(choice: string): { rpe: number | null } {
  if (choice === AUTO) return { rpe: null };
  const n = Number(choice);
  if (!Number.isInteger(n) || n < 1 || n > 10) {
    throw new RangeError(`RPE: "${choice}" must be a whole number from 1 to 10`);
  }
  return { rpe: n };
}

/**
 * The label of the "no RPE of mine" choice, with the estimate when there is one.
 *
 * @example
 * autoRpeLabel({ ...run, rpe: 4, rpeEstimated: true }); // "estimated (4)"
 */
export function autoRpeLabel(r: RunRecord): string {
  return r.rpe !== undefined && r.rpeEstimated ? `estimated (${r.rpe})` : "estimated";
}

/**
 * Why the run has its type, in lines a runner can read: their own choice first, then what
 * the data showed.
 *
 * @example
 * typeEvidence({ ...run, typeOverride: "long", classification: { type: "easy", reasons: ["steady pace"] } });
 * // ["You set this run as long.", "The data suggested easy: steady pace."]
 */
export function typeEvidence(r: RunRecord): string[] {
  const lines: string[] = [];
  if (r.typeOverride) lines.push(`You set this run as ${r.typeOverride}.`);
  const c = r.classification;
  if (c) {
    const why = c.reasons.length > 0 ? `: ${c.reasons.join("; ")}` : "";
    lines.push(`The data ${r.typeOverride ? "suggested" : "shows"} ${c.type}${why}.`);
  } else if (r.activity.source.kind === "manual") {
    lines.push("The data: none, the run was entered by hand, so only your type counts.");
  } else {
    lines.push("The data holds too little to tell the type (no pace or heart rate).");
  }
  return lines;
}

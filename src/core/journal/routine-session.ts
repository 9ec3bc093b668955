/**
 * The session a routine was built for, as far as the routine itself says. A routine of
 * GET /api/today names it (`context.session`). One printed by `limber routine --json` or
 * `limber today --json` names none, but four rules are given only to a routine after a run
 * (src/core/routine): the walk that opens it to bring the heart rate down (T1), the gentle
 * work of an easy day (L4), the rest of the care later today (T2, from the follow-up after a
 * run) and the compact cooldown after a long run (T4). Anything else (a mini session and a
 * warm-up share their rules, as do evening and rest-day sessions, and a post-run routine
 * without those four looks like them) is left for the runner to say.
 */
import { SESSIONS, type RuleId, type SessionKind } from "../vocabulary.js";

/** Rules the routine engine gives only to a post-run routine. */
const POST_RUN_ONLY: readonly RuleId[] = ["T1", "L4", "T2", "T4"];

const isSession = (v: unknown): v is SessionKind =>
  typeof v === "string" && (SESSIONS as readonly string[]).includes(v);

const ruleList = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);

/**
 * The session kind the routine says it was built for, or undefined when it does not say.
 *
 * @example
 * sessionOfRoutine({ context: { session: "evening" }, items: [], reasons: [] }); // "evening"
 * sessionOfRoutine({ items: [], reasons: ["T1", "L4"] }); // "post-run"
 * sessionOfRoutine({ items: [], reasons: ["T3"] }); // undefined (a mini session or a warm-up)
 */
export function sessionOfRoutine(routine: unknown): SessionKind | undefined {
  if (typeof routine !== "object" || routine === null) return undefined;
  const r = routine as { context?: { session?: unknown }; reasons?: unknown; items?: unknown };
  const named = r.context?.session;
  if (isSession(named)) return named;
  const rules = new Set<unknown>(ruleList(r.reasons));
  for (const item of ruleList(r.items))
    for (const rule of ruleList((item as { reasons?: unknown } | null)?.reasons)) rules.add(rule);
  return POST_RUN_ONLY.some((rule) => rules.has(rule)) ? "post-run" : undefined;
}

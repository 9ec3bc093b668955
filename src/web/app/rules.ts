/**
 * What a rule ID means, for the reason chips. The phrases live in core next to the engine
 * that cites them; this is the web app's one door to them.
 */
import type { RuleId } from "../../core/vocabulary.js";
import { RULE_PHRASES } from "../../core/routine/rule-phrases.js";

/**
 * Short explanation of a rule for a runner, capitalised as a sentence.
 *
 * @example
 * ruleText("T1"); // "Walk first to bring the heart rate down."
 */
export function ruleText(id: RuleId): string {
  const p = RULE_PHRASES[id];
  return p ? `${p[0]?.toUpperCase() ?? ""}${p.slice(1)}.` : `Coaching rule ${id}.`;
}

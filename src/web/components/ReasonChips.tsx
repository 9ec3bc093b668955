/** Rule chips ("L6", "S1") that explain themselves on tap, one at a time. */
import { useId, useState } from "react";
import type { RuleId } from "../../core/vocabulary.js";
import { ruleText } from "../app/rules.js";

export function ReasonChips({ reasons, label }: { reasons: RuleId[]; label: string }) {
  const [open, setOpen] = useState<RuleId | null>(null);
  const id = useId();
  if (reasons.length === 0) return null;
  return (
    <div>
      <div className="chips" role="group" aria-label={`Why: ${label}`}>
        {reasons.map((r) => (
          <button
            key={r}
            type="button"
            className="chip"
            aria-expanded={open === r}
            aria-controls={`${id}-explain`}
            onClick={() => setOpen(open === r ? null : r)}
          >
            {r}
          </button>
        ))}
      </div>
      {open && (
        <p className="explain" id={`${id}-explain`} role="note" data-testid="rule-explain">
          <strong>{open}:</strong> {ruleText(open)}
        </p>
      )}
    </div>
  );
}

/**
 * Why something is in the routine, as a plain sentence of its first few reasons; the others
 * and the coaching rule codes sit behind a tap, for those who want them.
 */
import type { RuleId } from "../../core/vocabulary.js";
import { whyParts } from "../app/plain.js";
import { ReasonChips } from "./ReasonChips.js";

export function WhyLine({ reasons, label }: { reasons: RuleId[]; label: string }) {
  const { lead, rest } = whyParts(reasons);
  if (!lead) return null;
  return (
    <div className="why">
      <p className="small" data-testid="why">
        {lead}
      </p>
      {rest.length > 0 && (
        <details className="more-reasons">
          <summary>{rest.length === 1 ? "1 more reason" : `${rest.length} more reasons`}</summary>
          <ul className="small" data-testid="why-more">
            {rest.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
      <details className="codes">
        <summary>Rule codes</summary>
        <ReasonChips reasons={reasons} label={label} />
      </details>
    </div>
  );
}

/**
 * Why something is in the routine, as a plain sentence; the coaching rule codes sit behind
 * a tap ("Rule codes") for those who want to look them up in the guide.
 */
import type { RuleId } from "../../core/vocabulary.js";
import { whyText } from "../app/plain.js";
import { ReasonChips } from "./ReasonChips.js";

export function WhyLine({ reasons, label }: { reasons: RuleId[]; label: string }) {
  const text = whyText(reasons);
  if (!text) return null;
  return (
    <div className="why">
      <p className="small" data-testid="why">
        {text}
      </p>
      <details className="codes">
        <summary>Rule codes</summary>
        <ReasonChips reasons={reasons} label={label} />
      </details>
    </div>
  );
}

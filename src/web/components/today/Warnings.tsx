/**
 * Today's cautions, short: each shows its first sentence with the region in words, and the
 * full text on demand. More than one collapse behind a single line, so Start stays in view.
 */
import type { RoutineWarning } from "../../../core/routine/types.js";
import { regionWords, shortWarning } from "../../app/plain.js";
import { ReasonChips } from "../ReasonChips.js";

function Warning({ w }: { w: RoutineWarning }) {
  const { short, more } = shortWarning(w.message);
  return (
    <div className="card card-warn" data-testid="warning">
      {w.region && <strong>{regionWords([w.region])}: </strong>}
      {short}
      {more && (
        <details>
          <summary>More</summary>
          <p className="small">{w.message}</p>
          <ReasonChips reasons={[w.code]} label={short} />
        </details>
      )}
    </div>
  );
}

export function Warnings({ warnings }: { warnings: RoutineWarning[] }) {
  if (warnings.length === 0) return null;
  const [first, ...rest] = warnings;
  return (
    <div aria-label="Warnings" role="region" data-testid="warnings">
      {first && <Warning w={first} />}
      {rest.length > 0 && (
        <details className="more-warnings">
          <summary>
            {rest.length} more caution{rest.length > 1 ? "s" : ""}
          </summary>
          {rest.map((w, i) => (
            <Warning key={i} w={w} />
          ))}
        </details>
      )}
    </div>
  );
}

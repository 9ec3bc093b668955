/** The choices for swapping one routine item: movements that fit the same rules and kit. */
import { useEffect, useRef } from "react";
import type { Movement } from "../../../core/catalog/types.js";
import type { RoutineItem } from "../../../core/routine/types.js";

export function SwapPanel({
  item,
  movements,
  candidates,
  onPick,
  onClose,
}: {
  item: RoutineItem;
  movements: readonly Movement[] | null;
  candidates: readonly Movement[];
  onPick(m: Movement): void;
  onClose(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus the panel's heading when it opens, for keyboard and screen-reader users.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="explain" role="dialog" aria-labelledby={`swap-${item.id}`}>
      <h3 id={`swap-${item.id}`} tabIndex={-1} ref={heading} className="small">
        Swap {item.name}
      </h3>
      {movements === null && <p>Loading movements…</p>}
      {movements && candidates.length === 0 && (
        <p>No other movement fits the same rules with your kit.</p>
      )}
      <ul className="plain-list">
        {candidates.map((m) => (
          <li key={m.id}>
            <button type="button" className="btn-link" onClick={() => onPick(m)}>
              {m.name}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Keep {item.name}
      </button>
    </div>
  );
}

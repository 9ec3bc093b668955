/**
 * X5: the session left the runner feeling worse. Say which ratings rose and ask whether to
 * flag pain; "yes" opens the safety flow, "no" just closes.
 */
import { useEffect, useRef } from "react";
import type { FeltWorse } from "../../../core/insights/felt-worse.js";

export function FeltWorseDialog({
  worse,
  onFlag,
  onClose,
}: {
  worse: FeltWorse;
  onFlag(): void;
  onClose(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    heading.current?.focus();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="worse-h" onCancel={onClose} data-testid="felt-worse">
      <h2 id="worse-h" tabIndex={-1} ref={heading}>
        You felt worse after this session
      </h2>
      <ul>
        {worse.rising.map((r) => (
          <li key={r.rating}>
            {r.rating[0]?.toUpperCase()}
            {r.rating.slice(1)} went from {r.before} to {r.after} out of 10.
          </li>
        ))}
      </ul>
      <p>
        {worse.painRose
          ? "Pain rose. Is there pain in one area you want Limber to leave alone?"
          : "Next time Limber will go lighter. Is there pain in one area to flag?"}
      </p>
      <div className="row">
        <button type="button" className="btn-danger" onClick={onFlag} data-testid="worse-flag">
          Flag pain
        </button>
        <button type="button" onClick={onClose} data-testid="worse-no">
          No, it is fine
        </button>
      </div>
    </dialog>
  );
}

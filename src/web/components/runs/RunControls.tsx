/**
 * The runner's say on one run: its type (their own, or automatic as the data suggests) and
 * their RPE (or estimated), with why the run has its type behind a tap.
 */
import type { RunRecord } from "../../../core/journal/types.js";
import { RUN_TYPES } from "../../../core/vocabulary.js";
import {
  AUTO,
  RPE_CHOICES,
  autoRpeLabel,
  autoTypeLabel,
  rpeChoice,
  typeChoice,
  typeEvidence,
} from "../../runs/edit.js";

export function RunControls({
  run: r,
  busy,
  onType,
  onRpe,
}: {
  run: RunRecord;
  busy: boolean;
  onType(choice: string): void;
  onRpe(choice: string): void;
}) {
  const isRun = r.activity.sport === "run";
  return (
    <>
      <div className="row">
        {isRun && (
          <>
            <label htmlFor={`type-${r.id}`} style={{ margin: 0 }}>
              Type
            </label>
            <select
              id={`type-${r.id}`}
              value={typeChoice(r)}
              disabled={busy}
              style={{ width: "auto" }}
              onChange={(e) => onType(e.target.value)}
              data-testid="run-type"
            >
              <option value={AUTO}>{autoTypeLabel(r)}</option>
              {RUN_TYPES.map((x) => (
                <option key={x}>{x}</option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={`rpe-${r.id}`} style={{ margin: 0 }}>
          RPE
        </label>
        <select
          id={`rpe-${r.id}`}
          value={rpeChoice(r)}
          disabled={busy}
          style={{ width: "auto" }}
          onChange={(e) => onRpe(e.target.value)}
          data-testid="run-rpe"
        >
          <option value={AUTO}>{autoRpeLabel(r)}</option>
          {RPE_CHOICES.map((c) => (
            <option key={c.value} value={String(c.value)}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {isRun && (
        <details className="small" data-testid="type-evidence">
          <summary>Why this type?</summary>
          {typeEvidence(r).map((line) => (
            <p key={line} className="muted">
              {line}
            </p>
          ))}
        </details>
      )}
    </>
  );
}

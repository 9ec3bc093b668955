/**
 * One activity: day with year, duration, distance, run or cross-training, load and type,
 * with the runner's own type and RPE, and Delete when the list offers it.
 */
import type { RunRecord, Units } from "../../../core/journal/types.js";
import { formatDistance, formatDuration } from "../../app/units.js";
import { runWords } from "../../runs/delete.js";
import { dayWithYear, loadText, sportText, type LoadLine } from "../../runs/format.js";
import { RunControls } from "./RunControls.js";

/** The id of a run's Delete button, where focus goes back to when its dialog is cancelled. */
export function deleteButtonId(runId: string): string {
  return `delete-run-${runId}`;
}

export function RunCard({
  run: r,
  units,
  loads,
  busy,
  onType,
  onRpe,
  onDelete,
}: {
  run: RunRecord;
  units: Units;
  loads: ReadonlyMap<string, LoadLine>;
  busy: boolean;
  onType(choice: string): void;
  onRpe(choice: string): void;
  /** Absent when the run cannot be deleted here (planned, or no connection). */
  onDelete?: () => void;
}) {
  const load = loadText(r, loads);
  return (
    <li className="card item" data-testid="run-card">
      <div className="item-head">
        <b>{dayWithYear(r.activity.startTime)}</b>
        <span className="dose">
          {formatDuration(r.activity.elapsedSeconds)}
          {r.activity.distanceMeters !== undefined
            ? ` · ${formatDistance(r.activity.distanceMeters, units)}`
            : ""}
        </span>
      </div>
      <span className="muted small">
        {sportText(r)}
        {load && <span data-testid="run-load"> · {load}</span>}
        {r.planned ? " · planned" : ""}
      </span>
      <RunControls run={r} busy={busy} onType={onType} onRpe={onRpe} />
      {onDelete && (
        <button
          type="button"
          id={deleteButtonId(r.id)}
          className="btn-link"
          disabled={busy}
          onClick={onDelete}
          aria-label={`Delete ${runWords(r, units)}`}
          data-testid="delete-run"
        >
          Delete
        </button>
      )}
    </li>
  );
}

/**
 * The head of Today's routine: length, Start (always first, so cautions never push it
 * away), the time slider, why the routine looks as it does, what to know about its shape
 * (its notes), and the facts that shaped it with the load model's figures in words.
 */
import type { Routine } from "../../../core/routine/types.js";
import { plainFigures, routineNotes } from "../../app/plain.js";
import { formatDuration } from "../../app/units.js";
import { MINUTES_MAX, MINUTES_MIN } from "../../today/minutes.js";
import { WhyLine } from "../WhyLine.js";

export function RoutineSummary({
  routine,
  minutes,
  onMinutes,
  onStart,
  startLabel = "Start",
  explanation,
}: {
  routine: Routine;
  minutes: number | null;
  onMinutes(m: number): void;
  onStart(): void;
  /** "Resume" while a session is in progress. */
  startLabel?: string;
  explanation: string[] | undefined;
}) {
  const notes = routineNotes(routine);
  return (
    <div className="card">
      <div className="spread">
        <span>
          <b data-testid="total-minutes">{formatDuration(routine.totalSeconds)}</b>{" "}
          <span className="muted">· {routine.items.length} movements</span>
        </span>
        <button
          type="button"
          className="btn-primary"
          onClick={onStart}
          disabled={routine.items.length === 0}
          data-testid="start"
        >
          {startLabel}
        </button>
      </div>
      <label htmlFor="minutes">Time you have: {minutes ?? "—"} min</label>
      <input
        id="minutes"
        type="range"
        min={MINUTES_MIN}
        max={MINUTES_MAX}
        step={1}
        value={minutes ?? 10}
        onChange={(e) => onMinutes(Number(e.target.value))}
        aria-valuetext={`${minutes ?? 10} minutes`}
      />
      <WhyLine reasons={routine.reasons} label="the whole routine" />
      {notes.length > 0 && (
        <ul
          className="small plain-list"
          aria-label="About this routine"
          data-testid="routine-notes"
        >
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {explanation && explanation.length > 0 && (
        <details>
          <summary>What shaped this routine</summary>
          <ul className="small" data-testid="explanation">
            {explanation.map((l) => (
              <li key={l}>{plainFigures(l)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

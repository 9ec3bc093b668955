/**
 * The head of Today's routine: length, Start (always first, so cautions never push it
 * away), the time slider, why the routine looks as it does, what to know about its shape
 * (its notes), and the facts that shaped it in plain words (days as "Fri 4 Dec", distances
 * in the runner's units, the load model's figures in words), their rule codes on demand.
 */
import type { Routine } from "../../../core/routine/types.js";
import { counted } from "../../../core/text/counted.js";
import type { RuleId } from "../../../core/vocabulary.js";
import { plainText, routineNotes } from "../../app/plain.js";
import { useApp } from "../../app/state.js";
import { formatDuration } from "../../app/units.js";
import { MINUTES_MAX, MINUTES_MIN } from "../../today/minutes.js";
import { ReasonChips } from "../ReasonChips.js";
import { WhyLine } from "../WhyLine.js";

export function RoutineSummary({
  routine,
  minutes,
  onMinutes,
  onStart,
  startLabel = "Start",
  explanation,
  explanationRules,
}: {
  routine: Routine;
  minutes: number | null;
  onMinutes(m: number): void;
  onStart(): void;
  /** "Resume" while a session is in progress. */
  startLabel?: string;
  explanation: string[] | undefined;
  /** The rules each line of `explanation` rests on, when the server sent them. */
  explanationRules?: RuleId[][] | undefined;
}) {
  const { units } = useApp();
  const notes = routineNotes(routine);
  const codes = [...new Set((explanationRules ?? []).flat())];
  return (
    <div className="card">
      <div className="spread">
        <span>
          <b data-testid="total-minutes">{formatDuration(routine.totalSeconds)}</b>{" "}
          <span className="muted">· {counted(routine.items.length, "movement")}</span>
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
              <li key={l}>{plainText(l, units)}</li>
            ))}
          </ul>
          {codes.length > 0 && (
            <details className="codes">
              <summary>Rule codes</summary>
              <ReasonChips reasons={codes} label="what shaped this routine" />
            </details>
          )}
        </details>
      )}
    </div>
  );
}

/** Large buttons for back, go / pause / resume and next (also on the keyboard: arrows and space). */
import type { RoutineRun } from "./run.js";

export interface ControlsProps {
  run: RoutineRun;
  onBack(): void;
  onToggle(): void;
  onNext(): void;
}

export function PlayerControls({ run, onBack, onToggle, onNext }: ControlsProps) {
  const label = run.stage === "idle" ? "Go" : run.running ? "Pause" : "Resume";
  return (
    <div className="controls" aria-label="Player controls (keys: left arrow, space, right arrow)">
      <button type="button" className="btn-big" onClick={onBack} aria-keyshortcuts="ArrowLeft">
        Back
      </button>
      <button
        type="button"
        className="btn-primary btn-big"
        onClick={onToggle}
        data-testid="play"
        aria-keyshortcuts="Space"
      >
        {label}
      </button>
      <button
        type="button"
        className="btn-big"
        onClick={onNext}
        data-testid="skip"
        aria-keyshortcuts="ArrowRight"
      >
        Next
      </button>
    </div>
  );
}

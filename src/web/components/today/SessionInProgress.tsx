/**
 * A session started and not yet logged: how far it got, Resume (or Log it, once every
 * movement is done or skipped) and a Start over that asks first, since starting again drops
 * what was done.
 */
import { useState } from "react";
import type { SessionProgress } from "../../app/session.js";
import { formatDay, localDay, runnerTimeZone } from "../../app/units.js";
import { ConfirmDialog } from "../ConfirmDialog.js";

function startedWords(startedAt: string): string {
  const time = new Date(startedAt).toLocaleTimeString(undefined, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: runnerTimeZone(),
  });
  const day = localDay(startedAt);
  return day === localDay() ? `at ${time}` : `on ${formatDay(day)} at ${time}`;
}

export function SessionInProgress({
  startedAt,
  progress,
  canStartOver,
  onResume,
  onStartOver,
}: {
  startedAt: string;
  progress: SessionProgress;
  /** False while today's routine is not there to start over with. */
  canStartOver: boolean;
  onResume(): void;
  onStartOver(): void;
}) {
  const [asking, setAsking] = useState(false);
  const { done, skipped, total, finished } = progress;
  const started = startedWords(startedAt);
  return (
    <div className="card" data-testid="session-in-progress">
      <h2>{finished ? "Session to log" : "Session in progress"}</h2>
      <p data-testid="session-progress">
        {done} of {total} movements done{skipped ? `, ${skipped} skipped` : ""} · started {started}
      </p>
      <div className="row">
        <button type="button" className="btn-primary" onClick={onResume} data-testid="resume">
          {finished ? "Log it" : "Resume"}
        </button>
        <button
          type="button"
          className="btn-link"
          onClick={() => setAsking(true)}
          disabled={!canStartOver}
          data-testid="start-over"
        >
          Start over
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          title="Start over?"
          confirmLabel="Start over"
          cancelLabel="Keep this session"
          onConfirm={() => {
            setAsking(false);
            onStartOver();
          }}
          onCancel={() => setAsking(false)}
          testId="confirm-start-over"
        >
          <p>
            The session you started {started} ends without being logged: the {done} movement
            {done === 1 ? "" : "s"} done so far will not count.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

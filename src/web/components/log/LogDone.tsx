/** After the log is saved: saved now or queued for sync, and where to go next. */
import { useEffect, useRef } from "react";

export function LogDone({ queued }: { queued: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="logged-h">
      <h1 id="logged-h" tabIndex={-1} ref={heading}>
        Logged
      </h1>
      <p role="status" data-testid="log-result">
        {queued
          ? "Saved on this phone. It will sync once you are back online."
          : "Session saved. Nice work."}
      </p>
      <div className="row">
        <a className="btn btn-primary" href="#/progress">
          See progress
        </a>
        <a className="btn" href="#/today">
          Today
        </a>
      </div>
    </section>
  );
}

/** The log opened with no session in progress: where to start one, or correct one logged. */
export function NoSession() {
  return (
    <section aria-labelledby="log-h">
      <h1 id="log-h" tabIndex={-1}>
        Log session
      </h1>
      <p>
        No session to log. Start one from Today; to correct one already logged, see Recent sessions
        on Progress.
      </p>
      <a className="btn btn-primary" href="#/today">
        Today
      </a>
    </section>
  );
}

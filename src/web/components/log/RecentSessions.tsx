/**
 * The last sessions logged, each with "Correct" to fix what was logged wrong (a rating
 * tapped wrong, an item marked skipped that was done, a technique forgotten) and "Delete" for
 * one logged twice or by mistake, asked first. Shown last on Progress; needs a connection.
 */
import { useEffect, useRef, useState } from "react";
import { routineItemsOf } from "../../../core/journal/logged-items.js";
import type { SessionLog } from "../../../core/journal/types.js";
import { upperFirst } from "../../../core/text/first-letter.js";
import { localTime } from "../../../core/time/calendar.js";
import { apiGet, errorText } from "../../api/client.js";
import { useDeleteFlow } from "../../app/delete-flow.js";
import { sessionWords } from "../../app/plain.js";
import { useApp } from "../../app/state.js";
import { formatDay, runnerTimeZone } from "../../app/units.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { DeleteResultNote } from "../DeleteResultNote.js";
import { EditSession } from "./EditSession.js";

/** How many of the newest sessions are listed. */
const SHOWN = 10;

/** "Mon 7 Dec, 07:30 · after-run session · 5 of 6 done · stiffness 6 → 3" */
function summary(s: SessionLog): string {
  const own = routineItemsOf(s);
  const done = own.filter((i) => i.status === "done").length;
  const added = s.items.length - own.length;
  const bits = [
    `${formatDay(s.startedAt)}, ${localTime(s.startedAt, runnerTimeZone())}`,
    sessionWords(s.kind),
    `${done} of ${s.routine.items.length} done${added ? ` and ${added} added` : ""}`,
  ];
  const b = s.before?.stiffness;
  const a = s.after?.stiffness;
  if (b !== undefined && a !== undefined) bits.push(`stiffness ${b} → ${a}`);
  else if (!s.before && !s.after) bits.push("not rated");
  return bits.join(" · ");
}

/** "the after-run session of Mon 7 Dec at 07:30" */
function named(s: SessionLog): string {
  return `the ${sessionWords(s.kind)} of ${formatDay(s.startedAt)} at ${localTime(s.startedAt, runnerTimeZone())}`;
}

export function RecentSessions() {
  const { profile } = useApp();
  const [sessions, setSessions] = useState<SessionLog[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [corrected, setCorrected] = useState<{ summary: string; worse?: string } | null>(null);
  const removal = useDeleteFlow<SessionLog>({
    path: (s) => `/api/sessions/${encodeURIComponent(s.id)}`,
    openerId: (s) => `delete-session-${s.id}`,
    words: {
      deleted: (s) => `Deleted: ${summary(s)}. The coaching no longer counts it.`,
      alreadyDeleted: (s) => `${upperFirst(named(s))} was deleted already.`,
    },
    onGone: (s) => setSessions((list) => list?.filter((x) => x.id !== s.id) ?? null),
  });
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    apiGet("/api/sessions", `?limit=${SHOWN}`).then(setSessions, (e: unknown) =>
      setError(errorText(e)),
    );
  }, []);
  useEffect(() => {
    if (corrected) status.current?.focus();
  }, [corrected]);

  /** What a correction said, or nothing; it shares its spot with what a delete said. */
  function said(next: typeof corrected) {
    setCorrected(next);
    removal.clear();
  }

  if (error) return <p className="muted small">Recent sessions: {error}</p>;
  if (!sessions || sessions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="recent-h" data-testid="recent-sessions">
      <h2 id="recent-h">Recent sessions</h2>
      <p className="muted small">
        Logged something wrong, or forgot a technique? Correct it here. Logged one twice? Delete it.
      </p>
      {corrected && (
        <p role="status" tabIndex={-1} ref={status} data-testid="edit-result">
          Corrected: {corrected.summary}. The coaching reads it from now on.
          {corrected.worse && <> {corrected.worse}</>}
        </p>
      )}
      <DeleteResultNote flow={removal} testId="delete-result" />
      {removal.asking && (
        <ConfirmDialog
          title="Delete this session?"
          confirmLabel="Delete it"
          cancelLabel="Keep it"
          testId="confirm-delete-session"
          onConfirm={removal.confirm}
          onCancel={removal.cancel}
        >
          <p>{summary(removal.asking)}</p>
          <p className="muted small">
            Its ratings and items leave your journal, and insights and the coach stop counting it.
            Pain flags you raised stay. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
      <ul className="plain-list">
        {sessions.map((s) => (
          <li key={s.id} data-testid="recent-session" style={{ padding: "0.4rem 0" }}>
            <div className="spread">
              <span>{summary(s)}</span>
              {editing !== s.id && (
                <span className="row">
                  <button
                    type="button"
                    id={`correct-${s.id}`}
                    className="btn"
                    onClick={() => (setEditing(s.id), said(null))}
                    aria-label={`Correct the ${sessionWords(s.kind)} of ${formatDay(s.startedAt)}`}
                  >
                    Correct
                  </button>
                  <button
                    type="button"
                    id={`delete-session-${s.id}`}
                    className="btn"
                    disabled={removal.busy}
                    onClick={() => (setCorrected(null), removal.ask(s))}
                    aria-label={`Delete the ${sessionWords(s.kind)} of ${formatDay(s.startedAt)}`}
                  >
                    Delete
                  </button>
                </span>
              )}
            </div>
            {editing === s.id && (
              <EditSession
                log={s}
                owned={profile ? profile.equipment : undefined}
                onCancel={() => {
                  setEditing(null);
                  // Back to the button that opened the form, once it is shown again.
                  requestAnimationFrame(() => document.getElementById(`correct-${s.id}`)?.focus());
                }}
                onSaved={({ feltWorse, ...saved }) => {
                  setSessions((list) => list?.map((x) => (x.id === saved.id ? saved : x)) ?? null);
                  setEditing(null);
                  // X5 as after logging: a correction that shows the session left them worse says so.
                  said({
                    summary: summary(saved),
                    ...(feltWorse ? { worse: feltWorse.message } : {}),
                  });
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

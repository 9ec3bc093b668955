/**
 * The last sessions logged, each with "Correct" to fix what was logged wrong (a rating
 * tapped wrong, an item marked skipped that was done, a technique forgotten) and "Delete" for
 * one logged twice or by mistake, asked first. Shown last on Progress; needs a connection.
 */
import { useEffect, useRef, useState } from "react";
import { routineItemsOf } from "../../../core/journal/logged-items.js";
import type { SessionLog } from "../../../core/journal/types.js";
import { localTime } from "../../../core/time/calendar.js";
import { api, apiGet, errorText } from "../../api/client.js";
import { sessionWords } from "../../app/plain.js";
import { useApp } from "../../app/state.js";
import { formatDay, runnerTimeZone } from "../../app/units.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
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

export function RecentSessions() {
  const { profile } = useApp();
  const [sessions, setSessions] = useState<SessionLog[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [corrected, setCorrected] = useState<{ summary: string; worse?: string } | null>(null);
  const [deleting, setDeleting] = useState<SessionLog | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    apiGet("/api/sessions", `?limit=${SHOWN}`).then(setSessions, (e: unknown) =>
      setError(errorText(e)),
    );
  }, []);
  useEffect(() => {
    if (corrected || deleted) status.current?.focus();
  }, [corrected, deleted]);

  /** What a correction or a deletion said; one at a time. */
  function said(next: { corrected?: typeof corrected; deleted?: string }) {
    setCorrected(next.corrected ?? null);
    setDeleted(next.deleted ?? null);
  }

  async function remove(s: SessionLog) {
    setDeleting(null);
    try {
      await api(`/api/sessions/${encodeURIComponent(s.id)}`, { method: "DELETE" });
      setSessions((list) => list?.filter((x) => x.id !== s.id) ?? null);
      said({ deleted: `Deleted: ${summary(s)}. The coaching no longer counts it.` });
    } catch (e) {
      said({ deleted: `Not deleted: ${errorText(e)}` });
    }
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
      {deleted && (
        <p role="status" tabIndex={-1} ref={status} data-testid="delete-result">
          {deleted}
        </p>
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this session?"
          confirmLabel="Delete it"
          cancelLabel="Keep it"
          testId="confirm-delete-session"
          onConfirm={() => void remove(deleting)}
          onCancel={() => {
            const id = deleting.id;
            setDeleting(null);
            requestAnimationFrame(() => document.getElementById(`delete-session-${id}`)?.focus());
          }}
        >
          <p>{summary(deleting)}</p>
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
                    onClick={() => (setEditing(s.id), said({}))}
                    aria-label={`Correct the ${sessionWords(s.kind)} of ${formatDay(s.startedAt)}`}
                  >
                    Correct
                  </button>
                  <button
                    type="button"
                    id={`delete-session-${s.id}`}
                    className="btn"
                    onClick={() => (setDeleting(s), said({}))}
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
                    corrected: {
                      summary: summary(saved),
                      ...(feltWorse ? { worse: feltWorse.message } : {}),
                    },
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

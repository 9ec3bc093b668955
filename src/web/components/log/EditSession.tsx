/**
 * Correcting a logged session: the same inputs as the log, filled with what was stored
 * (each routine item done or not, the ratings, pressure, mood, energy, notes and the
 * techniques added beside it). Save sends the whole correction; the routine stays as it was.
 * Online only: a correction changes what the coaching already read, so it waits for the
 * server's answer instead of a queue.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { Movement } from "../../../core/catalog/types.js";
import type { SessionLog } from "../../../core/journal/types.js";
import type { Equipment } from "../../../core/vocabulary.js";
import { api, errorText } from "../../api/client.js";
import { addingProblem, type AddProblem, type LogDraft } from "../../log/draft.js";
import { draftOfSession, editBody, editProblem, type ItemStatus } from "../../log/edit-draft.js";
import { loadMovements } from "../../offline/movements.js";
import { AddedFields } from "./AddedFields.js";
import { HowItWent } from "./HowItWent.js";

export function EditSession({
  log,
  owned,
  onSaved,
  onCancel,
}: {
  log: SessionLog;
  /** The kit the runner owns, for the techniques offered; undefined before the profile loads. */
  owned: readonly Equipment[] | undefined;
  /** The session as stored, with X5's advice when the corrected ratings got worse. */
  onSaved(session: SessionLog & { feltWorse?: { message: string } }): void;
  onCancel(): void;
}) {
  const start = useMemo(() => draftOfSession(log), [log]);
  const [draft, setDraft] = useState<LogDraft>(start.draft);
  const [status, setStatus] = useState<ItemStatus>(start.status);
  const [movements, setMovements] = useState<readonly Movement[] | null>(null);
  const [addProblem, setAddProblem] = useState<AddProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => void loadMovements().then(setMovements), []);
  // The Correct button that opened the form is gone: focus moves into the form it opened.
  useEffect(() => form.current?.querySelector<HTMLInputElement>("input")?.focus(), []);
  const routineIds = useMemo(() => new Set(log.routine.items.map((i) => i.id)), [log]);
  const patch = (p: Partial<LogDraft>) => setDraft((d) => ({ ...d, ...p }));
  const release = log.routine.items.filter((i) => i.phase === "release" && status[i.id] === "done");

  async function save() {
    const list = movements ?? (await loadMovements());
    const lookup = (id: string) => list.find((m) => m.id === id);
    const adding = addingProblem(draft, lookup);
    setAddProblem(adding);
    if (adding) return setError(null);
    const problem = editProblem(draft);
    if (problem) return setError(problem);
    setSaving(true);
    setError(null);
    try {
      const saved = await api<SessionLog & { feltWorse?: { message: string } }>(
        `/api/sessions/${encodeURIComponent(log.id)}`,
        {
          method: "PATCH",
          body: editBody(log, status, draft, lookup),
        },
      );
      onSaved(saved);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      ref={form}
      className="card"
      onSubmit={(e) => (e.preventDefault(), void save())}
      noValidate
      data-testid="edit-session"
    >
      <fieldset>
        <legend>What you did</legend>
        {log.routine.items.map((i) => (
          <label key={i.id} className="check">
            <input
              type="checkbox"
              checked={status[i.id] === "done"}
              onChange={(e) =>
                setStatus((s) => ({ ...s, [i.id]: e.target.checked ? "done" : "skipped" }))
              }
            />
            <span>{i.name}</span>
          </label>
        ))}
      </fieldset>
      <AddedFields
        movements={movements}
        routineIds={routineIds}
        owned={owned}
        added={draft.added}
        adding={draft.adding}
        problem={addProblem}
        onChange={patch}
        onProblem={setAddProblem}
      />
      <p className="muted small">A rating left empty is not recorded.</p>
      <HowItWent draft={draft} release={release} ratingsDisabled={false} onChange={patch} />
      {error && (
        <p role="alert" className="field-error" data-testid="edit-error">
          {error}
        </p>
      )}
      <div className="row" style={{ marginTop: "1rem" }}>
        <button type="submit" className="btn-primary" disabled={saving} data-testid="save-edit">
          {saving ? "Saving…" : "Save correction"}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * Log the session (P1): how it felt before and after (stiffness, soreness, pain 0-10, empty
 * until rated, or skipped on purpose), the pressure used, mood, energy and notes. Saved with
 * an idempotency key kept with the session, so a retry (or the offline outbox, or a retry
 * after a reload) never logs it twice. What the runner typed is kept with the session too, so
 * a reload loses none of it, until the session is logged or, once confirmed, discarded. When
 * the ratings got worse, the runner is asked whether to flag pain (X5). Techniques done
 * beside the routine are added from the library, which loads in its own chunk as on Today.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { Movement } from "../../core/catalog/types.js";
import type { SessionLog } from "../../core/journal/types.js";
import { feltWorse } from "../../core/insights/felt-worse.js";
import { errorText, newIdempotencyKey } from "../api/client.js";
import { regionWords } from "../app/plain.js";
import { navigate } from "../app/router.js";
import { keyFor, type SaveLedger } from "../app/save-once.js";
import { endSession, loadSession, updateSession } from "../app/session.js";
import { useApp } from "../app/state.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { AddedFields } from "../components/log/AddedFields.js";
import { AfterLog, type Saved } from "../components/log/AfterLog.js";
import { HowItWent } from "../components/log/HowItWent.js";
import { NoSession } from "../components/log/LogDone.js";
import {
  addingProblem,
  emptyDraft,
  readRatings,
  saveProblem,
  sessionBody,
  type AddProblem,
  type LogDraft,
  type MovementLookup,
} from "../log/draft.js";
import type { ActiveSession } from "../offline/cache.js";
import { writeCache } from "../offline/cache.js";
import { rememberLogged } from "../offline/local-routine.js";
import { loadMovements } from "../offline/movements.js";
import { sendOrQueue } from "../offline/outbox.js";

const lookupIn =
  (movements: readonly Movement[]): MovementLookup =>
  (id) =>
    movements.find((m) => m.id === id);

export function Log() {
  const { profile } = useApp();
  const [session, setSession] = useState<ActiveSession | null | undefined>(undefined);
  const [draft, setDraft] = useState<LogDraft>(emptyDraft);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const [movements, setMovements] = useState<readonly Movement[] | null>(null);
  const [addProblem, setAddProblem] = useState<AddProblem | null>(null);
  const sent = useRef<SaveLedger>({});
  const routineIds = useMemo(
    () => new Set(session?.routine.items.map((i) => i.id)),
    [session?.routine],
  );

  useEffect(
    () =>
      void loadSession().then((s) => {
        if (s?.logDraft) setDraft({ ...emptyDraft(), ...s.logDraft });
        sent.current = s?.sent ?? {};
        setSession(s);
      }),
    [],
  );
  useEffect(() => void loadMovements().then(setMovements), []);
  // Every change is kept with the session (a no-op once it is logged or discarded).
  useEffect(() => {
    if (session) updateSession({ logDraft: draft });
  }, [session, draft]);

  if (session === undefined) return <p className="muted">Loading…</p>;
  if (saved) return <AfterLog saved={saved} />;
  if (!session) return <NoSession />;

  const s = session;
  const release = s.routine.items.filter(
    (i) => i.phase === "release" && s.status[i.id] !== "skipped",
  );
  const patch = (p: Partial<LogDraft>) => setDraft((d) => ({ ...d, ...p }));

  async function save() {
    // The library is there once the runner has used it; a log restored after a reload
    // may be saved before it has loaded again.
    const lookup = lookupIn(
      movements ?? (draft.added.length || draft.adding.id ? await loadMovements() : []),
    );
    const adding = addingProblem(draft, lookup);
    setAddProblem(adding);
    if (adding) return setError(null);
    const problem = saveProblem(draft);
    if (problem) return setError(problem);
    setSaving(true);
    setError(null);
    try {
      // The same log sent again (after a lost answer, or a reload) goes under the same key.
      const body = sessionBody(s, draft, lookup);
      const { key, ledger } = keyFor(sent.current, "session", body, newIdempotencyKey);
      sent.current = ledger;
      updateSession({ sent: ledger });
      const r = await sendOrQueue<SessionLog>({
        key,
        path: "/api/sessions",
        method: "POST",
        body,
        label: "session",
      });
      await writeCache("lastSessionAt", { id: r?.id ?? key, startedAt: s.startedAt });
      await rememberLogged({ kind: s.kind, startedAt: s.startedAt }, new Date());
      endSession();
      const before = readRatings(draft.before, "before").ratings;
      const after = readRatings(draft.after, "after").ratings;
      setSaved({
        queued: r === null,
        worse: draft.skipRatings ? null : feltWorse(before, after),
        regions: [...new Set(s.routine.items.flatMap((i) => i.regions))],
      });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  }

  const done = Object.values(s.status).filter((v) => v === "done").length;
  return (
    <section aria-labelledby="log-h">
      <h1 id="log-h" tabIndex={-1}>
        Log session
      </h1>
      <p className="muted">
        {done} of {s.routine.items.length} movements done
        {s.stoppedRegions.length ? ` · stopped for the ${regionWords(s.stoppedRegions)}` : ""}
      </p>
      <form onSubmit={(e) => (e.preventDefault(), void save())} noValidate>
        <AddedFields
          movements={movements}
          routineIds={routineIds}
          owned={profile ? profile.equipment : undefined}
          added={draft.added}
          adding={draft.adding}
          problem={addProblem}
          onChange={patch}
          onProblem={setAddProblem}
        />
        <HowItWent
          draft={draft}
          release={release}
          ratingsDisabled={draft.skipRatings}
          onChange={patch}
        >
          <label className="check">
            <input
              type="checkbox"
              checked={draft.skipRatings}
              onChange={(e) => patch({ skipRatings: e.target.checked })}
              data-testid="skip-ratings"
            />
            <span>Skip ratings this time (nothing is recorded for them)</span>
          </label>
        </HowItWent>
        {error && (
          <p role="alert" className="field-error" data-testid="log-error">
            {error}
          </p>
        )}
        <button
          type="submit"
          className="btn-primary btn-big"
          style={{ marginTop: "1rem" }}
          disabled={saving}
          data-testid="save-log"
        >
          {saving ? "Saving…" : "Save session"}
        </button>
        <p>
          <button
            type="button"
            className="btn-link"
            onClick={() => setDiscarding(true)}
            data-testid="discard-log"
          >
            Discard this session
          </button>
        </p>
      </form>
      {discarding && (
        <ConfirmDialog
          title="Discard this session?"
          confirmLabel="Discard"
          cancelLabel="Keep it"
          onConfirm={() => {
            endSession();
            navigate("today");
          }}
          onCancel={() => setDiscarding(false)}
          testId="confirm-discard"
        >
          <p>
            Nothing of it is logged: the {done} movement{done === 1 ? "" : "s"} done and what you
            typed here are dropped.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

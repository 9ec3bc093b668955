/**
 * The runner's activities, newest first, 50 at a time: runs, cross-training or both. With no
 * connection it shows the last synced page and its date. Each done activity can be deleted
 * (asked first); like corrections, a delete needs a connection and is never queued offline.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { RunRecord, Units } from "../../../core/journal/types.js";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";
import { useDeleteFlow } from "../../app/delete-flow.js";
import { useDataVersion } from "../../app/freshness.js";
import { fetchWithSnapshot, syncedText } from "../../app/snapshot.js";
import { useApp } from "../../app/state.js";
import { alreadyDeletedText, canDelete, deletedText, runWords } from "../../runs/delete.js";
import { rpeBody, typeBody } from "../../runs/edit.js";
import type { LoadLine } from "../../runs/format.js";
import { DeleteResultNote } from "../DeleteResultNote.js";
import { DeleteRunDialog } from "./DeleteRunDialog.js";
import { RunCard, deleteButtonId } from "./RunCard.js";

const PAGE = 50;
const runPath = (id: string) => `/api/runs/${encodeURIComponent(id)}`;
type Filter = "run" | "cross" | "all";
const FILTERS: { value: Filter; label: string }[] = [
  { value: "run", label: "Runs" },
  { value: "cross", label: "Cross-training" },
  { value: "all", label: "All" },
];

export function RunList({ units }: { units: Units }) {
  const version = useDataVersion();
  const { online } = useApp();
  const [filter, setFilter] = useState<Filter>("run");
  const [runs, setRuns] = useState<RunRecord[] | null>(null);
  const [more, setMore] = useState(false);
  const [syncedAt, setSyncedAt] = useState<string | undefined>(undefined);
  const [loads, setLoads] = useState<Map<string, LoadLine>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // Sent now or not at all: a delete queued offline could reach a run already changed.
  const removal = useDeleteFlow<RunRecord>({
    path: (r) => runPath(r.id),
    openerId: (r) => deleteButtonId(r.id),
    words: {
      deleted: (r) => deletedText(r, units),
      alreadyDeleted: (r) => alreadyDeletedText(r, units),
    },
    onGone: (r) => setRuns((list) => list?.filter((x) => x.id !== r.id) ?? null),
  });
  // How many rows are on screen, so a reload after an edit keeps the pages already shown.
  const shown = useRef(PAGE);

  const path = useCallback(
    (offset: number, limit = PAGE) =>
      `/api/runs?limit=${limit}&offset=${offset}${filter === "all" ? "" : `&sport=${filter}`}`,
    [filter],
  );

  useEffect(() => {
    shown.current = PAGE;
  }, [filter]);

  // Runs on every write (the data version), so a new RPE or type shows its new load.
  useEffect(() => {
    const limit = Math.max(PAGE, Math.ceil(shown.current / PAGE) * PAGE);
    void fetchWithSnapshot<RunRecord[]>(path(0, limit))
      .then(({ data, syncedAt: at }) => {
        setRuns(data);
        shown.current = data.length;
        setMore(data.length === limit);
        setSyncedAt(at);
        setError(null);
      })
      .catch((e) => setError(errorText(e)));
    void api<{ sessions?: LoadLine[] }>("/api/load?weeks=52")
      .then((l) => setLoads(new Map((l.sessions ?? []).map((x) => [x.id, x]))))
      .catch(() => setLoads(new Map()));
  }, [path, version]);

  async function showMore() {
    try {
      const next = await api<RunRecord[]>(path(runs?.length ?? 0));
      setRuns([...(runs ?? []), ...next]);
      shown.current = (runs?.length ?? 0) + next.length;
      setMore(next.length === PAGE);
    } catch (e) {
      setError(errorText(e));
    }
  }

  /** One edit of a run; the write bumps the data version, which reloads runs and load. */
  async function edit(id: string, send: () => Promise<unknown>): Promise<boolean> {
    setBusy(id);
    removal.clear();
    try {
      await send();
      setError(null);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(null);
    }
  }

  const setType = (id: string, choice: string) =>
    edit(id, () => api(runPath(id), { method: "PATCH", body: typeBody(choice) }));
  const setRpe = (id: string, choice: string) =>
    edit(id, () =>
      api(`${runPath(id)}/rpe`, {
        method: "PUT",
        body: rpeBody(choice),
        idempotencyKey: newIdempotencyKey(),
      }),
    );
  const offline = !online || syncedAt !== undefined;

  return (
    <section aria-labelledby="list-h">
      <h2 id="list-h">Your activities</h2>
      <div className="segmented" role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            aria-pressed={filter === f.value}
            onClick={() => setFilter(f.value)}
            data-testid={`filter-${f.value}`}
          >
            {f.label}
          </button>
        ))}
      </div>
      {offline && (
        <p
          className="card card-warn"
          role="status"
          data-testid={syncedAt ? "runs-synced" : "runs-offline"}
        >
          No connection
          {syncedAt ? `: your activities as last synced on ${syncedText(syncedAt)}` : ""}. Deleting
          a run needs one.
        </p>
      )}
      <DeleteResultNote flow={removal} testId="run-deleted" />
      {error && (
        <p role="alert" className="card card-warn">
          {error}
        </p>
      )}
      {runs && runs.length === 0 && (
        <p className="muted">{filter === "cross" ? "No cross-training yet." : "No runs yet."}</p>
      )}
      <ul className="plain-list" data-testid="run-list">
        {runs?.map((r) => (
          <RunCard
            key={r.id}
            run={r}
            units={units}
            loads={loads}
            busy={busy === r.id || removal.busy}
            onType={(c) => void setType(r.id, c)}
            onRpe={(c) => void setRpe(r.id, c)}
            {...(canDelete(r) && !offline ? { onDelete: () => removal.ask(r) } : {})}
          />
        ))}
      </ul>
      {removal.asking && (
        <DeleteRunDialog
          words={runWords(removal.asking, units)}
          onConfirm={removal.confirm}
          onCancel={removal.cancel}
        />
      )}
      {more && !syncedAt && (
        <button type="button" onClick={() => void showMore()} data-testid="more-runs">
          Show {PAGE} more
        </button>
      )}
    </section>
  );
}

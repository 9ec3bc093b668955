/**
 * Runs: log a run by hand, drop activity files to import them (with upload progress and a
 * result per file), and the list of runs with their type and load; the runner can
 * override a type the data got wrong.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { RunRecord } from "../../core/journal/types.js";
import { runTypeOf } from "../../core/journal/types.js";
import { RUN_TYPES, type RunType } from "../../core/vocabulary.js";
import { api, errorText, newIdempotencyKey } from "../api/client.js";
import { uploadRuns, type ImportResult } from "../api/upload.js";
import { useApp } from "../app/state.js";
import {
  distanceFromDisplay,
  distanceUnit,
  formatDay,
  formatDistance,
  formatDuration,
  localDay,
} from "../app/units.js";

/** One line of the load report: the server's load for a run (RPE x minutes, AU). */
interface LoadLine {
  id: string;
  load: number;
  rpeEstimated: boolean;
}

/** The server's load when it has one, else session-RPE load from the record itself. */
function loadOf(
  r: RunRecord,
  lines: Map<string, LoadLine>,
): { au: number; estimated: boolean } | undefined {
  const line = lines.get(r.id);
  if (line) return { au: Math.round(line.load), estimated: line.rpeEstimated };
  return r.rpe === undefined
    ? undefined
    : {
        au: Math.round((r.activity.elapsedSeconds / 60) * r.rpe),
        estimated: r.rpeEstimated ?? false,
      };
}

export default function Runs() {
  const { units } = useApp();
  const [runs, setRuns] = useState<RunRecord[] | null>(null);
  const [loads, setLoads] = useState<Map<string, LoadLine>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [results, setResults] = useState<ImportResult[]>([]);
  const [form, setForm] = useState({
    date: localDay(),
    type: "easy" as RunType,
    minutes: "",
    distance: "",
    rpe: "",
  });
  const [formMsg, setFormMsg] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(() => {
    void api<RunRecord[]>("/api/runs")
      .then((r) => {
        setRuns(r);
        setError(null);
      })
      .catch((e) => setError(errorText(e)));
    void api<{ sessions?: LoadLine[] }>("/api/load?weeks=52")
      .then((l) => setLoads(new Map((l.sessions ?? []).map((x) => [x.id, x]))))
      .catch(() => setLoads(new Map()));
  }, []);
  useEffect(reload, [reload]);

  async function upload(files: File[]) {
    if (files.length === 0) return;
    setResults([]);
    setProgress(0);
    try {
      const r = await uploadRuns(files, setProgress);
      setResults(r.results);
      reload();
    } catch (e) {
      setResults(files.map((f) => ({ file: f.name, status: "failed", reason: errorText(e) })));
    } finally {
      setProgress(null);
    }
  }

  async function addRun(e: React.FormEvent) {
    e.preventDefault();
    setFormMsg(null);
    const body: Record<string, unknown> = {
      date: form.date,
      type: form.type,
      minutes: Number(form.minutes),
    };
    if (form.distance)
      body.km = Math.round(distanceFromDisplay(Number(form.distance), units) * 100) / 100;
    if (form.rpe) body.rpe = Number(form.rpe);
    try {
      await api<RunRecord>("/api/runs", {
        method: "POST",
        body,
        idempotencyKey: newIdempotencyKey(),
      });
      setFormMsg("Run saved. Today's routine now fits it.");
      setForm({ ...form, minutes: "", distance: "", rpe: "" });
      reload();
    } catch (err) {
      setFormMsg(errorText(err));
    }
  }

  async function override(id: string, t: RunType) {
    try {
      const r = await api<RunRecord>(`/api/runs/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: { typeOverride: t },
      });
      setRuns((runs ?? []).map((x) => (x.id === id ? r : x)));
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <section aria-labelledby="runs-h">
      <h1 id="runs-h" tabIndex={-1}>
        Runs
      </h1>
      <form className="card" onSubmit={(e) => void addRun(e)} aria-labelledby="addrun-h">
        <h2 id="addrun-h">Log a run</h2>
        <label htmlFor="run-date">Date</label>
        <input
          id="run-date"
          type="date"
          required
          value={form.date}
          onChange={(e) => setForm({ ...form, date: e.target.value })}
        />
        <label htmlFor="run-type">Type</label>
        <select
          id="run-type"
          value={form.type}
          onChange={(e) => setForm({ ...form, type: e.target.value as RunType })}
        >
          {RUN_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <label htmlFor="run-minutes">Duration (min)</label>
        <input
          id="run-minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          required
          value={form.minutes}
          onChange={(e) => setForm({ ...form, minutes: e.target.value })}
        />
        <label htmlFor="run-distance">Distance ({distanceUnit(units)}, optional)</label>
        <input
          id="run-distance"
          type="number"
          inputMode="decimal"
          step="0.01"
          min={0}
          value={form.distance}
          onChange={(e) => setForm({ ...form, distance: e.target.value })}
        />
        <label htmlFor="run-rpe">Effort, RPE 1-10 (optional)</label>
        <input
          id="run-rpe"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          value={form.rpe}
          onChange={(e) => setForm({ ...form, rpe: e.target.value })}
        />
        <button
          type="submit"
          className="btn-primary"
          style={{ marginTop: "0.75rem" }}
          data-testid="add-run"
        >
          Save run
        </button>
        {formMsg && <p role="status">{formMsg}</p>}
      </form>

      <div
        className={`dropzone${over ? " over" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void upload([...e.dataTransfer.files]);
        }}
      >
        <p>Drop FIT, GPX, TCX or Strava export files here</p>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Choose files
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".fit,.gpx,.tcx,.csv,.zip,.gz"
          className="sr-only"
          aria-label="Activity files to import"
          onChange={(e) => {
            void upload([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
        {progress !== null && (
          <div style={{ marginTop: "0.75rem" }}>
            <label htmlFor="upload-progress">Uploading… {Math.round(progress * 100)} %</label>
            <progress id="upload-progress" max={1} value={progress} style={{ width: "100%" }} />
          </div>
        )}
      </div>
      {results.length > 0 && (
        <table aria-label="Import results" data-testid="import-results">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r, i) => (
              <tr key={`${r.file}-${i}`}>
                <td>{r.file}</td>
                <td>
                  {r.status}
                  {r.runIds?.length
                    ? ` (${r.runIds.length} run${r.runIds.length > 1 ? "s" : ""})`
                    : ""}
                  {r.reason ? `: ${r.reason}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Your runs</h2>
      {error && (
        <p role="alert" className="card card-warn">
          {error}
        </p>
      )}
      {runs && runs.length === 0 && <p className="muted">No runs yet.</p>}
      <ul style={{ listStyle: "none", padding: 0 }} data-testid="run-list">
        {runs?.map((r) => {
          const t = runTypeOf(r);
          const load = loadOf(r, loads);
          return (
            <li key={r.id} className="card item">
              <div className="item-head">
                <b>{formatDay(r.activity.startTime)}</b>
                <span className="dose">
                  {formatDuration(r.activity.elapsedSeconds)} ·{" "}
                  {formatDistance(r.activity.distanceMeters, units)}
                </span>
              </div>
              <span className="muted small">
                {r.activity.sport}
                {load !== undefined
                  ? ` · load ${load} AU${r.rpeEstimated ? " (estimated)" : ""}`
                  : ""}
                {r.planned ? " · planned" : ""}
                {r.classification && !r.typeOverride
                  ? ` · typed from data: ${r.classification.reasons.join("; ")}`
                  : ""}
              </span>
              {r.activity.sport === "run" && (
                <div className="row">
                  <label htmlFor={`type-${r.id}`} style={{ margin: 0 }}>
                    Type
                  </label>
                  <select
                    id={`type-${r.id}`}
                    value={t ?? ""}
                    style={{ width: "auto" }}
                    onChange={(e) => void override(r.id, e.target.value as RunType)}
                  >
                    {!t && <option value="">unknown</option>}
                    {RUN_TYPES.map((x) => (
                      <option key={x}>{x}</option>
                    ))}
                  </select>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Drop or choose activity files; shows upload progress, then a one-sentence summary with the
 * files that failed or were skipped, and every file's result only on demand. Runs the runner
 * deleted before are left out of an import; "Import them anyway" sends the same files again
 * asking for them, for a run deleted by mistake.
 */
import { useRef, useState } from "react";
import { formatLabels, uploadAccept } from "../../../core/activity-formats.js";
import { errorText } from "../../api/client.js";
import { uploadRuns, type ImportAnswer } from "../../api/upload.js";
import { importSummary } from "../../runs/summary.js";

export function ImportPanel() {
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // The files of the last import, kept only to send them again with the deleted runs.
  const lastFiles = useRef<File[]>([]);

  async function upload(files: File[], opts: { includeDeleted?: boolean } = {}) {
    if (files.length === 0) return;
    lastFiles.current = files;
    setAnswer(null);
    setError(null);
    setProgress(0);
    try {
      setAnswer(await uploadRuns(files, setProgress, opts));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(null);
    }
  }

  const summary = answer ? importSummary(answer) : null;
  return (
    <div
      className={`dropzone${over ? " over" : ""}`}
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void upload([...e.dataTransfer.files]);
      }}
    >
      <p>
        Drop {formatLabels()} files here, or a whole Strava export (the .zip Strava sends, not its
        activities.csv alone)
      </p>
      <button type="button" onClick={() => fileInput.current?.click()}>
        Choose files
      </button>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={uploadAccept()}
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
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {answer && summary && (
        <div className="import-summary" role="status" data-testid="import-summary">
          <p>
            <b>Import finished:</b> {summary.headline}
          </p>
          {summary.deletedBefore > 0 && (
            <p>
              <button
                type="button"
                onClick={() => void upload(lastFiles.current, { includeDeleted: true })}
                data-testid="import-deleted"
              >
                Import {summary.deletedBefore === 1 ? "it" : "them"} anyway
              </button>{" "}
              <span className="muted small">
                if you deleted {summary.deletedBefore === 1 ? "it" : "them"} by mistake.
              </span>
            </p>
          )}
          {summary.problems.length > 0 && (
            <ul className="small" data-testid="import-problems">
              {summary.problems.slice(0, 20).map((p, i) => (
                <li key={`${p.file}-${i}`}>
                  {p.file}: {p.status}
                  {p.reason ? `, ${p.reason}` : ""}
                </li>
              ))}
            </ul>
          )}
          <details onToggle={(e) => setShowAll(e.currentTarget.open)}>
            <summary>Every file ({summary.files.toLocaleString("en")})</summary>
            {/* Rendered only when opened: an export can hold thousands of files. */}
            {showAll && (
              <ul className="small plain-list" data-testid="import-results">
                {answer.results.map((r, i) => (
                  <li key={`${r.file}-${i}`}>
                    {r.file}: {r.status}
                    {r.runIds?.length
                      ? ` (${r.runIds.length} activit${r.runIds.length > 1 ? "ies" : "y"})`
                      : ""}
                    {r.reason ? `, ${r.reason}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </details>
        </div>
      )}
    </div>
  );
}

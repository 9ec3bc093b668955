/**
 * Multipart upload with progress. fetch() cannot report upload progress, so this one call
 * uses XMLHttpRequest; the answer is the same JSON as POST /api/runs/import.
 */
import { noteWrite } from "../app/freshness.js";
import { ApiError, NetworkError } from "./client.js";
import { CSRF_HEADER, pageCsrfToken } from "./csrf.js";

export interface ImportResult {
  file: string;
  status: "imported" | "duplicate" | "skipped" | "failed";
  reason?: string;
  runIds?: string[];
  duplicateOf?: string[];
  /** When the runner deleted each of the file's activities that were left out. */
  deletedBefore?: string[];
}

/** The whole answer of POST /api/runs/import. */
export interface ImportAnswer {
  results: ImportResult[];
  counts?: Partial<Record<ImportResult["status"], number>>;
  activitiesStored?: number;
  activitiesDuplicate?: number;
  /** Activities left out because the runner deleted them before. */
  activitiesDeletedBefore?: number;
}

/**
 * Sends files to the import endpoint, calling `onProgress` with 0..1 as bytes go out.
 * `includeDeleted` stores runs the runner deleted before too, and forgets those deletions.
 *
 * @example
 * const { results } = await uploadRuns(files, (f) => setProgress(f));
 * await uploadRuns(files, setProgress, { includeDeleted: true }); // bring deleted runs back
 */
export function uploadRuns(
  files: File[],
  onProgress: (fraction: number) => void,
  opts: { includeDeleted?: boolean } = {},
): Promise<ImportAnswer> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append("files", f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/runs/import${opts.includeDeleted ? "?includeDeleted=true" : ""}`);
    xhr.responseType = "text";
    const csrf = pageCsrfToken();
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable && ev.total > 0) onProgress(ev.loaded / ev.total);
    };
    xhr.onerror = () => reject(new NetworkError());
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        noteWrite();
        resolve(data as ImportAnswer);
        return;
      }
      const err = (
        data as {
          error?: { code?: string; message?: string; fields?: Record<string, string> };
        } | null
      )?.error;
      reject(
        new ApiError(
          xhr.status,
          err?.code ?? `http_${xhr.status}`,
          err?.message ?? `Upload failed (${xhr.status})`,
          err?.fields ?? {},
        ),
      );
    };
    xhr.send(form);
  });
}

/**
 * Deleting one record from a list, asked first: a session on Progress, a run on Runs, a body
 * check or range-of-motion result on Progress. Each list used to keep its own question,
 * request and answer, and they told the runner different things about the same event: one
 * deleted on another device already came back as "not found" on one list and as "deleted
 * already" on another, and a failure landed in three different places. Here the flow is
 * written once, so every list behaves alike:
 *
 * - cancelling the question gives the focus back to the Delete button that opened it;
 * - a record the server no longer has (404) counts as deleted: it was, on another device, and
 *   the list catches up with the journal rather than offering it again;
 * - any other failure deletes nothing and says "Not deleted: <reason>" as an alert;
 * - the sentence saying what happened takes the focus, since the row it was on may be gone.
 *
 * Each list keeps its own words (the question, and what a delete changes) and passes them in.
 */
import { useEffect, useRef, useState, type RefObject } from "react";
import { api, ApiError, errorText } from "../api/client.js";

/** What a list says once a delete is answered, in its own words. */
export interface DeleteWords<T> {
  /** It was deleted now: what went, and what no longer counts it. */
  deleted(item: T): string;
  /** The server had it no more: deleted already, on another device. */
  alreadyDeleted(item: T): string;
}

/** How a delete ended, and the sentence the runner is told. */
export interface DeleteResult<T> {
  item: T;
  /** "gone": deleted before (the server answered 404). */
  outcome: "deleted" | "gone" | "failed";
  text: string;
  /** Set when nothing was deleted: the sentence is an alert. */
  failed: boolean;
}

/** The server's answer to a delete: stored, or the error it threw. */
export type DeleteAnswer = { ok: true } | { ok: false; error: unknown };

/**
 * What a delete's answer means for the runner: deleted, deleted already (404), or not
 * deleted with the reason in words.
 *
 * @example
 * deleteResult(run, { ok: false, error: new ApiError(404, "not_found", "run r1") }, words);
 * // { item: run, outcome: "gone", text: "The easy run of ... was deleted already.", failed: false }
 * deleteResult(run, { ok: false, error: new NetworkError() }, words).text;
 * // "Not deleted: You are offline; this needs a connection."
 */
export function deleteResult<T>(
  item: T,
  answer: DeleteAnswer,
  words: DeleteWords<T>,
): DeleteResult<T> {
  if (answer.ok) return { item, outcome: "deleted", text: words.deleted(item), failed: false };
  if (answer.error instanceof ApiError && answer.error.status === 404)
    return { item, outcome: "gone", text: words.alreadyDeleted(item), failed: false };
  return { item, outcome: "failed", text: `Not deleted: ${errorText(answer.error)}`, failed: true };
}

export interface DeleteFlowOptions<T> {
  /** The request that deletes it: "/api/runs/r1". */
  path(item: T): string;
  /** The id of its Delete button, where the focus goes back to when the question is cancelled. */
  openerId(item: T): string;
  words: DeleteWords<T>;
  /** Hides its row: called once it is deleted, now or before. */
  onGone(item: T): void;
}

export interface DeleteFlow<T> {
  /** The item whose question is open (show the dialog while set). */
  asking: T | null;
  /** The item whose delete is in flight: its list's Delete buttons wait. */
  deleting: T | null;
  busy: boolean;
  /** The sentence to show after a delete; null before one, and once cleared. */
  result: DeleteResult<T> | null;
  /** On the element showing `result`: it takes the focus when a result appears. */
  resultRef: RefObject<HTMLParagraphElement | null>;
  /** Opens the question (for the Delete button); the last result goes. */
  ask(item: T): void;
  /** "Keep it" or Escape: nothing deleted, focus back to the Delete button. */
  cancel(): void;
  /** The answer yes: sends the delete and says how it went. */
  confirm(): void;
  /** Takes the last result off, for a list whose status spot says something else now. */
  clear(): void;
}

/**
 * The question, the request and the answer for deleting one item of a list.
 *
 * @example
 * const flow = useDeleteFlow<RunRecord>({
 *   path: (r) => `/api/runs/${encodeURIComponent(r.id)}`,
 *   openerId: (r) => deleteButtonId(r.id),
 *   words: { deleted: (r) => deletedText(r, units), alreadyDeleted: (r) => alreadyDeletedText(r, units) },
 *   onGone: (r) => setRuns((list) => list?.filter((x) => x.id !== r.id) ?? null),
 * });
 * // <button id={deleteButtonId(r.id)} disabled={flow.busy} onClick={() => flow.ask(r)}>Delete</button>
 * // {flow.asking && <ConfirmDialog onConfirm={flow.confirm} onCancel={flow.cancel} ...>}
 * // {flow.result && <p ref={flow.resultRef} tabIndex={-1} role={flow.result.failed ? "alert" : "status"}>{flow.result.text}</p>}
 */
export function useDeleteFlow<T>(options: DeleteFlowOptions<T>): DeleteFlow<T> {
  const [asking, setAsking] = useState<T | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const [result, setResult] = useState<DeleteResult<T> | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  // The row the result was about may be gone: the sentence is where the runner is now.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  async function send(item: T) {
    setDeleting(item);
    let answer: DeleteAnswer;
    try {
      await api(options.path(item), { method: "DELETE" });
      answer = { ok: true };
    } catch (error) {
      answer = { ok: false, error };
    }
    const said = deleteResult(item, answer, options.words);
    if (said.outcome !== "failed") options.onGone(item);
    setResult(said);
    setDeleting(null);
  }

  return {
    asking,
    deleting,
    busy: deleting !== null,
    result,
    resultRef,
    ask(item) {
      setResult(null);
      setAsking(item);
    },
    cancel() {
      if (asking === null) return;
      const id = options.openerId(asking);
      setAsking(null);
      // Once the dialog is closed and the button shown again.
      requestAnimationFrame(() => document.getElementById(id)?.focus());
    },
    confirm() {
      if (asking === null || deleting !== null) return;
      setAsking(null);
      void send(asking);
    },
    clear() {
      setResult(null);
    },
  };
}

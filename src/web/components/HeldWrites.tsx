/**
 * Writes made offline that the server refused when the network came back (an app updated in
 * between, access that changed, a clock far off). Each stays on this device, named with the
 * server's reason, until the runner sends it again, saves a copy or discards it (asked
 * first): a session logged on a trail with no signal is never lost without a word.
 */
import { useEffect, useState } from "react";
import { localTime } from "../../core/time/calendar.js";
import { useApp } from "../app/state.js";
import { formatDay, runnerTimeZone } from "../app/units.js";
import { discardHeld, heldWrites, sendHeldAgain, type HeldEntry } from "../offline/outbox.js";
import { ConfirmDialog } from "./ConfirmDialog.js";

/** What the runner did, by the outbox label each write is queued with. */
const DID: Record<string, string> = {
  session: "The session you logged",
  "pain flag": "The pain flag you raised",
  "run comfort": "The run comfort you rated",
};

/** "The session you logged on Mon 7 Dec, 07:30" */
function named(e: HeldEntry): string {
  const did = DID[e.label] ?? `Your ${e.label}`;
  return `${did} on ${formatDay(e.queuedAt)}, ${localTime(e.queuedAt, runnerTimeZone())}`;
}

/** Downloads the write as a file, so a runner who lets it go still has what they typed. */
function saveCopy(e: HeldEntry): void {
  const doc = { path: e.path, method: e.method, body: e.body, madeAt: e.queuedAt };
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(doc, null, 2)], { type: "application/json" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = `limber-${e.label.replace(/\s+/g, "-")}-${e.queuedAt.slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function HeldWrites() {
  const { held: count } = useApp();
  const [held, setHeld] = useState<HeldEntry[]>([]);
  const [asking, setAsking] = useState<HeldEntry | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void heldWrites().then(setHeld);
  }, [count]);
  if (held.length === 0) return null;

  async function again(e: HeldEntry) {
    setBusy(true);
    try {
      await sendHeldAgain(e.key);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card card-warn" aria-labelledby="held-h" data-testid="held-writes">
      <h2 id="held-h">Not saved yet</h2>
      <p className="small">
        The server refused {held.length === 1 ? "this" : "these"} when your connection came back.{" "}
        {held.length === 1 ? "It stays" : "They stay"} on this device until you send again or
        discard.
      </p>
      <ul className="plain-list">
        {held.map((e) => (
          <li key={e.key} data-testid="held-write" style={{ padding: "0.4rem 0" }}>
            <p>
              {named(e)}. The server said: {e.reason}
            </p>
            <span className="row">
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => void again(e)}
                data-testid="held-send"
              >
                Send again
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => saveCopy(e)}
                data-testid="held-copy"
              >
                Save a copy
              </button>
              <button
                type="button"
                className="btn"
                id={`held-discard-${e.key}`}
                disabled={busy}
                onClick={() => setAsking(e)}
                data-testid="held-discard"
              >
                Discard
              </button>
            </span>
          </li>
        ))}
      </ul>
      {asking && (
        <ConfirmDialog
          title="Discard this for good?"
          confirmLabel="Discard"
          cancelLabel="Keep it"
          testId="confirm-discard-held"
          onConfirm={() => {
            setAsking(null);
            void discardHeld(asking.key);
          }}
          onCancel={() => {
            const id = `held-discard-${asking.key}`;
            setAsking(null);
            requestAnimationFrame(() => document.getElementById(id)?.focus());
          }}
        >
          <p>{named(asking)} leaves this device and never reaches your journal.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

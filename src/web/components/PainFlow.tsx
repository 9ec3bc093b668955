/**
 * The safety flow behind "stop, this hurts" (X1-X3, X6): what kind of pain, where, then
 * the pain flag is recorded and work on that region ends. Mild tension is normal (X1);
 * sharp pain or swelling stops the region and points to a professional (X2); a niggle
 * leaves the region out (X3). The text says plainly that this is general guidance.
 */
import { useEffect, useRef, useState } from "react";
import type { RegionRef, Region, Side, PainKind } from "../../core/vocabulary.js";
import { REGIONS, parseRegionRef } from "../../core/vocabulary.js";
import { regionName } from "../../core/routine/region-names.js";
import { errorText, newIdempotencyKey } from "../api/client.js";
import { sendOrQueue } from "../offline/outbox.js";
import type { ApiWrite } from "../api/types.js";

type Feel = PainKind | "tension";

const FEELS: { value: Feel; label: string; hint: string }[] = [
  {
    value: "sharp",
    label: "Sharp or stabbing",
    hint: "A sudden, pointed pain, or a new sharp feeling.",
  },
  { value: "swelling", label: "Swelling", hint: "The area looks or feels puffy or hot." },
  {
    value: "niggle",
    label: "A niggle",
    hint: "A familiar ache that has been bothering you lately.",
  },
  { value: "tension", label: "Just strong tension", hint: "A deep pull or pressure, no pain." },
];

export function PainFlow({
  regions,
  onClose,
  onStopRegion,
}: {
  regions: RegionRef[];
  onClose(): void;
  onStopRegion(region: Region): void;
}) {
  const first = regions.map((r) => parseRegionRef(r)).find((r) => r !== null);
  const [feel, setFeel] = useState<Feel | null>(null);
  const [region, setRegion] = useState<Region>(first?.region ?? "calves");
  const [side, setSide] = useState<Side | "">(first?.side ?? "");
  const [notes, setNotes] = useState("");
  const [stage, setStage] = useState<"ask" | "saving" | "done">("ask");
  const [queued, setQueued] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  // "your left calves": the place in words, side first.
  const place = regionName(side ? `${region}-${side}` : region);

  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // Start reading at the dialog's heading, not its first radio button.
    heading.current?.focus();
  }, []);

  async function record() {
    if (!feel || feel === "tension") return;
    setStage("saving");
    setError(null);
    const body: ApiWrite["/api/pain-flags"] = { region, kind: feel };
    if (side) body.side = side;
    if (notes.trim()) body.notes = notes.trim();
    try {
      const r = await sendOrQueue({
        key: newIdempotencyKey(),
        path: "/api/pain-flags",
        method: "POST",
        body,
        label: "pain flag",
      });
      setQueued(r === null);
      setStage("done");
    } catch (e) {
      setError(errorText(e));
      setStage("ask");
    }
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby="pain-h"
      onCancel={onClose}
      data-testid="pain-dialog"
      style={{ textAlign: "left" }}
    >
      <h2 id="pain-h" tabIndex={-1} ref={heading}>
        Stop here
      </h2>
      {stage !== "done" && (
        <form onSubmit={(e) => (e.preventDefault(), void record())}>
          <fieldset>
            <legend>What do you feel?</legend>
            {FEELS.map((f) => (
              <label key={f.value} className="check">
                <input
                  type="radio"
                  name="feel"
                  value={f.value}
                  checked={feel === f.value}
                  onChange={() => setFeel(f.value)}
                />
                <span>
                  <b>{f.label}</b> <span className="muted small hint">{f.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {feel === "tension" && (
            <div className="explain" role="note">
              <p>
                Mild tension is fine; pain is not. Ease off to a lighter pressure or a smaller
                range, keep breathing slowly, and go on only if it stays comfortable.
              </p>
              <button type="button" className="btn-primary" onClick={onClose}>
                Ease off and continue
              </button>
            </div>
          )}
          {feel && feel !== "tension" && (
            <>
              <label htmlFor="pain-region">Where?</label>
              <select
                id="pain-region"
                value={region}
                onChange={(e) => setRegion(e.target.value as Region)}
              >
                {REGIONS.map((r) => (
                  <option key={r} value={r}>
                    {regionName(r)}
                  </option>
                ))}
              </select>
              <label htmlFor="pain-side">Side</label>
              <select
                id="pain-side"
                value={side}
                onChange={(e) => setSide(e.target.value as Side | "")}
              >
                <option value="">Both or middle</option>
                <option value="left">Left</option>
                <option value="right">Right</option>
              </select>
              <label htmlFor="pain-notes">Anything to add (optional)</label>
              <input
                id="pain-notes"
                type="text"
                value={notes}
                onChange={(e) => setNotes(e.target.value)}
              />
              <div className="row" style={{ marginTop: "0.75rem" }}>
                <button
                  type="submit"
                  className="btn-danger"
                  disabled={stage === "saving"}
                  data-testid="pain-record"
                >
                  Record and stop this area
                </button>
              </div>
            </>
          )}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <p>
            <button type="button" className="btn-link" onClick={onClose}>
              Cancel
            </button>
          </p>
        </form>
      )}
      {stage === "done" && (
        <div role="alert" data-testid="pain-advice">
          {feel === "niggle" ? (
            <p>
              We have noted a niggle in your {place}. Your routines will leave that area out until
              you mark it better. If it keeps bothering you, have a physiotherapist or sports doctor
              look at it.
            </p>
          ) : (
            <p>
              Stop working on your {place} for now. Sharp pain or swelling is a reason to see a
              professional, such as a physiotherapist or a sports doctor, before you work on that
              area again. Your routines will leave it out until then.
            </p>
          )}
          <p className="muted">
            Limber gives general guidance, not a diagnosis. It cannot examine you; a professional
            can.
          </p>
          {queued && (
            <p className="muted">Saved on this phone; it will sync when you are back online.</p>
          )}
          <button
            type="button"
            className="btn-primary"
            onClick={() => onStopRegion(region)}
            data-testid="pain-continue"
          >
            Continue without this area
          </button>
        </div>
      )}
    </dialog>
  );
}

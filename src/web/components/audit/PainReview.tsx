/**
 * Open pain flags, each with what changed: gone (resolve it, the region comes back into
 * routines) or better but not gone (sharp pain or swelling settled to a niggle: the region
 * stays out, without the "see a professional first" advice).
 */
import { useEffect, useState } from "react";
import type { PainFlag } from "../../../core/journal/types.js";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";
import { useDataVersion } from "../../app/freshness.js";
import { regionWords } from "../../app/plain.js";
import { formatDay } from "../../app/units.js";

export function PainReview() {
  const version = useDataVersion();
  const [flags, setFlags] = useState<PainFlag[] | null>(null);
  const [msg, setMsg] = useState<string | null>(null);

  useEffect(() => {
    void api<PainFlag[]>("/api/pain-flags?open=true")
      .then(setFlags)
      .catch((e) => setMsg(errorText(e)));
  }, [version]);

  async function act(f: PainFlag, how: "resolve" | "downgrade") {
    const where = regionWords([f.side ? `${f.region}-${f.side}` : f.region]);
    try {
      if (how === "resolve") {
        await api(`/api/pain-flags/${encodeURIComponent(f.id)}/resolve`, {
          method: "POST",
          idempotencyKey: newIdempotencyKey(),
        });
        setMsg(`Marked better: your ${where} come back into your routines, gently at first.`);
      } else {
        await api(`/api/pain-flags/${encodeURIComponent(f.id)}/downgrade`, {
          method: "POST",
          body: { kind: "niggle" },
          idempotencyKey: newIdempotencyKey(),
        });
        setMsg(`Noted: your ${where} now have a niggle. Routines still leave them out.`);
      }
    } catch (e) {
      setMsg(errorText(e));
    }
  }

  return (
    <section className="card" aria-labelledby="pain-review-h" data-testid="pain-review">
      <h2 id="pain-review-h">Pain flags</h2>
      {msg && <p role="status">{msg}</p>}
      {flags && flags.length === 0 && <p className="muted">No open pain flags.</p>}
      <ul className="plain-list stack">
        {flags?.map((f) => (
          <li key={f.id} data-testid="pain-flag">
            <p>
              <b>{regionWords([f.side ? `${f.region}-${f.side}` : f.region])}</b>:{" "}
              {f.kind === "niggle" ? "a niggle" : f.kind === "sharp" ? "sharp pain" : "swelling"},
              since {formatDay(f.openedAt)}.
            </p>
            <div className="row">
              <button
                type="button"
                onClick={() => void act(f, "resolve")}
                data-testid="pain-resolve"
              >
                It is gone
              </button>
              {f.kind !== "niggle" && (
                <button
                  type="button"
                  onClick={() => void act(f, "downgrade")}
                  data-testid="pain-downgrade"
                >
                  Better: now only a niggle
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

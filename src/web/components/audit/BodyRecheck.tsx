/** The audit's body check: all marked regions saved together as one check (A1). */
import { useState } from "react";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";
import { checkEntries, type RegionDraft } from "../../audit/body-check.js";
import type { RegionKey } from "../BodyMap.js";
import { BodyCheckEditor } from "../check/BodyCheckEditor.js";

export function BodyRecheck() {
  const [draft, setDraft] = useState<Map<RegionKey, RegionDraft>>(new Map());
  const [msg, setMsg] = useState<string | null>(null);

  async function save() {
    const r = checkEntries(draft);
    if ("problem" in r) return setMsg(r.problem);
    try {
      await api("/api/body-checks", {
        method: "POST",
        body: { entries: r.entries },
        idempotencyKey: newIdempotencyKey(),
      });
      setMsg(
        `Body check saved: ${r.entries.length} area${r.entries.length > 1 ? "s" : ""}. Today's routine now uses it.`,
      );
      setDraft(new Map());
    } catch (e) {
      setMsg(errorText(e));
    }
  }

  return (
    <section className="card" aria-labelledby="recheck-h">
      <h2 id="recheck-h">Body check</h2>
      <BodyCheckEditor value={draft} onChange={setDraft} />
      {msg && (
        <p role="status" data-testid="recheck-msg">
          {msg}
        </p>
      )}
      <button
        type="button"
        className="btn-primary"
        onClick={() => void save()}
        data-testid="save-check"
      >
        Save body check
      </button>
    </section>
  );
}

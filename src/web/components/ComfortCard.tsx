/**
 * P7: once a run is logged today after the last session, ask how it felt, so insights can
 * compare runs after thorough sessions with runs after skipped ones. Not before the run: on a
 * rest day, or in the morning before it, there is no run to ask about.
 */
import { useEffect, useState } from "react";
import { api, errorText, newIdempotencyKey } from "../api/client.js";
import type { RunRecord, SessionLog } from "../../core/journal/types.js";
import { readCache, writeCache } from "../offline/cache.js";
import { sendOrQueue } from "../offline/outbox.js";
import type { ApiWrite } from "../api/types.js";
import { localDay } from "../app/units.js";
import { comfortAwaited, comfortDue } from "../app/comfort-due.js";

export function ComfortCard() {
  const [ask, setAsk] = useState<{ id: string } | null>(null);
  const [comfort, setComfort] = useState(7);
  const [notes, setNotes] = useState("");
  const [msg, setMsg] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      let last = await readCache("lastSessionAt");
      // The journal knows sessions logged on another device too.
      const [latest] = await api<SessionLog[]>("/api/sessions?limit=1").catch(
        () => [] as SessionLog[],
      );
      if (latest && (!last || latest.startedAt > last.startedAt))
        last = { id: latest.id, startedAt: latest.startedAt };
      const asked = (await readCache("comfortAskedFor")) ?? undefined;
      if (!last) return;
      const day = localDay();
      const sessionDay = localDay(new Date(last.startedAt));
      // Today's runs are read only while the last session still waits for its question.
      if (!comfortAwaited(last, asked, sessionDay, day)) return;
      const runs = await api<RunRecord[]>(
        `/api/runs?from=${day}&to=${day}&sport=run&limit=5`,
      ).catch(() => [] as RunRecord[]);
      if (comfortDue(last, asked, sessionDay, day, runs)) setAsk({ id: last.id });
    })();
  }, []);

  if (!ask)
    return msg ? (
      <p role="status" className="muted">
        {msg}
      </p>
    ) : null;

  async function save(skip: boolean) {
    if (!ask) return;
    try {
      if (!skip) {
        const body: ApiWrite["/api/run-comfort"] = { date: localDay(), comfort };
        if (notes.trim()) body.notes = notes.trim();
        const r = await sendOrQueue({
          key: newIdempotencyKey(),
          path: "/api/run-comfort",
          method: "POST",
          body,
          label: "run comfort",
        });
        setMsg(r ? "Thanks: saved." : "Saved on this phone; it will sync when you are online.");
      }
      await writeCache("comfortAskedFor", ask.id);
      setAsk(null);
    } catch (e) {
      setMsg(errorText(e));
    }
  }

  return (
    <form
      className="card"
      aria-labelledby="comfort-h"
      onSubmit={(e) => (e.preventDefault(), void save(false))}
    >
      <h2 id="comfort-h">How did today's run feel?</h2>
      <label htmlFor="comfort">Comfort: {comfort} / 10</label>
      <input
        id="comfort"
        type="range"
        min={0}
        max={10}
        value={comfort}
        onChange={(e) => setComfort(Number(e.target.value))}
      />
      <label htmlFor="comfort-notes">Notes (optional)</label>
      <input
        id="comfort-notes"
        type="text"
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <div className="row" style={{ marginTop: "0.6rem" }}>
        <button type="submit" className="btn-primary">
          Save
        </button>
        <button type="button" onClick={() => void save(true)}>
          Not today
        </button>
      </div>
      {msg && <p role="alert">{msg}</p>}
    </form>
  );
}

/**
 * Log the session (P1): how it felt before and after (stiffness, soreness, pain 0-10), the
 * pressure used on each release item, mood, energy and notes. Saved with an idempotency
 * key made here, so a retry (or the offline outbox) never logs it twice.
 */
import { useEffect, useState } from "react";
import type { Ratings, SessionItemLog, SessionLog } from "../../core/journal/types.js";
import { PRESSURES, type Pressure } from "../../core/vocabulary.js";
import { errorText, newIdempotencyKey } from "../api/client.js";
import { navigate } from "../app/router.js";
import { endSession, loadSession } from "../app/session.js";
import type { ActiveSession } from "../offline/cache.js";
import { writeCache } from "../offline/cache.js";
import { sendOrQueue } from "../offline/outbox.js";

const RATING_KEYS: (keyof Ratings)[] = ["stiffness", "soreness", "pain"];

function RatingSliders({
  prefix,
  value,
  onChange,
}: {
  prefix: string;
  value: Ratings;
  onChange(r: Ratings): void;
}) {
  return (
    <>
      {RATING_KEYS.map((k) => (
        <div key={k}>
          <label htmlFor={`${prefix}-${k}`}>
            {k[0]?.toUpperCase()}
            {k.slice(1)}: {value[k]} / 10
          </label>
          <input
            id={`${prefix}-${k}`}
            type="range"
            min={0}
            max={10}
            value={value[k]}
            onChange={(e) => onChange({ ...value, [k]: Number(e.target.value) })}
          />
        </div>
      ))}
    </>
  );
}

export function Log() {
  const [session, setSession] = useState<ActiveSession | null | undefined>(undefined);
  const [before, setBefore] = useState<Ratings>({ stiffness: 5, soreness: 3, pain: 0 });
  const [after, setAfter] = useState<Ratings>({ stiffness: 3, soreness: 2, pain: 0 });
  const [pressure, setPressure] = useState<Record<string, Pressure>>({});
  const [mood, setMood] = useState(3);
  const [energy, setEnergy] = useState(3);
  const [notes, setNotes] = useState("");
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<"saved" | "queued" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [key] = useState(newIdempotencyKey);

  useEffect(() => {
    void loadSession().then((s) => {
      setSession(s);
      if (s) {
        const p: Record<string, Pressure> = {};
        for (const it of s.routine.items) if (it.pressure) p[it.id] = it.pressure;
        setPressure(p);
      }
    });
  }, []);

  if (session === undefined) return <p className="muted">Loading…</p>;

  if (result)
    return (
      <section>
        <h1 tabIndex={-1}>Logged</h1>
        <p role="status" data-testid="log-result">
          {result === "saved"
            ? "Session saved. Nice work."
            : "Saved on this phone. It will sync once you are back online."}
        </p>
        <div className="row">
          <a className="btn btn-primary" href="#/progress">
            See progress
          </a>
          <a className="btn" href="#/today">
            Today
          </a>
        </div>
      </section>
    );

  if (!session)
    return (
      <section>
        <h1 tabIndex={-1}>Log session</h1>
        <p>No session to log. Start one from Today.</p>
        <a className="btn btn-primary" href="#/today">
          Today
        </a>
      </section>
    );

  const s = session;
  const release = s.routine.items.filter(
    (i) => i.phase === "release" && s.status[i.id] !== "skipped",
  );

  async function save() {
    setSaving(true);
    setError(null);
    const items: SessionItemLog[] = s.routine.items.map((i) => {
      const log: SessionItemLog = {
        id: i.id,
        status: s.status[i.id] === "done" ? "done" : "skipped",
      };
      const p = pressure[i.id];
      if (p && log.status === "done" && i.phase === "release") log.pressure = p;
      return log;
    });
    const body: Record<string, unknown> = {
      startedAt: s.startedAt,
      kind: s.kind,
      routine: s.routine,
      items,
      before,
      after,
      mood,
      energy,
    };
    if (notes.trim()) body.notes = notes.trim();
    try {
      const r = await sendOrQueue<SessionLog>({
        key,
        path: "/api/sessions",
        method: "POST",
        body,
        label: "session",
      });
      await writeCache("lastSessionAt", { id: r?.id ?? key, startedAt: s.startedAt });
      endSession();
      setResult(r ? "saved" : "queued");
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  }

  const done = Object.values(s.status).filter((v) => v === "done").length;
  return (
    <section aria-labelledby="log-h">
      <h1 id="log-h" tabIndex={-1}>
        Log session
      </h1>
      <p className="muted">
        {done} of {s.routine.items.length} movements done
        {s.stoppedRegions.length ? ` · stopped for ${s.stoppedRegions.join(", ")}` : ""}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>Before the session</legend>
          <RatingSliders prefix="before" value={before} onChange={setBefore} />
        </fieldset>
        <fieldset>
          <legend>After the session</legend>
          <RatingSliders prefix="after" value={after} onChange={setAfter} />
        </fieldset>
        {release.length > 0 && (
          <fieldset>
            <legend>Pressure you used</legend>
            {release.map((i) => (
              <div key={i.id}>
                <label htmlFor={`p-${i.id}`}>{i.name}</label>
                <select
                  id={`p-${i.id}`}
                  value={pressure[i.id] ?? "light"}
                  onChange={(e) => setPressure({ ...pressure, [i.id]: e.target.value as Pressure })}
                >
                  {PRESSURES.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>How you feel</legend>
          <label htmlFor="mood">Mood: {mood} / 5</label>
          <input
            id="mood"
            type="range"
            min={1}
            max={5}
            value={mood}
            onChange={(e) => setMood(Number(e.target.value))}
          />
          <label htmlFor="energy">Energy: {energy} / 5</label>
          <input
            id="energy"
            type="range"
            min={1}
            max={5}
            value={energy}
            onChange={(e) => setEnergy(Number(e.target.value))}
          />
        </fieldset>
        <label htmlFor="notes">Notes</label>
        <textarea id="notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <button
          type="submit"
          className="btn-primary btn-big"
          style={{ marginTop: "1rem" }}
          disabled={saving}
          data-testid="save-log"
        >
          {saving ? "Saving…" : "Save session"}
        </button>
        <p>
          <button
            type="button"
            className="btn-link"
            onClick={() => {
              endSession();
              navigate("today");
            }}
          >
            Discard this session
          </button>
        </p>
      </form>
    </section>
  );
}

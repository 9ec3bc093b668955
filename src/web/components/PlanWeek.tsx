/**
 * The week view (GET /api/week): the coming seven days with their runs and care sessions,
 * the rest days, and the week's warnings (a run much longer than the recent longest, L12;
 * the professional's plan ending, C1). Tapping a day opens a small form to plan a run on it
 * (POST /api/planned-runs), so the plan places care around it.
 */
import { useCallback, useEffect, useState } from "react";
import type { WeekPlan } from "../../core/plan/types.js";
import { counted } from "../../core/text/counted.js";
import { RUN_TYPES, type RunType } from "../../core/vocabulary.js";
import { api, newIdempotencyKey } from "../api/client.js";
import { fieldProblem, type FieldLabel, type FieldProblem } from "../app/field-error.js";
import { freeDayWords, plainText, sessionWords } from "../app/plain.js";
import { useApp } from "../app/state.js";
import { formatDay, localDay } from "../app/units.js";
import { FieldError } from "./FieldError.js";
import { ReasonChips } from "./ReasonChips.js";

/** The API's fields of a planned run, by the words on the form. */
const FIELDS: Record<string, FieldLabel> = {
  type: { label: "Type" },
  minutes: { label: "Minutes", unit: "min" },
  time: { label: "Start" },
  date: { label: "Day" },
};

interface Draft {
  date: string;
  type: RunType;
  minutes: string;
  time: string;
  key: string;
}

export default function PlanWeek() {
  const [plan, setPlan] = useState<WeekPlan | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const { units } = useApp();
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const load = useCallback(() => {
    void api<WeekPlan>("/api/week")
      .then(setPlan)
      .catch(() => setPlan(null));
  }, []);
  useEffect(load, [load]);
  if (!plan || !Array.isArray(plan.days)) return null;
  const today = localDay();
  const days = plan.days.filter((d) => d.date >= today);
  if (days.length === 0) return null;

  /** What a field of the open day's form needs to say it is the one in error. */
  const invalid = (field: string) =>
    problem?.field === field && draft
      ? { "aria-invalid": true, "aria-describedby": `plan-error-${draft.date}` }
      : {};

  async function save(d: Draft) {
    setProblem(null);
    // An empty box is no run length (Number("") would send 0).
    if (d.minutes.trim() === "")
      return setProblem({ field: "minutes", text: "Minutes: say how long the run will be." });
    setSaving(true);
    try {
      await api("/api/planned-runs", {
        method: "POST",
        idempotencyKey: d.key,
        body: {
          date: d.date,
          type: d.type,
          minutes: Number(d.minutes),
          ...(d.time ? { time: d.time } : {}),
        },
      });
      setDraft(null);
      load();
    } catch (e) {
      setProblem(fieldProblem(e, FIELDS, units));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card" aria-labelledby="week-h" data-testid="week-card">
      <h2 id="week-h">Your week</h2>
      <p className="muted small">
        {counted(plan.sessionCount, "session")}, {plan.plannedMinutes} min planned (budget{" "}
        {plan.budgetMinutes} min). Tap a day to plan a run on it.
      </p>
      {plan.trial?.status === "active" && (
        <p className="small" data-testid="week-trial">
          {plainText(plan.trial.note, units)}
        </p>
      )}
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {days.map((d) => (
          <li
            key={d.date}
            style={{ padding: "0.3rem 0", borderTop: "1px solid var(--line)" }}
            data-testid={`week-day-${d.date}`}
          >
            <button
              type="button"
              className="spread"
              style={{
                width: "100%",
                background: "none",
                border: 0,
                padding: 0,
                textAlign: "left",
                color: "inherit",
              }}
              aria-expanded={draft?.date === d.date}
              onClick={() => {
                setProblem(null);
                setDraft(
                  draft?.date === d.date
                    ? null
                    : {
                        date: d.date,
                        type: "easy",
                        minutes: "40",
                        time: "",
                        key: newIdempotencyKey(),
                      },
                );
              }}
            >
              <b className="week-day">{d.date === today ? "Today" : formatDay(d.date)}</b>
              <span className="small" style={{ textAlign: "right" }}>
                {[
                  ...d.runs.map(
                    (r) =>
                      `${r.type === "cross" ? "cross-training" : `${r.type} run`} ${r.minutes} min${r.planned ? " (planned)" : ""}`,
                  ),
                  ...d.sessions.map(
                    (s) =>
                      `${s.time} ${sessionWords(s.kind)}, ${s.minutes} min${s.done ? " (done)" : ""}`,
                  ),
                ].join(" · ") || freeDayWords(d.flags)}
              </span>
              {/* The name keeps the visible words (speech control says them) and adds what a tap does. */}
              <span className="sr-only">: plan a run on this day</span>
            </button>
            {draft?.date === d.date && (
              <form
                className="row"
                style={{ gap: "0.5rem", flexWrap: "wrap", marginTop: "0.4rem" }}
                onSubmit={(e) => {
                  e.preventDefault();
                  void save(draft);
                }}
              >
                <label className="small">
                  Type{" "}
                  <select
                    value={draft.type}
                    onChange={(e) => setDraft({ ...draft, type: e.target.value as RunType })}
                    {...invalid("type")}
                  >
                    {RUN_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="small">
                  Minutes{" "}
                  <input
                    type="number"
                    min={1}
                    max={360}
                    inputMode="numeric"
                    required
                    style={{ width: "5rem" }}
                    value={draft.minutes}
                    onChange={(e) => setDraft({ ...draft, minutes: e.target.value })}
                    {...invalid("minutes")}
                  />
                </label>
                <label className="small">
                  Start{" "}
                  <input
                    type="time"
                    value={draft.time}
                    onChange={(e) => setDraft({ ...draft, time: e.target.value })}
                    {...invalid("time")}
                  />
                </label>
                <button type="submit" className="primary" disabled={saving}>
                  Plan run
                </button>
                {problem && <FieldError id={`plan-error-${d.date}`} text={problem.text} />}
              </form>
            )}
          </li>
        ))}
      </ul>
      {plan.warnings.map((w) => (
        <p key={`${w.code}-${w.date ?? ""}-${w.message}`} className="explain">
          {plainText(w.message, units)}
        </p>
      ))}
      {plan.warnings.length > 0 && (
        <details className="codes">
          <summary>Rule codes</summary>
          <ReasonChips
            reasons={[...new Set(plan.warnings.map((w) => w.code))]}
            label="the week's warnings"
          />
        </details>
      )}
    </section>
  );
}

/** Log a run by hand: day, type, minutes, distance in the runner's units, effort. */
import { useState } from "react";
import type { RunRecord } from "../../../core/journal/types.js";
import type { Units } from "../../../core/journal/types.js";
import { RUN_TYPES, type RunType } from "../../../core/vocabulary.js";
import { api, newIdempotencyKey } from "../../api/client.js";
import { fieldProblem, type FieldLabel, type FieldProblem } from "../../app/field-error.js";
import { distanceFromDisplay, distanceUnit, localDay } from "../../app/units.js";
import { FieldError } from "../FieldError.js";

/** The API's fields of a run entered by hand, with their inputs and words on the form. */
const FIELDS: Record<string, FieldLabel & { input: string }> = {
  date: { label: "Date", input: "run-date" },
  type: { label: "Type", input: "run-type" },
  minutes: { label: "Duration", unit: "min", input: "run-minutes" },
  km: { label: "Distance", unit: "km", input: "run-distance" },
  rpe: { label: "Effort", input: "run-rpe" },
};

export function ManualRunForm({ units }: { units: Units }) {
  const [form, setForm] = useState({
    date: localDay(),
    type: "easy" as RunType,
    minutes: "",
    distance: "",
    rpe: "",
  });
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<FieldProblem | null>(null);

  async function addRun(e: React.FormEvent) {
    e.preventDefault();
    setSaved(null);
    setProblem(null);
    const body: Record<string, unknown> = {
      date: form.date,
      type: form.type,
      minutes: Number(form.minutes),
    };
    if (form.distance)
      body.km = Math.round(distanceFromDisplay(Number(form.distance), units) * 100) / 100;
    if (form.rpe) body.rpe = Number(form.rpe);
    try {
      await api<RunRecord>("/api/runs", {
        method: "POST",
        body,
        idempotencyKey: newIdempotencyKey(),
      });
      setSaved("Run saved. Today's routine now fits it.");
      setForm({ ...form, minutes: "", distance: "", rpe: "" });
    } catch (err) {
      const p = fieldProblem(err, FIELDS, units);
      setProblem(p);
      if (p.field) document.getElementById(FIELDS[p.field]?.input ?? "")?.focus();
    }
  }

  /** What a field's input needs to say it is the one in error. */
  const invalid = (field: string) =>
    problem?.field === field
      ? { "aria-invalid": true, "aria-describedby": `${FIELDS[field]?.input}-error` }
      : {};
  const errorUnder = (field: string) =>
    problem?.field === field ? (
      <FieldError id={`${FIELDS[field]?.input}-error`} text={problem.text} />
    ) : null;

  return (
    <form className="card" onSubmit={(e) => void addRun(e)} aria-labelledby="addrun-h">
      <h2 id="addrun-h">Log a run</h2>
      <label htmlFor="run-date">Date</label>
      <input
        id="run-date"
        type="date"
        required
        value={form.date}
        onChange={(e) => setForm({ ...form, date: e.target.value })}
        {...invalid("date")}
      />
      {errorUnder("date")}
      <label htmlFor="run-type">Type</label>
      <select
        id="run-type"
        value={form.type}
        onChange={(e) => setForm({ ...form, type: e.target.value as RunType })}
        {...invalid("type")}
      >
        {RUN_TYPES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      {errorUnder("type")}
      <label htmlFor="run-minutes">Duration (min)</label>
      <input
        id="run-minutes"
        type="number"
        inputMode="numeric"
        min={1}
        max={1440}
        required
        value={form.minutes}
        onChange={(e) => setForm({ ...form, minutes: e.target.value })}
        {...invalid("minutes")}
      />
      {errorUnder("minutes")}
      <label htmlFor="run-distance">Distance ({distanceUnit(units)}, optional)</label>
      <input
        id="run-distance"
        type="number"
        inputMode="decimal"
        step="0.01"
        min={0}
        value={form.distance}
        onChange={(e) => setForm({ ...form, distance: e.target.value })}
        {...invalid("km")}
      />
      {errorUnder("km")}
      <label htmlFor="run-rpe">Effort, RPE 1-10 (optional)</label>
      <input
        id="run-rpe"
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        value={form.rpe}
        onChange={(e) => setForm({ ...form, rpe: e.target.value })}
        {...invalid("rpe")}
      />
      {errorUnder("rpe")}
      <button
        type="submit"
        className="btn-primary"
        style={{ marginTop: "0.75rem" }}
        data-testid="add-run"
      >
        Save run
      </button>
      {problem && problem.field === null && <FieldError id="run-error" text={problem.text} />}
      {saved && <p role="status">{saved}</p>}
    </form>
  );
}

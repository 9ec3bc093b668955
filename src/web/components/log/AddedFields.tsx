/**
 * "Anything else you did?": techniques from the library done beside the routine, each with
 * the time the runner spent on it (minutes and seconds, as they would say it) and, for a
 * release technique, the pressure if they want to note it. Nothing is listed until the
 * runner taps Add, and only what is listed is logged.
 */
import { useEffect, useMemo } from "react";
import type { Movement } from "../../../core/catalog/types.js";
import { RANGES } from "../../../core/schemas/ranges.js";
import { PHASES, type Equipment, type Phase } from "../../../core/vocabulary.js";
import { formatDuration } from "../../app/units.js";
import {
  EMPTY_ADDING,
  readAdding,
  type AddProblem,
  type AddedDraft,
  type AddingDraft,
  type LogDraft,
} from "../../log/draft.js";
import { FieldError } from "../FieldError.js";
import { PressureOptions } from "./PressureOptions.js";

/** The library's phases as the list's groups read to a runner. */
const GROUP: Record<Phase, string> = {
  transition: "Walking and marching",
  release: "Release: rolling and massage",
  mobility: "Mobility",
  activation: "Strength and activation",
  stretch: "Stretches",
  breathing: "Breathing",
  cardio: "Easy cardio",
};

/** The input each problem points at, focused when the problem is shown. */
const INPUT: Record<AddProblem["field"], string> = {
  movement: "added-movement",
  time: "added-minutes",
  add: "add-technique",
};

const MOST = RANGES.addedItems[1];

/** One of the two time boxes (minutes, seconds) of a technique being added. */
function TimeBox({
  unit,
  max,
  value,
  onValue,
  onKeyDown,
  invalid,
}: {
  unit: "minutes" | "seconds";
  max?: number;
  value: string;
  onValue(unit: "minutes" | "seconds", v: string): void;
  onKeyDown(e: React.KeyboardEvent): void;
  invalid: Record<string, unknown>;
}) {
  const id = `added-${unit}`;
  return (
    <div>
      <label htmlFor={id}>{unit === "minutes" ? "Minutes" : "Seconds"}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        placeholder="0"
        value={value}
        onChange={(e) => onValue(unit, e.target.value)}
        onKeyDown={onKeyDown}
        data-testid={id}
        {...invalid}
      />
    </div>
  );
}

export function AddedFields({
  movements,
  routineIds,
  owned,
  added,
  adding,
  problem,
  onChange,
  onProblem,
}: {
  /** The library; null while it loads. */
  movements: readonly Movement[] | null;
  /** The routine's own items: logged as done or skipped there, never added. */
  routineIds: ReadonlySet<string>;
  /** The runner's kit, when the profile is known: only techniques they can do are offered. */
  owned: readonly Equipment[] | undefined;
  added: AddedDraft[];
  adding: AddingDraft;
  problem: AddProblem | null;
  onChange(patch: Pick<Partial<LogDraft>, "added" | "adding">): void;
  onProblem(p: AddProblem | null): void;
}) {
  const byId = useMemo(() => new Map((movements ?? []).map((m) => [m.id, m])), [movements]);
  const lookup = (id: string) => byId.get(id);
  const chosen = adding.id ? byId.get(adding.id) : undefined;

  const groups = useMemo(() => {
    const taken = new Set(added.map((a) => a.id));
    const offered = (movements ?? []).filter(
      (m) =>
        m.id === adding.id ||
        (!routineIds.has(m.id) &&
          !taken.has(m.id) &&
          (owned === undefined || m.equipment.every((k) => owned.includes(k)))),
    );
    return PHASES.map((phase) => ({
      phase,
      items: offered
        .filter((m) => m.phase === phase)
        .sort((a, b) => a.name.localeCompare(b.name, "en")),
    })).filter((g) => g.items.length > 0);
  }, [movements, routineIds, owned, added, adding.id]);

  // A problem shown (on Add or on Save) takes the runner to the input it is about.
  useEffect(() => {
    if (problem) document.getElementById(INPUT[problem.field])?.focus();
  }, [problem]);

  const set = (p: Partial<AddingDraft>) => onChange({ adding: { ...adding, ...p } });

  function add() {
    const r = readAdding(adding, lookup);
    if ("problem" in r) return onProblem({ ...r.problem });
    onChange({ added: [...added, r.item], adding: { ...EMPTY_ADDING } });
    onProblem(null);
    document.getElementById(INPUT.movement)?.focus();
  }

  function clear() {
    onChange({ adding: { ...EMPTY_ADDING } });
    onProblem(null);
  }

  function remove(id: string) {
    onChange({ added: added.filter((a) => a.id !== id) });
    document.getElementById(INPUT.movement)?.focus();
  }

  /** What an input in error needs to say so. */
  const invalid = (field: AddProblem["field"]) =>
    problem?.field === field
      ? { "aria-invalid": true, "aria-describedby": `added-${field}-error` }
      : {};
  const errorUnder = (field: AddProblem["field"]) =>
    problem?.field === field ? (
      <FieldError id={`added-${field}-error`} text={problem.text} />
    ) : null;

  // Enter in a time box adds the technique rather than saving the whole log.
  const addOnEnter = (e: React.KeyboardEvent) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    add();
  };

  const timeProps = {
    onValue: (unit: "minutes" | "seconds", v: string) => set({ [unit]: v }),
    onKeyDown: addOnEnter,
    invalid: invalid("time"),
  };

  return (
    <fieldset data-testid="added-fields">
      <legend>Anything else you did?</legend>
      <p className="muted small">
        A technique from the library done beside the routine (optional).
      </p>
      {added.length > 0 && (
        <ul style={{ listStyle: "none", padding: 0 }} data-testid="added-list">
          {added.map((a) => {
            const name = byId.get(a.id)?.name ?? a.id;
            return (
              <li key={a.id} className="spread" data-testid="added-item">
                <span>
                  {name}{" "}
                  <span className="muted" style={{ whiteSpace: "nowrap" }}>
                    · {formatDuration(a.seconds)}
                    {a.pressure ? ` · ${a.pressure} pressure` : ""}
                  </span>
                </span>
                <button
                  type="button"
                  className="btn-link"
                  aria-label={`Remove ${name}`}
                  onClick={() => remove(a.id)}
                  data-testid="remove-added"
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {movements === null ? (
        <p className="muted">Loading the library…</p>
      ) : movements.length === 0 ? (
        <p className="muted">The library could not be loaded. Try again once you are online.</p>
      ) : added.length >= MOST ? (
        <p className="muted">That is {MOST} techniques, the most one session can hold.</p>
      ) : (
        <>
          <label htmlFor="added-movement">Technique</label>
          <select
            id="added-movement"
            value={adding.id}
            onChange={(e) =>
              // A pressure noted for one technique does not carry over to the next.
              set({ id: e.target.value, pressure: "" })
            }
            data-testid="added-movement"
            {...invalid("movement")}
          >
            <option value="">Choose a technique</option>
            {groups.map((g) => (
              <optgroup key={g.phase} label={GROUP[g.phase]}>
                {g.items.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {errorUnder("movement")}
          <div
            style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: "0.5rem" }}
            data-testid="added-time"
          >
            <TimeBox unit="minutes" max={60} value={adding.minutes} {...timeProps} />
            <TimeBox unit="seconds" value={adding.seconds} {...timeProps} />
          </div>
          {errorUnder("time")}
          {chosen?.phase === "release" && (
            <>
              <label htmlFor="added-pressure">Pressure you used (optional)</label>
              <select
                id="added-pressure"
                value={adding.pressure}
                onChange={(e) => set({ pressure: e.target.value })}
                data-testid="added-pressure"
              >
                <PressureOptions />
              </select>
            </>
          )}
          <div className="row" style={{ marginTop: "0.75rem" }}>
            <button
              type="button"
              id="add-technique"
              onClick={add}
              data-testid="add-technique"
              {...(problem?.field === "add" ? { "aria-describedby": "added-add-error" } : {})}
            >
              Add
            </button>
            {(adding.id || adding.minutes || adding.seconds) && (
              <button type="button" className="btn-link" onClick={clear} data-testid="clear-added">
                Clear
              </button>
            )}
          </div>
          {errorUnder("add")}
        </>
      )}
    </fieldset>
  );
}

/** One activity: day with year, duration, distance, run or cross-training, load, type. */
import type { RunRecord, Units } from "../../../core/journal/types.js";
import { runTypeOf } from "../../../core/journal/types.js";
import { RUN_TYPES, type RunType } from "../../../core/vocabulary.js";
import { formatDistance, formatDuration } from "../../app/units.js";
import { dayWithYear, loadText, sportText, type LoadLine } from "../../runs/format.js";

export function RunCard({
  run: r,
  units,
  loads,
  onType,
}: {
  run: RunRecord;
  units: Units;
  loads: ReadonlyMap<string, LoadLine>;
  onType(t: RunType): void;
}) {
  const t = runTypeOf(r);
  const load = loadText(r, loads);
  return (
    <li className="card item" data-testid="run-card">
      <div className="item-head">
        <b>{dayWithYear(r.activity.startTime)}</b>
        <span className="dose">
          {formatDuration(r.activity.elapsedSeconds)}
          {r.activity.distanceMeters !== undefined
            ? ` · ${formatDistance(r.activity.distanceMeters, units)}`
            : ""}
        </span>
      </div>
      <span className="muted small">
        {sportText(r)}
        {load ? ` · ${load}` : ""}
        {r.planned ? " · planned" : ""}
        {r.classification && !r.typeOverride
          ? ` · typed from data: ${r.classification.reasons.join("; ")}`
          : ""}
      </span>
      {r.activity.sport === "run" && (
        <div className="row">
          <label htmlFor={`type-${r.id}`} style={{ margin: 0 }}>
            Type
          </label>
          <select
            id={`type-${r.id}`}
            value={t ?? ""}
            style={{ width: "auto" }}
            onChange={(e) => onType(e.target.value as RunType)}
          >
            {!t && <option value="">unknown</option>}
            {RUN_TYPES.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </div>
      )}
    </li>
  );
}

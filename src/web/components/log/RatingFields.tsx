/**
 * Stiffness, soreness and pain 0-10, empty until the runner types a value (nothing is
 * suggested, so nothing is recorded that was not said).
 */
import type { RatingDraft } from "../../log/draft.js";
import { RATING_KEYS } from "../../log/draft.js";

export function RatingFields({
  prefix,
  legend,
  value,
  disabled,
  onChange,
}: {
  prefix: string;
  legend: string;
  value: RatingDraft;
  disabled: boolean;
  onChange(r: RatingDraft): void;
}) {
  return (
    <fieldset disabled={disabled}>
      <legend>{legend}</legend>
      <div className="rating-row">
        {RATING_KEYS.map((k) => (
          <div key={k}>
            <label htmlFor={`${prefix}-${k}`}>
              {k[0]?.toUpperCase()}
              {k.slice(1)} <span className="muted small scale">0-10</span>
            </label>
            <input
              id={`${prefix}-${k}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              step={1}
              placeholder="–"
              value={value[k]}
              onChange={(e) => onChange({ ...value, [k]: e.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

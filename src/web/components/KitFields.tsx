/** The kit a runner owns, as checkboxes (onboarding and settings). */
import { EQUIPMENT, type Equipment } from "../../core/vocabulary.js";

export const KIT_LABEL: Record<Equipment, string> = {
  "foam-roller": "Foam roller",
  "massage-ball": "Massage ball",
  band: "Resistance band",
};

export function KitFields({
  value,
  onChange,
}: {
  value: Equipment[];
  onChange(v: Equipment[]): void;
}) {
  return (
    <fieldset>
      <legend>Kit you own</legend>
      <p className="muted small">A wall, a step and some floor space are assumed.</p>
      {EQUIPMENT.map((k) => (
        <label key={k} className="check">
          <input
            type="checkbox"
            checked={value.includes(k)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, k] : value.filter((x) => x !== k))
            }
          />
          {KIT_LABEL[k]}
        </label>
      ))}
    </fieldset>
  );
}

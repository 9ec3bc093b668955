/**
 * The body check on the body map (A1): tap the areas that feel stiff or tender, then type
 * each one's stiffness and tenderness (empty until rated), and optionally how many seconds
 * the sensation takes to fade and whether it comes back.
 */
import { regionWords } from "../../app/plain.js";
import { EMPTY_REGION, type RegionDraft } from "../../audit/body-check.js";
import { BodyMap, type RegionKey } from "../BodyMap.js";

export function BodyCheckEditor({
  value,
  onChange,
}: {
  value: ReadonlyMap<RegionKey, RegionDraft>;
  onChange(next: Map<RegionKey, RegionDraft>): void;
}) {
  const toggle = (k: RegionKey) => {
    const next = new Map(value);
    if (next.has(k)) next.delete(k);
    else next.set(k, { ...EMPTY_REGION });
    onChange(next);
  };
  const set = (k: RegionKey, patch: Partial<RegionDraft>) => {
    const cur = value.get(k) ?? EMPTY_REGION;
    onChange(new Map(value).set(k, { ...cur, ...patch }));
  };
  const number = (
    k: RegionKey,
    field: "stiffness" | "tenderness" | "fade",
    label: string,
    max: number,
  ) => (
    <div>
      <label htmlFor={`${field}-${k}`}>{label}</label>
      <input
        id={`${field}-${k}`}
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        placeholder="–"
        value={value.get(k)?.[field] ?? ""}
        onChange={(e) => set(k, { [field]: e.target.value })}
      />
    </div>
  );
  return (
    <>
      <p>
        Press or roll gently over each area. Tap the ones that feel stiff or tender, then rate them.
        A sharp pain is not stiffness: flag it as pain instead.
      </p>
      <BodyMap selected={new Set(value.keys())} onToggle={toggle} />
      {value.size === 0 && <p className="muted">Nothing marked yet.</p>}
      {[...value.entries()].map(([k, v]) => (
        <fieldset key={k} data-testid={`check-${k}`}>
          <legend>{regionWords([k])}</legend>
          <div className="rating-row">
            {number(k, "stiffness", "Stiffness 0-10", 10)}
            {number(k, "tenderness", "Tenderness 0-10", 10)}
            {number(k, "fade", "Fades in (s)", 600)}
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={v.rebound}
              onChange={(e) => set(k, { rebound: e.target.checked })}
            />
            Tenderness comes back after pressing
          </label>
          <button type="button" className="btn-link" onClick={() => toggle(k)}>
            Remove
          </button>
        </fieldset>
      ))}
    </>
  );
}

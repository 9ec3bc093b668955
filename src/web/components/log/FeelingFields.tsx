/** Pressure used on each release item, mood and energy: all optional, all empty at first. */
import type { RoutineItem } from "../../../core/routine/types.js";
import type { Pressure } from "../../../core/vocabulary.js";
import { PressureOptions } from "./PressureOptions.js";
import type { LogDraft } from "../../log/draft.js";

export function FeelingFields({
  release,
  draft,
  onChange,
}: {
  release: RoutineItem[];
  draft: LogDraft;
  onChange(patch: Partial<LogDraft>): void;
}) {
  const scale = (id: "mood" | "energy", label: string) => (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={draft[id]} onChange={(e) => onChange({ [id]: e.target.value })}>
        <option value="">Not noted</option>
        {["1", "2", "3", "4", "5"].map((v) => (
          <option key={v} value={v}>
            {v} of 5
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      {release.length > 0 && (
        <fieldset>
          <legend>Pressure you used (optional)</legend>
          {release.map((i) => (
            <div key={i.id}>
              <label htmlFor={`p-${i.id}`}>{i.name}</label>
              <select
                id={`p-${i.id}`}
                value={draft.pressure[i.id] ?? ""}
                onChange={(e) => {
                  const pressure = { ...draft.pressure };
                  if (e.target.value) pressure[i.id] = e.target.value as Pressure;
                  else delete pressure[i.id];
                  onChange({ pressure });
                }}
              >
                <PressureOptions />
              </select>
            </div>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>How you feel (optional)</legend>
        {scale("mood", "Mood")}
        {scale("energy", "Energy")}
      </fieldset>
    </>
  );
}

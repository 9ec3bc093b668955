/** Onboarding step one: name, units, kit, experience, time for the session, injuries, goals. */
import { useState } from "react";
import type { Units } from "../../../core/journal/types.js";
import { distanceUnit } from "../../app/units.js";
import { nameProblem, type AboutDraft } from "../../onboarding/about.js";
import { FieldError } from "../FieldError.js";
import { KitFields } from "../KitFields.js";

export function AboutYou({ p, set }: { p: AboutDraft; set(patch: Partial<AboutDraft>): void }) {
  // A name of spaces only passes `required`: the box says so itself, so the form stops on
  // this step (not at the end, when the profile is sent).
  const problem = nameProblem(p.name);
  const [tried, setTried] = useState(false);
  const field = (
    id: string,
    label: string,
    key: "yearsRunning" | "weekly" | "sitting",
    max: number,
    step = "1",
  ) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={max}
        step={step}
        inputMode={step === "1" ? "numeric" : "decimal"}
        value={p[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </>
  );
  return (
    <>
      <label htmlFor="ob-name">Your name</label>
      <input
        id="ob-name"
        type="text"
        required
        autoComplete="given-name"
        value={p.name}
        ref={(el) => el?.setCustomValidity(problem ?? "")}
        onInvalid={() => setTried(true)}
        onChange={(e) => set({ name: e.target.value })}
        {...(tried && problem ? { "aria-invalid": true, "aria-describedby": "ob-name-error" } : {})}
      />
      {tried && <FieldError id="ob-name-error" text={problem} />}
      <fieldset>
        <legend>Units</legend>
        {(["metric", "imperial"] as Units[]).map((u) => (
          <label key={u} className="check">
            <input
              type="radio"
              name="ob-units"
              checked={p.units === u}
              onChange={() => set({ units: u })}
            />{" "}
            {u === "metric" ? "Metric (km, cm)" : "Imperial (mi, in)"}
          </label>
        ))}
      </fieldset>
      <KitFields value={p.equipment} onChange={(equipment) => set({ equipment })} />
      <label className="check">
        <input
          type="checkbox"
          checked={p.newToSoftTissue}
          onChange={(e) => set({ newToSoftTissue: e.target.checked })}
        />
        I am new to foam rolling and stretching
      </label>
      {field("ob-years", "Years running", "yearsRunning", 80)}
      {field("ob-weekly", `Weekly distance (${distanceUnit(p.units)})`, "weekly", 400, "0.1")}
      {field("ob-sitting", "Hours sitting per day (h)", "sitting", 24)}
      <label htmlFor="ob-time">Usual time for your session</label>
      <input
        id="ob-time"
        type="time"
        value={p.time}
        onChange={(e) => set({ time: e.target.value })}
      />
      <label htmlFor="ob-injuries">Previous injuries (comma separated)</label>
      <input
        id="ob-injuries"
        type="text"
        value={p.injuries}
        onChange={(e) => set({ injuries: e.target.value })}
      />
      <label htmlFor="ob-goals">Goals (comma separated)</label>
      <input
        id="ob-goals"
        type="text"
        value={p.goals}
        onChange={(e) => set({ goals: e.target.value })}
      />
    </>
  );
}

/**
 * Edit what shapes the coaching after onboarding: kit, goals, injuries, time zone, units,
 * and the runner's week (minutes of care it may hold, the day it starts).
 */
import { useState } from "react";
import type { Profile, Units } from "../../../core/journal/types.js";
import { DEFAULT_BUDGET_MINUTES } from "../../../core/plan/plan-week.js";
import { RANGES } from "../../../core/schemas/ranges.js";
import { WEEKDAYS, type Weekday } from "../../../core/vocabulary.js";
import { api, errorText, newIdempotencyKey } from "../../api/client.js";
import { editFromProfile, profilePatch } from "../../settings/profile-edit.js";
import { KitFields } from "../KitFields.js";

export function ProfileEditor({
  profile,
  onSaved,
}: {
  profile: Profile;
  onSaved(p: Profile): void;
}) {
  const [e, setE] = useState(() => editFromProfile(profile));
  const [msg, setMsg] = useState<string | null>(null);
  const zones =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

  async function save(ev: React.FormEvent) {
    ev.preventDefault();
    const r = profilePatch(profile, e);
    if ("problem" in r) return setMsg(r.problem);
    if (Object.keys(r.patch).length === 0) return setMsg("Nothing changed.");
    try {
      const p = await api<Profile>("/api/profile", {
        method: "PUT",
        body: r.patch,
        idempotencyKey: newIdempotencyKey(),
      });
      onSaved(p);
      setMsg("Saved. Today's routine now uses it.");
    } catch (err) {
      setMsg(errorText(err));
    }
  }

  return (
    <form
      className="card"
      onSubmit={(ev) => void save(ev)}
      aria-labelledby="prof-h"
      data-testid="profile-editor"
    >
      <h2 id="prof-h">You and your kit</h2>
      <KitFields value={e.equipment} onChange={(equipment) => setE({ ...e, equipment })} />
      <label htmlFor="set-goals">Goals (comma separated)</label>
      <input
        id="set-goals"
        type="text"
        value={e.goals}
        onChange={(x) => setE({ ...e, goals: x.target.value })}
      />
      <label htmlFor="set-injuries">Previous injuries (comma separated)</label>
      <input
        id="set-injuries"
        type="text"
        value={e.injuries}
        onChange={(x) => setE({ ...e, injuries: x.target.value })}
      />
      <label htmlFor="set-tz">Time zone</label>
      <input
        id="set-tz"
        type="text"
        list="tz-list"
        value={e.timeZone}
        onChange={(x) => setE({ ...e, timeZone: x.target.value })}
      />
      <datalist id="tz-list">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <label htmlFor="set-week-budget">
        Minutes of care a week ({RANGES.weeklyBudgetMinutes[0]}-{RANGES.weeklyBudgetMinutes[1]};
        empty for the default, {DEFAULT_BUDGET_MINUTES})
      </label>
      <input
        id="set-week-budget"
        type="text"
        inputMode="numeric"
        value={e.weekBudget}
        onChange={(x) => setE({ ...e, weekBudget: x.target.value })}
      />
      <label htmlFor="set-week-start">Your week starts on</label>
      <select
        id="set-week-start"
        value={e.weekStart}
        onChange={(x) => setE({ ...e, weekStart: x.target.value as Weekday | "" })}
      >
        <option value="">Monday (default)</option>
        {WEEKDAYS.map((d) => (
          <option key={d} value={d}>
            {d[0]!.toUpperCase() + d.slice(1)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Units</legend>
        {(["metric", "imperial"] as Units[]).map((u) => (
          <label key={u} className="check">
            <input
              type="radio"
              name="units"
              checked={e.units === u}
              onChange={() => setE({ ...e, units: u })}
            />
            {u === "metric" ? "Metric (km, cm)" : "Imperial (mi, in)"}
          </label>
        ))}
      </fieldset>
      {msg && <p role="status">{msg}</p>}
      <button type="submit" className="btn-primary" data-testid="save-profile">
        Save changes
      </button>
    </form>
  );
}

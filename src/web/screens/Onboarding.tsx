/**
 * Onboarding in three steps: who you are and what kit you own (A3), a body check on the
 * body map (A1), and the range-of-motion tests (A4). Everything but the name is optional
 * so a runner can start in a minute and fill in the rest later.
 */
import { useState } from "react";
import type { BodyCheckEntry, Profile, RomTestKind, Units } from "../../core/journal/types.js";
import { ROM_SIDED, ROM_TESTS, ROM_UNITS } from "../../core/journal/types.js";
import { EQUIPMENT, parseRegionRef, type Equipment } from "../../core/vocabulary.js";
import { api, errorText, newIdempotencyKey } from "../api/client.js";
import { useApp } from "../app/state.js";
import { navigate } from "../app/router.js";
import { distanceFromDisplay, distanceUnit, lengthFromDisplay, lengthUnit } from "../app/units.js";
import { BodyMap, type RegionKey } from "../components/BodyMap.js";
import { ROM_HOWTO, RomDiagram } from "../components/RomDiagram.js";
import { writeCache } from "../offline/cache.js";

interface RomInput {
  left: string;
  right: string;
  value: string;
  leftPass: "" | "pass" | "fail";
  rightPass: "" | "pass" | "fail";
}

const EMPTY_ROM: RomInput = { left: "", right: "", value: "", leftPass: "", rightPass: "" };
const KIT_LABEL: Record<Equipment, string> = {
  "foam-roller": "Foam roller",
  "massage-ball": "Massage ball",
  band: "Resistance band",
};

const list = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

export default function Onboarding() {
  const { setProfile, profile: existing } = useApp();
  const [step, setStep] = useState(0);
  const [p, setP] = useState({
    name: existing?.name ?? "",
    units: (existing?.units ?? "metric") as Units,
    equipment: existing?.equipment ?? ([] as Equipment[]),
    yearsRunning: "",
    weekly: "",
    sitting: "",
    time: existing?.preferredSessionTime ?? "",
    injuries: "",
    goals: "",
    newToSoftTissue: existing?.newToSoftTissue ?? false,
  });
  const [check, setCheck] = useState<Map<RegionKey, { stiffness: number; tenderness: number }>>(
    new Map(),
  );
  const [rom, setRom] = useState<Record<RomTestKind, RomInput>>(
    () =>
      Object.fromEntries(ROM_TESTS.map((t) => [t, { ...EMPTY_ROM }])) as Record<
        RomTestKind,
        RomInput
      >,
  );
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function toggle(k: RegionKey) {
    const next = new Map(check);
    if (next.has(k)) next.delete(k);
    else next.set(k, { stiffness: 5, tenderness: 2 });
    setCheck(next);
  }

  async function finish() {
    setSaving(true);
    setError(null);
    const profile: Profile = {
      name: p.name.trim(),
      units: p.units,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
      equipment: p.equipment,
      previousInjuries: list(p.injuries),
      goals: list(p.goals),
      newToSoftTissue: p.newToSoftTissue,
    };
    if (p.yearsRunning) profile.yearsRunning = Number(p.yearsRunning);
    if (p.weekly)
      profile.weeklyDistanceKm =
        Math.round(distanceFromDisplay(Number(p.weekly), p.units) * 10) / 10;
    if (p.sitting) profile.hoursSittingPerDay = Number(p.sitting);
    if (p.time) profile.preferredSessionTime = p.time;
    try {
      const saved = await api<Profile>("/api/profile", {
        method: "PUT",
        body: profile,
        idempotencyKey: newIdempotencyKey(),
      });
      const entries: BodyCheckEntry[] = [...check.entries()].map(([k, v]) => {
        const ref = parseRegionRef(k);
        const e: BodyCheckEntry = {
          region: ref?.region ?? "calves",
          stiffness: v.stiffness,
          tenderness: v.tenderness,
          rebound: false,
        };
        if (ref?.side) e.side = ref.side;
        return e;
      });
      if (entries.length > 0) {
        const bc = await api<import("../../core/journal/types.js").BodyCheck>("/api/body-checks", {
          method: "POST",
          body: { entries },
          idempotencyKey: newIdempotencyKey(),
        });
        await writeCache("bodyCheck", bc);
      }
      for (const t of ROM_TESTS) {
        const r = rom[t];
        const body: Record<string, unknown> = { test: t };
        const conv = (v: string) =>
          ROM_UNITS[t] === "cm"
            ? Math.round(lengthFromDisplay(Number(v), p.units) * 10) / 10
            : Number(v);
        if (ROM_SIDED[t]) {
          if (r.left) body.left = conv(r.left);
          if (r.right) body.right = conv(r.right);
          if (r.leftPass) body.leftPass = r.leftPass === "pass";
          if (r.rightPass) body.rightPass = r.rightPass === "pass";
        } else if (r.value) body.value = conv(r.value);
        if (Object.keys(body).length > 1)
          await api("/api/rom-tests", {
            method: "POST",
            body,
            idempotencyKey: newIdempotencyKey(),
          });
      }
      setProfile(saved);
      navigate("today");
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  }

  const steps = ["About you", "Body check", "Range of motion"];
  return (
    <section aria-labelledby="ob-h">
      <h1 id="ob-h" tabIndex={-1}>
        {step === 0 && !existing ? "Welcome to Limber" : steps[step]}
      </h1>
      <p className="muted small">
        Step {step + 1} of 3: {steps[step]}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (step < 2) setStep(step + 1);
          else void finish();
        }}
      >
        {step === 0 && (
          <>
            <label htmlFor="ob-name">Your name</label>
            <input
              id="ob-name"
              type="text"
              required
              autoComplete="given-name"
              value={p.name}
              onChange={(e) => setP({ ...p, name: e.target.value })}
            />
            <fieldset>
              <legend>Units</legend>
              <label className="check">
                <input
                  type="radio"
                  name="ob-units"
                  checked={p.units === "metric"}
                  onChange={() => setP({ ...p, units: "metric" })}
                />{" "}
                Metric (km, cm)
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="ob-units"
                  checked={p.units === "imperial"}
                  onChange={() => setP({ ...p, units: "imperial" })}
                />{" "}
                Imperial (mi, in)
              </label>
            </fieldset>
            <fieldset>
              <legend>Kit you own</legend>
              <p className="muted small">A wall, a step and some floor space are assumed.</p>
              {EQUIPMENT.map((k) => (
                <label key={k} className="check">
                  <input
                    type="checkbox"
                    checked={p.equipment.includes(k)}
                    onChange={(e) =>
                      setP({
                        ...p,
                        equipment: e.target.checked
                          ? [...p.equipment, k]
                          : p.equipment.filter((x) => x !== k),
                      })
                    }
                  />
                  {KIT_LABEL[k]}
                </label>
              ))}
            </fieldset>
            <label className="check">
              <input
                type="checkbox"
                checked={p.newToSoftTissue}
                onChange={(e) => setP({ ...p, newToSoftTissue: e.target.checked })}
              />
              I am new to foam rolling and stretching
            </label>
            <label htmlFor="ob-years">Years running</label>
            <input
              id="ob-years"
              type="number"
              min={0}
              max={80}
              inputMode="numeric"
              value={p.yearsRunning}
              onChange={(e) => setP({ ...p, yearsRunning: e.target.value })}
            />
            <label htmlFor="ob-weekly">Weekly distance ({distanceUnit(p.units)})</label>
            <input
              id="ob-weekly"
              type="number"
              min={0}
              max={400}
              step="0.1"
              inputMode="decimal"
              value={p.weekly}
              onChange={(e) => setP({ ...p, weekly: e.target.value })}
            />
            <label htmlFor="ob-sitting">Hours sitting per day (h)</label>
            <input
              id="ob-sitting"
              type="number"
              min={0}
              max={24}
              inputMode="numeric"
              value={p.sitting}
              onChange={(e) => setP({ ...p, sitting: e.target.value })}
            />
            <label htmlFor="ob-time">Usual time for your session</label>
            <input
              id="ob-time"
              type="time"
              value={p.time}
              onChange={(e) => setP({ ...p, time: e.target.value })}
            />
            <label htmlFor="ob-injuries">Previous injuries (comma separated)</label>
            <input
              id="ob-injuries"
              type="text"
              value={p.injuries}
              onChange={(e) => setP({ ...p, injuries: e.target.value })}
            />
            <label htmlFor="ob-goals">Goals (comma separated)</label>
            <input
              id="ob-goals"
              type="text"
              value={p.goals}
              onChange={(e) => setP({ ...p, goals: e.target.value })}
            />
          </>
        )}
        {step === 1 && (
          <>
            <p>
              Press or roll gently over each area. Tap the ones that feel stiff or tender, then rate
              them. A sharp pain is not stiffness: note it as pain in the session instead.
            </p>
            <BodyMap selected={new Set(check.keys())} onToggle={toggle} />
            {check.size === 0 && <p className="muted">Nothing marked yet.</p>}
            {[...check.entries()].map(([k, v]) => (
              <fieldset key={k} data-testid={`check-${k}`}>
                <legend>{k.replace(/-(left|right)$/, " ($1)")}</legend>
                <label htmlFor={`stiff-${k}`}>Stiffness: {v.stiffness} / 10</label>
                <input
                  id={`stiff-${k}`}
                  type="range"
                  min={0}
                  max={10}
                  value={v.stiffness}
                  onChange={(e) =>
                    setCheck(new Map(check).set(k, { ...v, stiffness: Number(e.target.value) }))
                  }
                />
                <label htmlFor={`tender-${k}`}>Tenderness: {v.tenderness} / 10</label>
                <input
                  id={`tender-${k}`}
                  type="range"
                  min={0}
                  max={10}
                  value={v.tenderness}
                  onChange={(e) =>
                    setCheck(new Map(check).set(k, { ...v, tenderness: Number(e.target.value) }))
                  }
                />
                <button type="button" className="btn-link" onClick={() => toggle(k)}>
                  Remove
                </button>
              </fieldset>
            ))}
          </>
        )}
        {step === 2 && (
          <>
            <p>
              Optional, and worth it: re-test every week to see your range improve. Skip any test
              you cannot do now.
            </p>
            {ROM_TESTS.map((t) => {
              const unit = ROM_UNITS[t] === "cm" ? lengthUnit(p.units) : "°";
              const r = rom[t];
              const set = (patch: Partial<RomInput>) => setRom({ ...rom, [t]: { ...r, ...patch } });
              return (
                <fieldset key={t}>
                  <legend>{ROM_HOWTO[t].title}</legend>
                  <RomDiagram test={t} />
                  <ol className="small">
                    {ROM_HOWTO[t].steps.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ol>
                  {t === "thomas" ? (
                    <div className="row">
                      {(["left", "right"] as const).map((side) => (
                        <div key={side} style={{ flex: 1 }}>
                          <label htmlFor={`${t}-${side}`}>
                            {side === "left" ? "Left" : "Right"}
                          </label>
                          <select
                            id={`${t}-${side}`}
                            value={side === "left" ? r.leftPass : r.rightPass}
                            onChange={(e) =>
                              set(
                                side === "left"
                                  ? { leftPass: e.target.value as RomInput["leftPass"] }
                                  : { rightPass: e.target.value as RomInput["rightPass"] },
                              )
                            }
                          >
                            <option value="">Not tested</option>
                            <option value="pass">Pass</option>
                            <option value="fail">Fail</option>
                          </select>
                        </div>
                      ))}
                    </div>
                  ) : ROM_SIDED[t] ? (
                    <div className="row">
                      {(["left", "right"] as const).map((side) => (
                        <div key={side} style={{ flex: 1 }}>
                          <label htmlFor={`${t}-${side}`}>
                            {side === "left" ? "Left" : "Right"} ({unit})
                          </label>
                          <input
                            id={`${t}-${side}`}
                            type="number"
                            step="0.5"
                            inputMode="decimal"
                            value={r[side]}
                            onChange={(e) => set({ [side]: e.target.value })}
                          />
                        </div>
                      ))}
                    </div>
                  ) : (
                    <>
                      <label htmlFor={`${t}-value`}>Result ({unit})</label>
                      <input
                        id={`${t}-value`}
                        type="number"
                        step="0.5"
                        inputMode="decimal"
                        value={r.value}
                        onChange={(e) => set({ value: e.target.value })}
                      />
                    </>
                  )}
                </fieldset>
              );
            })}
          </>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="row" style={{ marginTop: "1rem" }}>
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              Back
            </button>
          )}
          <button
            type="submit"
            className="btn-primary"
            style={{ flex: 1 }}
            disabled={saving}
            data-testid="onboarding-next"
          >
            {step < 2 ? "Next" : saving ? "Saving…" : "Finish"}
          </button>
        </div>
      </form>
    </section>
  );
}

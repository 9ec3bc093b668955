/**
 * Onboarding in three steps: who you are and what kit you own (A3), a body check on the
 * body map (A1), and the range-of-motion tests (A4). Everything but the name is optional
 * so a runner can start in a minute and fill in the rest later; nothing is pre-filled.
 */
import { useState } from "react";
import type { BodyCheck, Profile, RomTestKind } from "../../core/journal/types.js";
import { ROM_TESTS } from "../../core/journal/types.js";
import { api, errorText, newIdempotencyKey } from "../api/client.js";
import { useApp } from "../app/state.js";
import { navigate } from "../app/router.js";
import { checkEntries, type RegionDraft } from "../audit/body-check.js";
import { EMPTY_ROM, romBody, type RomInput } from "../audit/rom.js";
import type { RegionKey } from "../components/BodyMap.js";
import { BodyCheckEditor } from "../components/check/BodyCheckEditor.js";
import { RomTestFields } from "../components/check/RomTestFields.js";
import { AboutYou } from "../components/onboarding/AboutYou.js";
import { profileFromDraft, type AboutDraft } from "../onboarding/about.js";
import { writeCache } from "../offline/cache.js";

const STEPS = ["About you", "Body check", "Range of motion"];

export default function Onboarding() {
  const { setProfile, profile: existing, auth } = useApp();
  const [step, setStep] = useState(0);
  const [p, setP] = useState<AboutDraft>({
    // The name given at sign-up, if any: nothing asked twice.
    name: existing?.name ?? (auth?.kind === "signed-in" ? (auth.name ?? "") : ""),
    units: existing?.units ?? "metric",
    equipment: existing?.equipment ?? [],
    yearsRunning: "",
    weekly: "",
    sitting: "",
    time: existing?.preferredSessionTime ?? "",
    injuries: "",
    goals: "",
    newToSoftTissue: existing?.newToSoftTissue ?? false,
  });
  const [check, setCheck] = useState<Map<RegionKey, RegionDraft>>(new Map());
  const [rom, setRom] = useState(
    () =>
      Object.fromEntries(ROM_TESTS.map((t) => [t, { ...EMPTY_ROM }])) as Record<
        RomTestKind,
        RomInput
      >,
  );
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function next() {
    setError(null);
    if (step === 1 && check.size > 0) {
      const r = checkEntries(check);
      if ("problem" in r) return setError(r.problem);
    }
    if (step < 2) setStep(step + 1);
    else void finish();
  }

  async function finish() {
    setSaving(true);
    try {
      const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
      const saved = await api<Profile>("/api/profile", {
        method: "PUT",
        body: profileFromDraft(p, tz),
        idempotencyKey: newIdempotencyKey(),
      });
      const c = checkEntries(check);
      if ("entries" in c) {
        const bc = await api<BodyCheck>("/api/body-checks", {
          method: "POST",
          body: { entries: c.entries },
          idempotencyKey: newIdempotencyKey(),
        });
        await writeCache("bodyCheck", bc);
      }
      for (const t of ROM_TESTS) {
        const body = romBody(t, rom[t], p.units);
        if (body)
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

  return (
    <section aria-labelledby="ob-h">
      <h1 id="ob-h" tabIndex={-1}>
        {step === 0 && !existing ? "Welcome to Limber" : STEPS[step]}
      </h1>
      <p className="muted small">
        Step {step + 1} of 3: {STEPS[step]}
      </p>
      <form onSubmit={(e) => (e.preventDefault(), next())}>
        {step === 0 && <AboutYou p={p} set={(patch) => setP({ ...p, ...patch })} />}
        {step === 1 && <BodyCheckEditor value={check} onChange={setCheck} />}
        {step === 2 && (
          <>
            <p>
              Optional, and worth it: re-test every week to see your range improve. Skip any test
              you cannot do now.
            </p>
            {ROM_TESTS.map((t) => (
              <RomTestFields
                key={t}
                test={t}
                value={rom[t]}
                units={p.units}
                onChange={(patch) => setRom({ ...rom, [t]: { ...rom[t], ...patch } })}
              />
            ))}
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

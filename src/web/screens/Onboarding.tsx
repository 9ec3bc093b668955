/**
 * Onboarding in three steps: who you are and what kit you own (A3), a body check on the
 * body map (A1), and the range-of-motion tests (A4). Everything but the name is optional
 * so a runner can start in a minute and fill in the rest later; nothing is pre-filled.
 * Finish checks every part as the API will before sending any, and a retry after a failed
 * request sends only the parts not stored yet. What was typed is kept in this tab until it is
 * saved, and each step has its own address, so a reload or the browser's Back loses nothing.
 */
import { useEffect, useRef, useState } from "react";
import type { BodyCheck, Profile } from "../../core/journal/types.js";
import { ROM_TESTS } from "../../core/journal/types.js";
import { api, errorText, newIdempotencyKey } from "../api/client.js";
import { sendParts, type SaveLedger, type SavePart } from "../app/save-once.js";
import { useApp } from "../app/state.js";
import { navigate } from "../app/router.js";
import { checkEntries, type RegionDraft } from "../audit/body-check.js";
import { romBody } from "../audit/rom.js";
import { bodyCheckProblem, profileProblem, romProblem } from "../audit/validate.js";
import type { RegionKey } from "../components/BodyMap.js";
import { BodyCheckEditor } from "../components/check/BodyCheckEditor.js";
import { RomTestFields } from "../components/check/RomTestFields.js";
import { ROM_HOWTO } from "../components/RomDiagram.js";
import { AboutYou } from "../components/onboarding/AboutYou.js";
import { EMPTY_ABOUT, profileFromDraft, type AboutDraft } from "../onboarding/about.js";
import {
  STEP_COUNT,
  dropDraft,
  emptyRom,
  keepDraft,
  loadDraft,
  stepHash,
  stepOf,
} from "../onboarding/draft.js";
import { writeCache } from "../offline/cache.js";

const STEPS = ["About you", "Body check", "Range of motion"];

/** Each part of onboarding's save in words, for a save that stopped partway. */
function partWords(name: string): string {
  if (name === "profile") return "your profile";
  if (name === "body-check") return "the body check";
  return `the ${name.replace(/^rom:/, "").replace(/-/g, " ")} test`;
}

/** Onboarding once it is known who is onboarding: their draft is kept under their name. */
export default function Onboarding() {
  const { auth, profile } = useApp();
  if (auth === undefined || profile === undefined) return <p className="muted">Loading…</p>;
  const owner = auth.kind === "signed-in" ? `account:${auth.email ?? auth.name ?? ""}` : auth.kind;
  return <OnboardingSteps key={owner} owner={owner} />;
}

function OnboardingSteps({ owner }: { owner: string }) {
  const { setProfile, reloadProfile, profile: existing, auth } = useApp();
  const fresh = (): AboutDraft => ({
    ...EMPTY_ABOUT,
    // The name given at sign-up, if any: nothing asked twice.
    name: existing?.name ?? (auth?.kind === "signed-in" ? (auth.name ?? "") : ""),
    units: existing?.units ?? EMPTY_ABOUT.units,
    equipment: existing?.equipment ?? [],
    time: existing?.preferredSessionTime ?? "",
    newToSoftTissue: existing?.newToSoftTissue ?? false,
  });
  const [draft] = useState(() => loadDraft(owner, fresh()));
  const [step, setStepShown] = useState(() => stepOf(window.location.hash));
  const [p, setP] = useState<AboutDraft>(() => draft?.about ?? fresh());
  const [check, setCheck] = useState(() => draft?.check ?? new Map<RegionKey, RegionDraft>());
  const [rom, setRom] = useState(() => draft?.rom ?? emptyRom());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const sent = useRef<SaveLedger>(draft?.sent ?? {});
  /** Steps this page went forward to with Next, so Back can go back in history to them. */
  const forward = useRef<number[]>([]);

  // The step follows the address: Next, Back and the browser's Back and Forward.
  useEffect(() => {
    const on = () => {
      const shown = stepOf(window.location.hash);
      while ((forward.current.at(-1) ?? -1) > shown) forward.current.pop();
      setStepShown(shown);
      window.scrollTo(0, 0);
    };
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);

  // Everything typed is kept in this tab until onboarding is saved.
  useEffect(() => {
    keepDraft(owner, { about: p, check, rom, sent: sent.current });
  }, [owner, p, check, rom]);

  /** Shows a step without a history entry of its own (back to a step with a problem). */
  const showStep = (n: number) => {
    if (n !== step) window.location.replace(`#${stepHash(n)}`);
  };
  const goForward = () => {
    forward.current.push(step + 1);
    window.location.hash = stepHash(step + 1);
  };
  const goBack = () => {
    if (forward.current.at(-1) === step) window.history.back();
    else showStep(step - 1);
  };

  function next() {
    setError(null);
    if (step === 1 && check.size > 0) {
      const r = checkEntries(check);
      if ("problem" in r) return setError(r.problem);
    }
    if (step < STEP_COUNT - 1) goForward();
    else void finish();
  }

  /** Every part to save, checked as the API will; or the first problem and its step. */
  function partsToSave(): { parts: SavePart[] } | { problem: string; step: number } {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    const profile = profileFromDraft(p, tz);
    const bad = profileProblem(profile, p.units);
    if (bad) return { problem: bad, step: 0 };
    const parts: SavePart[] = [{ name: "profile", body: profile }];
    if (check.size > 0) {
      const c = checkEntries(check);
      if ("problem" in c) return { problem: c.problem, step: 1 };
      const badCheck = bodyCheckProblem(c.entries);
      if (badCheck) return { problem: badCheck, step: 1 };
      parts.push({ name: "body-check", body: { entries: c.entries } });
    }
    for (const t of ROM_TESTS) {
      const badRom = romProblem(t, ROM_HOWTO[t].title, rom[t], p.units);
      if (badRom) return { problem: badRom, step: 2 };
      const body = romBody(t, rom[t], p.units);
      if (body) parts.push({ name: `rom:${t}`, body });
    }
    return { parts };
  }

  async function finish() {
    const plan = partsToSave();
    if ("problem" in plan) {
      showStep(plan.step);
      return setError(plan.problem);
    }
    setSaving(true);
    const answer: { profile?: Profile } = {};
    const out = await sendParts(
      plan.parts,
      sent.current,
      async (part, key) => {
        if (part.name === "profile") {
          answer.profile = await api<Profile>("/api/profile", {
            method: "PUT",
            body: part.body,
            idempotencyKey: key,
          });
        } else if (part.name === "body-check") {
          const bc = await api<BodyCheck>("/api/body-checks", {
            method: "POST",
            body: part.body,
            idempotencyKey: key,
          });
          await writeCache("bodyCheck", bc);
        } else {
          await api("/api/rom-tests", { method: "POST", body: part.body, idempotencyKey: key });
        }
      },
      (ledger) => {
        sent.current = ledger;
        keepDraft(owner, { about: p, check, rom, sent: ledger });
      },
      newIdempotencyKey,
    );
    setSaving(false);
    if (out.failed) {
      const kept = [...out.skipped, ...out.stored].map(partWords);
      return setError(
        `Not saved: ${partWords(out.failed.name)} (${errorText(out.failed.error).replace(/\.$/, "")}).` +
          (kept.length ? ` Saved already, and not sent again: ${kept.join(", ")}.` : "") +
          " Press Finish to try again.",
      );
    }
    sent.current = {};
    dropDraft(owner);
    // The profile stored by an earlier try is read back.
    if (answer.profile) setProfile(answer.profile);
    else await reloadProfile();
    navigate("today");
  }

  return (
    <section aria-labelledby="ob-h">
      <h1 id="ob-h" tabIndex={-1}>
        {step === 0 && !existing ? "Welcome to Limber" : STEPS[step]}
      </h1>
      <p className="muted small">
        Step {step + 1} of {STEP_COUNT}: {STEPS[step]}
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
            <button type="button" onClick={goBack} data-testid="onboarding-back">
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
            {step < STEP_COUNT - 1 ? "Next" : saving ? "Saving…" : "Finish"}
          </button>
        </div>
      </form>
    </section>
  );
}

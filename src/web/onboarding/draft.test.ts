import { describe, expect, it } from "vitest";
import { EMPTY_REGION } from "../audit/body-check.js";
import { EMPTY_ROM } from "../audit/rom.js";
import { EMPTY_ABOUT, type AboutDraft } from "./about.js";
import { draftText, emptyRom, readDraft, stepHash, stepOf, type OnboardingDraft } from "./draft.js";

const fresh: AboutDraft = EMPTY_ABOUT;

describe("the onboarding draft", () => {
  it("comes back from its stored text as it was typed, body map and all", () => {
    const d: OnboardingDraft = {
      about: { ...fresh, name: "Alex", equipment: ["foam-roller"], injuries: "ITB" },
      check: new Map([["calves-left", { ...EMPTY_REGION, stiffness: "7", rebound: true }]]),
      rom: { ...emptyRom(), "knee-to-wall": { ...EMPTY_ROM, left: "8" } },
      sent: { profile: { body: "{}", key: "k1", stored: true } },
    };
    const back = readDraft(draftText(d), fresh);
    expect(back).toEqual(d);
    expect(back?.check.get("calves-left")?.stiffness).toBe("7");
  });

  it("fills what an older or damaged draft lacks from the fresh form, and reads nothing from junk", () => {
    const partial = JSON.stringify({ about: { name: "Kim" }, check: [["hips", {}], ["x"], 3] });
    const d = readDraft(partial, { ...fresh, units: "imperial" });
    expect(d?.about).toEqual({ ...fresh, units: "imperial", name: "Kim" });
    expect([...(d?.check ?? [])]).toEqual([["hips", EMPTY_REGION]]);
    expect(d?.rom).toEqual(emptyRom());
    expect(d?.sent).toEqual({});
    for (const junk of [null, "", "{", "[]", '"text"', '{"about":3}'])
      expect(readDraft(junk, fresh), String(junk)).toBeNull();
  });

  it("reads the step from the address, and the address from the step", () => {
    expect(stepOf("#/onboarding")).toBe(0);
    expect(stepOf("#/onboarding/2")).toBe(1);
    expect(stepOf("#/onboarding/3")).toBe(2);
    expect(stepOf("#/onboarding/9")).toBe(2);
    expect(stepOf("#/onboarding/0")).toBe(0);
    expect(stepOf("#/today")).toBe(0);
    for (const s of [0, 1, 2]) expect(stepOf(`#${stepHash(s)}`)).toBe(s);
  });
});

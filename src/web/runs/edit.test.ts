import { describe, expect, it } from "vitest";
import type { RunRecord } from "../../core/journal/types.js";
import { RUN_TYPES } from "../../core/vocabulary.js";
import {
  AUTO,
  RPE_CHOICES,
  autoRpeLabel,
  autoTypeLabel,
  rpeBody,
  rpeChoice,
  typeBody,
  typeChoice,
  typeEvidence,
} from "./edit.js";

const run = (over: Partial<RunRecord> = {}): RunRecord => ({
  id: "r1",
  activity: {
    sport: "run",
    startTime: "2026-11-30T07:00:00Z",
    elapsedSeconds: 2700,
    laps: [],
    source: { kind: "manual" },
  },
  classification: { type: "tempo", reasons: ["20 min at 4:10/km"], rules: [] },
  createdAt: "2026-11-30T08:00:00Z",
  ...over,
});

describe("run type choice", () => {
  it("shows automatic with the data's type until the runner picks one", () => {
    expect(typeChoice(run())).toBe(AUTO);
    expect(autoTypeLabel(run())).toBe("automatic (tempo)");
    expect(autoTypeLabel(run({ classification: undefined }))).toBe("automatic (not known)");
    expect(typeChoice(run({ typeOverride: "long" }))).toBe("long");
  });
  it("sends null to go back to automatic and the type itself otherwise", () => {
    expect(typeBody(AUTO)).toEqual({ typeOverride: null });
    for (const t of RUN_TYPES) expect(typeBody(t)).toEqual({ typeOverride: t });
  });
  it("refuses a value that is no run type, naming the field", () => {
    expect(() => typeBody("jog")).toThrow(/run type: "jog"/);
  });
  it("round-trips: the choice a run shows gives back the body that keeps it", () => {
    for (const t of [undefined, ...RUN_TYPES]) {
      expect(typeBody(typeChoice(run({ typeOverride: t }))).typeOverride).toBe(t ?? null);
    }
  });
});

describe("RPE choice", () => {
  it("shows the runner's own RPE, and an estimate as not theirs", () => {
    expect(rpeChoice(run({ rpe: 7 }))).toBe("7");
    expect(rpeChoice(run({ rpe: 5, rpeEstimated: true }))).toBe(AUTO);
    expect(rpeChoice(run())).toBe(AUTO);
    expect(autoRpeLabel(run({ rpe: 5, rpeEstimated: true }))).toBe("estimated (5)");
    expect(autoRpeLabel(run())).toBe("estimated");
  });
  it("sends each offered value as a whole number, and null to estimate again", () => {
    expect(RPE_CHOICES.map((c) => rpeBody(String(c.value)).rpe)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(rpeBody(AUTO)).toEqual({ rpe: null });
  });
  it("refuses values the API would refuse", () => {
    for (const bad of ["0", "11", "6.5", "x"]) expect(() => rpeBody(bad)).toThrow(/RPE/);
  });
});

describe("typeEvidence", () => {
  it("gives the data's reasons for an automatic type", () => {
    expect(typeEvidence(run())).toEqual(["The data shows tempo: 20 min at 4:10/km."]);
  });
  it("puts the runner's own choice first and keeps what the data suggested", () => {
    expect(typeEvidence(run({ typeOverride: "long" }))).toEqual([
      "You set this run as long.",
      "The data suggested tempo: 20 min at 4:10/km.",
    ]);
  });
  it("says so when the data could not tell, or there was none (entered by hand)", () => {
    const imported = run({ classification: undefined });
    imported.activity = { ...imported.activity, source: { kind: "gpx" } };
    expect(typeEvidence(imported)).toEqual([
      "The data holds too little to tell the type (no pace or heart rate).",
    ]);
    expect(typeEvidence(run({ classification: undefined, typeOverride: "easy" }))).toEqual([
      "You set this run as easy.",
      "The data: none, the run was entered by hand, so only your type counts.",
    ]);
  });
});

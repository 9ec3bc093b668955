import { describe, expect, it } from "vitest";
import { ROM_TESTS } from "../../core/journal/types.js";
import { ROM_RANGES } from "../../core/schemas/ranges.js";
import { profileFromDraft, type AboutDraft } from "../onboarding/about.js";
import { EMPTY_ROM, romBody } from "./rom.js";
import { bodyCheckProblem, profileProblem, romProblem } from "./validate.js";

const about: AboutDraft = {
  name: "Alex",
  units: "metric",
  equipment: [],
  yearsRunning: "",
  weekly: "",
  sitting: "",
  time: "",
  injuries: "",
  goals: "",
  newToSoftTissue: false,
};

describe("checks made before anything is sent", () => {
  it("refuses a range-of-motion result outside the API's range for that test, in the runner's units", () => {
    expect(romProblem("knee-to-wall", { ...EMPTY_ROM, left: "999", right: "5" }, "metric")).toBe(
      "Knee-to-wall, left: must be from 0 to 30 cm, got 999.",
    );
    expect(romProblem("knee-to-wall", { ...EMPTY_ROM, left: "12" }, "imperial")).toBe(
      "Knee-to-wall, left: must be from 0 to 11.8 in, got 12.",
    );
    expect(romProblem("straight-leg-raise", { ...EMPTY_ROM, right: "151" }, "metric")).toBe(
      "Straight-leg raise, right: must be from 0 to 150 degrees, got 151.",
    );
    expect(romProblem("sit-and-reach", { ...EMPTY_ROM, value: "-51" }, "metric")).toMatch(
      /^Sit-and-reach, value: must be from -50 to 60 cm/,
    );
  });

  it("accepts every test at both ends of its range, and a test left empty", () => {
    for (const t of ROM_TESTS) {
      expect(romProblem(t, EMPTY_ROM, "metric")).toBeNull();
      for (const v of ROM_RANGES[t]) {
        const typed =
          t === "sit-and-reach"
            ? { ...EMPTY_ROM, value: String(v) }
            : { ...EMPTY_ROM, left: String(v), right: String(v) };
        expect(romBody(t, typed, "metric"), t).not.toBeNull();
        expect(romProblem(t, typed, "metric"), `${t} ${v}`).toBeNull();
      }
    }
    // The imperial top of the range goes through the conversion and back.
    expect(romProblem("knee-to-wall", { ...EMPTY_ROM, left: "11.8" }, "imperial")).toBeNull();
  });

  it("refuses a profile the API would refuse, naming the field as the form does", () => {
    expect(profileProblem(profileFromDraft(about, "Europe/Berlin"), "metric")).toBeNull();
    expect(
      profileProblem(profileFromDraft({ ...about, yearsRunning: "99" }, "Europe/Berlin"), "metric"),
    ).toBe("Years running: must be a number from 0 to 80 years, got 99.");
    expect(profileProblem(profileFromDraft({ ...about, name: "  " }, "UTC"), "metric")).toBe(
      "Your name: must not be empty.",
    );
    expect(
      profileProblem(
        profileFromDraft({ ...about, weekly: "400", units: "imperial" }, "UTC"),
        "imperial",
      ),
    ).toBe("Weekly distance must be from 0 to 310.7 mi.");
  });

  it("refuses a body check the API would refuse", () => {
    const entry = { region: "calves", side: "left", stiffness: 6, tenderness: 2, rebound: false };
    expect(bodyCheckProblem([entry])).toBeNull();
    expect(bodyCheckProblem([])).toBe("Body check, entries: must hold at least one region.");
    expect(bodyCheckProblem([{ ...entry, fadeSeconds: 601 }])).toMatch(
      /^Body check, entries\[0\]\.fadeSeconds: must be a number from 0 to 600/,
    );
  });
});

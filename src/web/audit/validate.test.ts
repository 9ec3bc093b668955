import { describe, expect, it } from "vitest";
import { ROM_TESTS } from "../../core/journal/types.js";
import { ROM_RANGES } from "../../core/schemas/ranges.js";
import { EMPTY_ABOUT, profileFromDraft, type AboutDraft } from "../onboarding/about.js";
import { EMPTY_ROM, romBody } from "./rom.js";
import { bodyCheckProblem, profileProblem, romProblem } from "./validate.js";

const about: AboutDraft = { ...EMPTY_ABOUT, name: "Alex" };

describe("checks made before anything is sent", () => {
  it("refuses a range-of-motion result outside the API's range for that test, in the runner's units", () => {
    const knee = "Knee to wall (ankle)";
    expect(
      romProblem("knee-to-wall", knee, { ...EMPTY_ROM, left: "999", right: "5" }, "metric"),
    ).toBe("Knee to wall (ankle), left side: enter a number from 0 to 30 cm (you entered 999 cm).");
    expect(romProblem("knee-to-wall", knee, { ...EMPTY_ROM, left: "12" }, "imperial")).toBe(
      "Knee to wall (ankle), left side: enter a number from 0 to 11.8 in (you entered 12 in).",
    );
    expect(
      romProblem(
        "straight-leg-raise",
        "Straight-leg raise",
        { ...EMPTY_ROM, right: "151" },
        "metric",
      ),
    ).toBe("Straight-leg raise, right side: enter a number from 0 to 150° (you entered 151°).");
    expect(
      romProblem("sit-and-reach", "Sit and reach", { ...EMPTY_ROM, value: "-51" }, "metric"),
    ).toBe("Sit and reach: enter a number from -40 to 60 cm (you entered -51 cm).");
    expect(romProblem("knee-to-wall", knee, { ...EMPTY_ROM, right: "far" }, "metric")).toBe(
      "Knee to wall (ankle), right side: enter a number.",
    );
  });

  it("accepts every test at both ends of its range, and a test left empty", () => {
    for (const t of ROM_TESTS) {
      expect(romProblem(t, t, EMPTY_ROM, "metric")).toBeNull();
      for (const v of ROM_RANGES[t]) {
        const typed =
          t === "sit-and-reach"
            ? { ...EMPTY_ROM, value: String(v) }
            : { ...EMPTY_ROM, left: String(v), right: String(v) };
        expect(romBody(t, typed, "metric"), t).not.toBeNull();
        expect(romProblem(t, t, typed, "metric"), `${t} ${v}`).toBeNull();
      }
    }
    // The imperial top of the range goes through the conversion and back.
    expect(
      romProblem("knee-to-wall", "Knee", { ...EMPTY_ROM, left: "11.8" }, "imperial"),
    ).toBeNull();
  });

  it("refuses a profile the API would refuse, naming the field as the form does", () => {
    expect(profileProblem(profileFromDraft(about, "Europe/Berlin"), "metric")).toBeNull();
    expect(
      profileProblem(profileFromDraft({ ...about, yearsRunning: "99" }, "Europe/Berlin"), "metric"),
    ).toBe("Years running: enter a number from 0 to 80 years (you entered 99 years).");
    expect(profileProblem(profileFromDraft({ ...about, name: "  " }, "UTC"), "metric")).toBe(
      "Your name: must not be empty.",
    );
    expect(
      profileProblem(
        profileFromDraft({ ...about, weekly: "400", units: "imperial" }, "UTC"),
        "imperial",
      ),
    ).toBe("Weekly distance: enter a number from 0 to 310.6 mi (you entered 400 mi).");
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

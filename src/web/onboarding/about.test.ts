import { describe, expect, it } from "vitest";
import { nameProblem, profileFromDraft, EMPTY_ABOUT, type AboutDraft } from "./about.js";

const draft: AboutDraft = EMPTY_ABOUT;

describe("the about-you step", () => {
  it("refuses a name of spaces only on the step itself, and keeps a real one trimmed", () => {
    expect(nameProblem("")).toBe("Your name: type the name you go by.");
    expect(nameProblem("  \t ")).toBe("Your name: type the name you go by.");
    expect(nameProblem(" Ana ")).toBeNull();
    expect(profileFromDraft({ ...draft, name: " Ana " }, "UTC").name).toBe("Ana");
  });

  it("sends weekly distance in km whatever the runner's units", () => {
    expect(
      profileFromDraft({ ...draft, name: "Ana", units: "imperial", weekly: "25" }, "UTC")
        .weeklyDistanceKm,
    ).toBe(40.2);
  });
});

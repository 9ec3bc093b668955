import { describe, expect, it } from "vitest";
import type { Profile } from "../../core/journal/types.js";
import { editFromProfile, profilePatch } from "./profile-edit.js";

const profile: Profile = {
  name: "Ana",
  units: "metric",
  timeZone: "Europe/Berlin",
  equipment: ["foam-roller"],
  previousInjuries: [],
  goals: ["10k"],
};

describe("profile edits", () => {
  it("sends only what changed", () => {
    expect(profilePatch(profile, editFromProfile(profile))).toEqual({ patch: {} });
    const e = {
      ...editFromProfile(profile),
      equipment: ["foam-roller", "band"] as Profile["equipment"],
      injuries: "calf strain 2024, ",
      units: "imperial" as const,
    };
    expect(profilePatch(profile, e)).toEqual({
      patch: {
        equipment: ["foam-roller", "band"],
        previousInjuries: ["calf strain 2024"],
        units: "imperial",
      },
    });
  });

  it("refuses a time zone the device does not know", () => {
    expect(
      profilePatch(profile, { ...editFromProfile(profile), timeZone: "Mars/Olympus" }),
    ).toEqual({
      problem: 'Time zone "Mars/Olympus" is not one this device knows, e.g. Europe/Berlin.',
    });
  });
});

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

  it("sends the week's minutes and first day as set, and null for one emptied", () => {
    const e = { ...editFromProfile(profile), weekBudget: " 60 ", weekStart: "sunday" as const };
    expect(profilePatch(profile, e)).toEqual({
      patch: { weeklyBudgetMinutes: 60, weekStart: "sunday" },
    });
    const set: Profile = { ...profile, weeklyBudgetMinutes: 60, weekStart: "sunday" };
    expect(editFromProfile(set)).toMatchObject({ weekBudget: "60", weekStart: "sunday" });
    expect(profilePatch(set, editFromProfile(set))).toEqual({ patch: {} });
    expect(profilePatch(set, { ...editFromProfile(set), weekBudget: "", weekStart: "" })).toEqual({
      patch: { weeklyBudgetMinutes: null, weekStart: null },
    });
    for (const bad of ["19", "601", "90.5", "lots"])
      expect(profilePatch(profile, { ...editFromProfile(profile), weekBudget: bad })).toEqual({
        problem: "Minutes a week must be a whole number from 20 to 600, or empty for the default.",
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

import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../../core/catalog/index.js";
import { buildRoutine } from "../../core/routine/build.js";
import {
  freeDayWords,
  plainText,
  regionWords,
  routineNotes,
  sessionWords,
  shortWarning,
  whyParts,
  whyText,
} from "./plain.js";

describe("routine text for people", () => {
  it("shows the routine's notes that its cautions do not already say, each once, in order", () => {
    const capped = "Kept to 2 movements while the habit settles in; more come as it holds.";
    const shorter = "This routine is 3 min, shorter than the 6 minutes you gave.";
    const walk = "No cool-down walk this time: the sharp pain rests the area a walk would work.";
    expect(
      routineNotes({
        notes: [capped, shorter, walk, capped],
        warnings: [{ message: shorter }],
      }),
    ).toEqual([capped, walk]);
    expect(routineNotes({ warnings: [] })).toEqual([]);
  });

  it("names each region once, in words, with a side only when it is the only one", () => {
    expect(regionWords(["hamstrings-right", "hamstrings", "hip-flexors-left"])).toBe(
      "hamstrings, left hip flexors",
    );
    expect(regionWords(["calves-left", "calves-right"])).toBe("calves");
    expect(regionWords(["it-band-left", "lower-back"])).toBe("left IT band, lower back");
    expect(regionWords([])).toBe("");
  });

  it("says why in one sentence with each phrase once", () => {
    expect(whyText(["L6", "L11", "L6"])).toBe(
      "Long run: feet, calves and hips first; stiff region gets more time.",
    );
    expect(whyText([])).toBe("");
  });

  it("leads with the first reasons and keeps the others, each once, for a tap", () => {
    const parts = whyParts(["L6", "L11", "L6", "T1"], 2);
    expect(parts.lead).toBe("Long run: feet, calves and hips first; stiff region gets more time.");
    expect(parts.rest).toEqual(["Walk first to bring the heart rate down."]);
    expect(whyParts([])).toEqual({ lead: "", rest: [] });
  });

  it("keeps a warning's first sentence and says when more remains", () => {
    const long = `Sharp pain in your calves. Leave out ${Array.from({ length: 13 }, (_, i) => `move-${i}`).join(" and ")}.`;
    expect(shortWarning(long)).toEqual({ short: "Sharp pain in your calves.", more: true });
    expect(shortWarning("Short one.")).toEqual({ short: "Short one.", more: false });
    expect(shortWarning("x ".repeat(100), 20).short.length).toBeLessThanOrEqual(21);
  });

  it("says why a routine is shorter than the time given in its short form", () => {
    // A mini session holds about 12 minutes: at 15 the caution explains the shorter routine.
    const routine = buildRoutine({ session: "mini", minutes: 15 }, MOVEMENTS, 20261129);
    const caution = routine.warnings.find((w) => /minutes you gave/.test(w.message));
    expect(caution).toBeDefined();
    const { short } = shortWarning(caution!.message);
    expect(short).toMatch(
      /^This routine is .+, shorter than the 15 minutes you gave: a daily mini session stays short and dynamic\.$/,
    );
  });

  it("names session kinds in words", () => {
    expect(sessionWords("post-run")).toBe("after-run session");
    expect(sessionWords("rest-day")).toBe("rest-day session");
    expect(sessionWords("mini")).toBe("mini session");
  });

  it("gives the core's days and distances as the runner reads them", () => {
    const big =
      "This run on 2026-12-04 (50 km) is 60% longer than your longest in the previous 30 days (31.2 km on 2026-11-20).";
    expect(plainText(big, "imperial")).toBe(
      "This run on Fri 4 Dec (31.1 mi) is 60% longer than your longest in the previous 30 days (19.4 mi on Fri 20 Nov).",
    );
    expect(plainText(big, "metric")).toBe(
      "This run on Fri 4 Dec (50 km) is 60% longer than your longest in the previous 30 days (31.2 km on Fri 20 Nov).",
    );
    expect(plainText("Not a day: 2026-02-30.", "metric")).toBe("Not a day: 2026-02-30.");
  });
});

describe("a week plan's day with no session", () => {
  it("says rest day, no run planned or no session, as its flags say", () => {
    expect(freeDayWords({ restDay: true, noRunPlanned: false })).toBe("Rest day");
    expect(freeDayWords({ restDay: true, noRunPlanned: true })).toBe("No run planned");
    expect(freeDayWords({ restDay: false, noRunPlanned: false })).toBe("No session");
  });
});

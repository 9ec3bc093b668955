import { describe, expect, it } from "vitest";
import { feltWorse } from "./felt-worse.js";
import { feltWorseAdvice } from "./felt-worse-advice.js";
import { blameWorse, repeatedlyWorse } from "./techniques.js";
import { sessionOn } from "../plan/fixtures.js";
import { addDays } from "../time/calendar.js";

describe("feltWorse (X5)", () => {
  it("flags a pain rise of any size and a stiffness rise of two or more", () => {
    const r = feltWorse(
      { pain: 0, stiffness: 5, soreness: 3 },
      { pain: 1, stiffness: 7, soreness: 4 },
    );
    expect(r.worse).toBe(true);
    expect(r.painRose).toBe(true);
    expect(r.rising.map((x) => x.rating)).toEqual(["stiffness", "pain"]);
  });
  it("does not flag improvements, one-point wobbles or skipped ratings", () => {
    expect(feltWorse({ stiffness: 6, soreness: 3 }, { stiffness: 4, soreness: 4 }).worse).toBe(
      false,
    );
    expect(feltWorse({ pain: 2 }, { stiffness: 9 }).worse).toBe(false);
    expect(feltWorse(undefined, { pain: 9 }).worse).toBe(false);
  });
});

describe("feltWorseAdvice (X5 in the log flow)", () => {
  const routine = {
    totalSeconds: 120,
    items: [
      {
        id: "foam-roll-calves",
        name: "Calves",
        phase: "release" as const,
        regions: ["calves-left" as const],
        equipment: [],
        seconds: 60,
        sides: 1 as const,
        cues: [],
        reasons: [],
      },
      {
        id: "cat-cow",
        name: "Cat-cow",
        phase: "mobility" as const,
        regions: ["thoracic" as const],
        equipment: [],
        seconds: 60,
        sides: 1 as const,
        cues: [],
        reasons: [],
      },
    ],
    warnings: [],
    reasons: [],
  };
  it("names the rise and the regions of the items done, and suggests a pain flag", () => {
    const a = feltWorseAdvice({
      routine,
      items: [
        { id: "foam-roll-calves", status: "done" },
        { id: "cat-cow", status: "skipped" },
      ],
      before: { pain: 0, stiffness: 5 },
      after: { pain: 8, stiffness: 4 },
    })!;
    expect(a.worse).toBe(true);
    expect(a.regions).toEqual(["calves"]);
    expect(a.message).toMatch(/pain 0 -> 8/);
    expect(a.message).toMatch(/flag it/);
  });
  it("says nothing when the session left the runner no worse", () => {
    expect(
      feltWorseAdvice({ routine, items: [], before: { stiffness: 5 }, after: { stiffness: 4 } }),
    ).toBeUndefined();
  });
});

describe("blameWorse (X5 repeated, explaining away)", () => {
  // Twenty sessions: "hip-circles" makes every session it is in worse; "cat-cow" only kept
  // it company (in every session with it, and as many without); "figure-four" is in every
  // other session and does nothing.
  const sessions = Array.from({ length: 20 }, (_, i) => {
    const ids = [
      ...(i % 4 === 0 ? ["hip-circles"] : []),
      ...(i % 4 <= 1 ? ["cat-cow"] : []),
      ...(i % 2 === 1 ? ["figure-four"] : []),
      "foam-roll-calves",
    ];
    const worse = ids.includes("hip-circles");
    return sessionOn(addDays("2026-03-01", i), "07:00", ids, {
      before: { stiffness: 4, pain: 0 },
      after: worse ? { stiffness: 4, pain: 3 } : { stiffness: 3, pain: 0 },
    });
  });

  it("blames the technique in every worse session, not the ones that were there too", () => {
    const blamed = blameWorse(
      ["hip-circles", "cat-cow", "figure-four", "foam-roll-calves"],
      sessions,
    );
    expect(blamed.get("hip-circles")).toEqual({ count: 5, repeated: true });
    // cat-cow was in all 5 worse sessions, and judged alone it would be blamed too; but
    // hip-circles explains them all, and cat-cow without it never left the runner worse
    expect(repeatedlyWorse("cat-cow", sessions).repeated).toBe(true);
    expect(blamed.get("cat-cow")).toEqual({ count: 5, repeated: false });
    expect(blamed.get("figure-four")?.repeated).toBe(false);
    expect(blamed.get("foam-roll-calves")?.repeated).toBe(false);
  });

  it("blames nobody when no session left the runner worse", () => {
    const calm = sessions.map((s) => ({ ...s, after: { stiffness: 3, pain: 0 } }));
    const blamed = blameWorse(["hip-circles", "cat-cow"], calm);
    expect([...blamed.values()].every((x) => !x.repeated && x.count === 0)).toBe(true);
  });
});

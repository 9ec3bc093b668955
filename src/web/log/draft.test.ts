import { describe, expect, it } from "vitest";
import type { Routine } from "../../core/routine/types.js";
import type { ActiveSession } from "../offline/cache.js";
import { emptyDraft, readRatings, saveProblem, sessionBody } from "./draft.js";

const routine = {
  totalSeconds: 120,
  items: [
    {
      id: "foam-calf",
      name: "Calf roll",
      phase: "release",
      regions: ["calves"],
      equipment: ["foam-roller"],
      seconds: 60,
      sides: 2,
      cues: [],
      reasons: [],
      pressure: "moderate",
    },
    {
      id: "ankle-circles",
      name: "Ankle circles",
      phase: "mobility",
      regions: ["ankles"],
      equipment: [],
      seconds: 60,
      sides: 2,
      cues: [],
      reasons: [],
    },
  ],
  warnings: [],
  reasons: [],
} as unknown as Routine;
const session: ActiveSession = {
  routine,
  kind: "mini",
  startedAt: "2026-05-01T07:00:00.000Z",
  status: { "foam-calf": "done" },
  stoppedRegions: [],
  offline: false,
};

describe("the session log draft", () => {
  it("starts empty and cannot be saved untouched", () => {
    expect(saveProblem(emptyDraft())).toMatch(
      /^Rate before stiffness, .*after pain .*or tick "Skip ratings"/,
    );
  });

  it("stores no ratings, mood, energy or pressure the runner did not give", () => {
    const body = sessionBody(session, { ...emptyDraft(), skipRatings: true });
    expect(saveProblem({ ...emptyDraft(), skipRatings: true })).toBeNull();
    expect(body).toEqual({
      startedAt: session.startedAt,
      kind: "mini",
      routine,
      items: [
        { id: "foam-calf", status: "done" },
        { id: "ankle-circles", status: "skipped" },
      ],
    });
  });

  it("sends exactly the ratings given, and a skip drops ratings typed before it", () => {
    const d = {
      ...emptyDraft(),
      before: { stiffness: "6", soreness: "4", pain: "0" },
      after: { stiffness: "3", soreness: "3", pain: "0" },
      pressure: { "foam-calf": "light" as const, "ankle-circles": "firm" as const },
      mood: "4",
    };
    expect(saveProblem(d)).toBeNull();
    const body = sessionBody(session, d);
    expect(body).toMatchObject({
      before: { stiffness: 6, soreness: 4, pain: 0 },
      after: { stiffness: 3, soreness: 3, pain: 0 },
      mood: 4,
    });
    expect(body).not.toHaveProperty("energy");
    expect(body.items).toEqual([
      { id: "foam-calf", status: "done", pressure: "light" },
      { id: "ankle-circles", status: "skipped" },
    ]);
    expect(sessionBody(session, { ...d, skipRatings: true })).not.toHaveProperty("before");
  });

  it("treats out-of-range or fractional input as missing", () => {
    expect(readRatings({ stiffness: "11", soreness: "2.5", pain: " 3 " }, "after")).toEqual({
      ratings: { pain: 3 },
      missing: ["after stiffness", "after soreness"],
    });
  });
});

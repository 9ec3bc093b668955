import { describe, expect, it } from "vitest";
import { movementById } from "../../core/catalog/index.js";
import type { Routine } from "../../core/routine/types.js";
import type { ActiveSession } from "../offline/cache.js";
import {
  addingProblem,
  emptyDraft,
  readAddedTime,
  readAdding,
  readRatings,
  saveProblem,
  sessionBody,
  type LogDraft,
  type MovementLookup,
} from "./draft.js";

const lookup: MovementLookup = movementById;

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
    const body = sessionBody(session, { ...emptyDraft(), skipRatings: true }, lookup);
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
    const body = sessionBody(session, d, lookup);
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
    expect(sessionBody(session, { ...d, skipRatings: true }, lookup)).not.toHaveProperty("before");
  });

  it("treats out-of-range or fractional input as missing", () => {
    expect(readRatings({ stiffness: "11", soreness: "2.5", pain: " 3 " }, "after")).toEqual({
      ratings: { pain: 3 },
      missing: ["after stiffness", "after soreness"],
    });
  });
});

describe("techniques added beside the routine", () => {
  const adding = (p: Partial<LogDraft["adding"]>): LogDraft["adding"] => ({
    id: "",
    minutes: "",
    seconds: "",
    pressure: "",
    ...p,
  });

  it("sends no added key when the runner added nothing, even with the add inputs half filled", () => {
    const d = { ...emptyDraft(), skipRatings: true, adding: adding({ minutes: "3" }) };
    expect(sessionBody(session, d, lookup)).not.toHaveProperty("added");
  });

  it("sends the added techniques after the routine's items, pressure only for release ones", () => {
    const d: LogDraft = {
      ...emptyDraft(),
      skipRatings: true,
      added: [
        { id: "ball-calves", seconds: 90, pressure: "firm" },
        // A pressure on a stretch (an older draft, a stray value) is not sent.
        { id: "figure-four", seconds: 45, pressure: "light" },
      ],
    };
    const body = sessionBody(session, d, lookup);
    expect(body.added).toEqual([
      { id: "ball-calves", seconds: 90, pressure: "firm" },
      { id: "figure-four", seconds: 45 },
    ]);
    expect(body.items).toHaveLength(2);
  });

  it("reads minutes and seconds as a runner types them, within 10 s to 60 min", () => {
    expect(readAddedTime("1", "30")).toEqual({ seconds: 90 });
    expect(readAddedTime("", "45")).toEqual({ seconds: 45 });
    expect(readAddedTime(" 2 ", "")).toEqual({ seconds: 120 });
    expect(readAddedTime("0", "90")).toEqual({ seconds: 90 });
    expect(readAddedTime("60", "0")).toEqual({ seconds: 3600 });
    expect(readAddedTime("0", "5")).toEqual({
      problem: "Time: enter from 10 s to 60 min (you entered 5 s).",
    });
    expect(readAddedTime("60", "1")).toEqual({
      problem: "Time: enter from 10 s to 60 min (you entered 60 min 1 s).",
    });
    expect(readAddedTime("", "")).toEqual({
      problem: "Time: enter how long you did it, from 10 s to 60 min.",
    });
    expect(readAddedTime("1.5", "")).toEqual({
      problem: "Time: enter whole minutes and seconds, from 10 s to 60 min.",
    });
    expect(readAddedTime("-1", "30")).toHaveProperty("problem");
  });

  it("adds a chosen technique with its time, and keeps pressure only for release", () => {
    expect(
      readAdding(adding({ id: "foam-roll-quads", minutes: "2", pressure: "light" }), lookup),
    ).toEqual({ item: { id: "foam-roll-quads", seconds: 120, pressure: "light" } });
    expect(readAdding(adding({ id: "pigeon-pose-x", seconds: "30" }), lookup)).toEqual({
      problem: { field: "movement", text: "Technique: choose one from the list." },
    });
    expect(
      readAdding(adding({ id: "box-breathing", seconds: "40", pressure: "firm" }), lookup),
    ).toEqual({ item: { id: "box-breathing", seconds: 40 } });
    expect(readAdding(adding({ id: "box-breathing", seconds: "4" }), lookup)).toEqual({
      problem: { field: "time", text: "Time: enter from 10 s to 60 min (you entered 4 s)." },
    });
  });

  it("holds Save while a chosen technique is not added yet, and not otherwise", () => {
    expect(addingProblem(emptyDraft(), lookup)).toBeNull();
    expect(
      addingProblem({ ...emptyDraft(), adding: adding({ seconds: "30" }) }, lookup),
    ).toBeNull();
    expect(
      addingProblem({ ...emptyDraft(), adding: adding({ id: "cat-cow", seconds: "3" }) }, lookup),
    ).toEqual({ field: "time", text: "Time: enter from 10 s to 60 min (you entered 3 s)." });
    expect(
      addingProblem({ ...emptyDraft(), adding: adding({ id: "cat-cow", minutes: "1" }) }, lookup),
    ).toEqual({
      field: "add",
      text: 'Cat-cow is not in the log yet: tap "Add" to log it, or "Clear" to leave it out.',
    });
  });
});

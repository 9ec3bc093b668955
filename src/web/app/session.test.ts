import { describe, expect, it } from "vitest";
import type { Routine } from "../../core/routine/types.js";
import { itemOf } from "../../core/routine/test-support/items.js";
import type { ActiveSession } from "../offline/cache.js";
import { sessionProgress } from "./session.js";

const items = [itemOf("foam-roll-calves"), itemOf("glute-bridge"), itemOf("box-breathing")];
const routine: Routine = {
  totalSeconds: items.reduce((s, i) => s + i.seconds, 0),
  items,
  warnings: [],
  reasons: [],
};
const session = (status: ActiveSession["status"]): ActiveSession => ({
  routine,
  kind: "mini",
  startedAt: "2026-11-21T07:00:00.000Z",
  status,
  stoppedRegions: [],
  offline: false,
});

describe("a session's progress", () => {
  it("counts what was done and skipped, and is unfinished while a movement is left", () => {
    expect(sessionProgress(session({}))).toEqual({
      done: 0,
      skipped: 0,
      total: 3,
      finished: false,
    });
    expect(
      sessionProgress(session({ "foam-roll-calves": "done", "glute-bridge": "skipped" })),
    ).toEqual({ done: 1, skipped: 1, total: 3, finished: false });
  });

  it("is finished once every movement is done or skipped, and ignores ids not in the routine", () => {
    const all = session({
      "foam-roll-calves": "done",
      "glute-bridge": "done",
      "box-breathing": "skipped",
      pigeon: "done",
    });
    expect(sessionProgress(all)).toEqual({ done: 2, skipped: 1, total: 3, finished: true });
  });
});

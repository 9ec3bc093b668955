import { describe, expect, it } from "vitest";
import type { RoutineItem } from "../../core/routine/types.js";
import { RoutineRun } from "./run.js";
import { itemOf } from "../../core/routine/test-support/items.js";

const item = itemOf;

function play(items: RoutineItem[], step = 0.25) {
  const log: string[] = [];
  const status: Record<string, string> = {};
  let finished = false;
  const run = new RoutineRun(items, 0, {
    say: (t) => log.push(t),
    chime: (k) => log.push(`<${k}>`),
    tone: (p) => log.push(`~${p}`),
    status: (id, s) => (status[id] = s),
    passOver: () => false,
    finished: () => (finished = true),
  });
  run.toggle();
  for (let i = 0; i < 10_000 && !finished; i++) run.advance(step);
  return { log, status, finished, run };
}

describe("the hands-free run", () => {
  it("says a two-sided stretch side by side, with get-ready pauses, and what comes next", () => {
    const stretch = item("static-hamstring-stretch", { seconds: 60, sides: 2, holdSeconds: 30 });
    const bridge = item("glute-bridge", { seconds: 30, reps: 10 });
    const { log, status, finished } = play([stretch, bridge]);
    const spoken = log.filter((l) => !l.startsWith("<"));
    expect(spoken.slice(0, 11)).toEqual([
      "Static hamstring stretch",
      "Right leg.",
      "Hold 30 seconds each side.",
      stretch.cues[0],
      "Go.",
      `Halfway. ${stretch.cues[1]}`,
      "Ten seconds.",
      "3",
      "2",
      "1",
      "Switch to the left leg.",
    ]);
    expect(spoken).toContain("Next: Glute bridge.");
    expect(spoken.at(-1)).toBe("Session complete. Well done.");
    // Three beeps count down the end of every get-ready pause.
    const firstGo = log.indexOf("Go.");
    expect(log.slice(0, firstGo).filter((l) => l === "<tick>")).toHaveLength(3);
    expect(status).toEqual({ "static-hamstring-stretch": "done", "glute-bridge": "done" });
    expect(finished).toBe(true);
  });

  it("paces box breathing with spoken counts and tones", () => {
    const { log } = play([item("box-breathing", { seconds: 16, reps: 1 })]);
    const go = log.findIndex((l) => l === "Breathe in");
    expect(log.slice(go).filter((l) => !l.startsWith("<"))).toEqual([
      "Breathe in",
      "~in",
      "2",
      "3",
      "4",
      "Hold",
      "~hold",
      "2",
      "3",
      "4",
      "Breathe out",
      "~out",
      "2",
      "3",
      "4",
      "Hold",
      "~hold",
      "2",
      "3",
      "4",
      "Session complete. Well done.",
    ]);
  });

  it("waits longer before a floor tool than before a standing move, and starts now on request", () => {
    const swings = item("leg-swings-front-back", { seconds: 40, sides: 2, reps: 10 });
    const roll = item("foam-roll-calves", { seconds: 120, sides: 2 });
    const run = new RoutineRun([swings, roll], 0, {
      say() {},
      chime() {},
      tone() {},
      status() {},
      passOver: () => false,
      finished() {},
    });
    run.toggle();
    const standing = run.length;
    run.startNow();
    expect(run.stage).toBe("work");
    run.next();
    expect(run.stage).toBe("ready");
    expect(run.length).toBeGreaterThan(standing);
  });
});

describe("carrying on after a reload", () => {
  const stretch = item("static-hamstring-stretch", { seconds: 60, sides: 2, holdSeconds: 30 });
  const bridge = item("glute-bridge", { seconds: 30, reps: 10 });
  const quiet = (said: string[] = [], status: Record<string, string> = {}) => ({
    say: (t: string) => said.push(t),
    chime() {},
    tone() {},
    status: (id: string, s: string) => (status[id] = s),
    passOver: () => false,
    finished() {},
  });

  it("waits paused at the same moment of the same side, and goes on from there", () => {
    const first = new RoutineRun([bridge, stretch], 1, quiet());
    first.toggle();
    first.startNow();
    first.advance(30 + 5); // the right side's 30 s, into the left side's get-ready pause...
    first.startNow();
    first.advance(3); // ...and 3 s into the left side
    const at = first.position;
    expect(at).toEqual({ index: 1, side: 1, stage: "work", t: 3 });

    const said: string[] = [];
    const status: Record<string, string> = {};
    const again = new RoutineRun([bridge, stretch], 1, quiet(said, status), at!);
    expect(again.running).toBe(false);
    expect([again.stage, again.side, again.t, again.length - again.t]).toEqual(["work", 1, 3, 27]);
    again.toggle(); // Resume
    expect(again.running).toBe(true);
    expect(said).toEqual([]); // no get-ready lines again
    again.advance(27);
    expect(status).toEqual({ "static-hamstring-stretch": "done" });
    // Only the cues after the 3 s already done: no "Go." again, the halfway cue and the count.
    expect(said[0]).toMatch(/^Halfway\./);
    expect(said.slice(1)).toEqual(["Ten seconds.", "3", "2", "1", "Session complete. Well done."]);
  });

  it("starts idle when the position is of another movement, or none", () => {
    const at = { index: 0, side: 0, stage: "work" as const, t: 12 };
    const run = new RoutineRun([bridge, stretch], 1, quiet(), at);
    expect([run.stage, run.index, run.t]).toEqual(["idle", 1, 0]);
    expect(run.position).toBeNull();
    const fresh = new RoutineRun([bridge, stretch], 0, quiet());
    expect(fresh.position).toBeNull();
  });

  it("keeps a restored moment inside its stage", () => {
    const run = new RoutineRun([bridge], 0, quiet(), { index: 0, side: 0, stage: "work", t: 99 });
    expect(run.t).toBeLessThan(run.length);
    expect(run.t).toBeGreaterThan(run.length - 0.01);
  });
});

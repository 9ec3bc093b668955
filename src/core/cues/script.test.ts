import { describe, expect, it } from "vitest";
import { getReadySeconds, itemScript, readableLines, spokenDose } from "./script.js";
import { BOX_BREATHING_ROUND, itemOf } from "../routine/test-support/items.js";

const item = itemOf;

describe("the cue script", () => {
  it("names the side, the dose and the first cue, then switches legs and says what is next", () => {
    const stretch = item("static-hamstring-stretch", { seconds: 120, sides: 2, holdSeconds: 30 });
    const next = item("glute-bridge", { reps: 10, seconds: 40 });
    const s = itemScript(stretch, next);
    expect(s.sides.map((x) => x.side)).toEqual(["right", "left"]);
    expect(s.sides[0]?.intro).toEqual([
      "Static hamstring stretch",
      "Right leg.",
      "2 holds of 30 seconds each side.",
      stretch.cues[0],
    ]);
    expect(s.sides[1]?.intro).toEqual(["Switch to the left leg."]);
    expect(s.sides[0]?.cues.map((c) => [c.at, c.text])).toEqual([
      [0, "Go."],
      [30, `Halfway. ${stretch.cues[1]}`],
      [50, "Ten seconds."],
      [57, "3"],
      [58, "2"],
      [59, "1"],
    ]);
    expect(s.outro).toBe("Next: Glute bridge.");
    expect(itemScript(next).outro).toBe("Session complete. Well done.");
  });

  it("counts box breathing aloud, four counts a phase", () => {
    const box = item("box-breathing", { seconds: 32, reps: 2 });
    const texts = itemScript(box).sides[0]?.cues.map((c) => c.text) ?? [];
    expect(texts.slice(0, 17)).toEqual([...BOX_BREATHING_ROUND, "Breathe in"]);
    expect(spokenDose(box)).toBe("2 rounds");
  });

  it("gives longer to get ready for the floor and for new kit than for a standing move", () => {
    const walk = item("cool-down-walk");
    const roll = item("foam-roll-calves", { sides: 2, seconds: 120 });
    const bridge = item("glute-bridge", { reps: 10, seconds: 40 });
    const swings = item("leg-swings-front-back", { reps: 10, sides: 2, seconds: 40 });
    expect(getReadySeconds(roll, walk)).toBeGreaterThan(getReadySeconds(swings, walk));
    expect(getReadySeconds(bridge, swings)).toBeGreaterThan(getReadySeconds(swings, walk));
  });

  it("gives the CLI the same side order, dose and cue order the player speaks", () => {
    const roll = item("foam-roll-calves", { sides: 2, seconds: 120 });
    const lines = readableLines(roll);
    expect(lines).toEqual({
      sides: "right leg, then left leg",
      dose: "60 seconds each side",
      cues: roll.cues,
    });
    const spoken = itemScript(roll).sides[0];
    expect(spoken?.intro).toContain(lines.cues[0]);
    expect(spoken?.intro).toContain("60 seconds each side.");
  });
});

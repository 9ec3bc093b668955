import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blend, framesOf } from "./animate.js";
import { renderIllustration } from "./render.js";
import { BODY, solveJoints } from "./skeleton.js";
import type { Pose } from "./types.js";

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);
const angle = fc.integer({ min: -180, max: 270 });
const pose = fc.record({
  trunk: angle,
  near: fc.record({ hip: angle, knee: angle, shoulder: angle, elbow: angle }),
  far: fc.record({ hip: angle, knee: angle, shoulder: angle, elbow: angle }),
});

describe("the figure", () => {
  it("keeps every limb its length however two poses are blended", () => {
    fc.assert(
      fc.property(pose, pose, fc.double({ min: 0, max: 1, noNaN: true }), (a: Pose, b: Pose, f) => {
        const j = solveJoints(blend(a, b, f), "side");
        expect(dist(j.nearHip, j.nearKnee)).toBeCloseTo(BODY.thigh);
        expect(dist(j.farKnee, j.farAnkle)).toBeCloseTo(BODY.shin);
        expect(dist(j.nearShoulder, j.nearElbow)).toBeCloseTo(BODY.upperArm);
      }),
    );
  });

  it("stands 50 cm of trunk above the pelvis and puts the lowest point on the floor", () => {
    const stand: Pose = { trunk: 0, near: {}, far: {} };
    expect(solveJoints(stand, "side").neck).toEqual({ x: 0, y: -50 });
    const svg = renderIllustration(
      { poses: [stand, stand], motion: "hold", seconds: 4 },
      { regions: [], oneSided: false },
    );
    expect(svg).not.toContain("<animate"); // nothing moves between identical poses
  });

  it("holds still in the last pose for most of a hold's cycle, and loops seamlessly", () => {
    const a: Pose = { trunk: 0, near: {}, far: {} };
    const b: Pose = { trunk: 30, near: { hip: 60 }, far: {} };
    const frames = framesOf({ poses: [a, b], motion: "hold", seconds: 8 });
    const still = frames.filter((f) => f.pose.trunk === 30);
    expect(
      Math.max(...still.map((f) => f.time)) - Math.min(...still.map((f) => f.time)),
    ).toBeGreaterThan(0.5);
    expect(frames[0]?.time).toBe(0);
    expect(frames.at(-1)?.time).toBe(1);
    expect(frames.at(-1)?.pose.trunk).toBe(frames[0]?.pose.trunk);
  });

  it("moves a roller along the limb while the roller itself stays put", () => {
    const at = (x: number): Pose => ({
      trunk: -35,
      near: { hip: 47, shoulder: -50 },
      far: { hip: 95, knee: 105, shoulder: -50 },
      props: [{ kind: "roller", on: "nearShin", at: x, face: "back" }],
    });
    const svg = renderIllustration(
      { poses: [at(0.8), at(0.2)], motion: "pingpong", seconds: 4 },
      { regions: ["calves"], oneSided: true },
    );
    const roller = /<path class="roller"[^>]*d="([^"]+)"(\/>|>)/.exec(svg);
    expect(roller?.[2]).toBe("/>"); // drawn once, not animated
    expect(svg).toMatch(/class="near"[^>]*><animate/); // while the body moves
  });
});

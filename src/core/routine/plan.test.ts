import { describe, expect, it } from "vitest";
import { planRoutine } from "./plan.js";
import { resolveProfile } from "./profile.js";

const planned = (p: ReturnType<typeof planRoutine>) =>
  p.phases.reduce((s, x) => s + x.seconds, 0) + (p.walk ?? 0);

describe("planRoutine", () => {
  it("T1: given a post-run session, when a walk may be done, then it opens the plan and the phases share the rest", () => {
    const profile = resolveProfile({ run: "easy", minutes: 15 });
    const p = planRoutine(profile, { release: true, walk: true });
    expect(p.walk).toBe(150);
    expect(p.walkLeftOut).toBeUndefined();
    expect(p.reasons).toContain("T1");
    expect(Math.abs(planned(p) - profile.budget)).toBeLessThanOrEqual(p.phases.length);
  });

  it("X2 before T1: given a post-run session with every walk left out, then no walk is planned, its time goes to the phases, and the plan says it was left out", () => {
    const profile = resolveProfile({ run: "long", minutes: 20 });
    const withWalk = planRoutine(profile, { release: true, walk: true });
    const p = planRoutine(profile, { release: true, walk: false });
    expect(p.walk).toBeUndefined();
    expect(p.walkLeftOut).toBe(true);
    expect(p.reasons).not.toContain("T1");
    expect(Math.abs(planned(p) - profile.budget)).toBeLessThanOrEqual(p.phases.length);
    const seconds = (q: typeof p) => q.phases.reduce((s, x) => s + x.seconds, 0);
    expect(seconds(p)).toBeGreaterThan(seconds(withWalk));
  });

  it("given a session that follows no run (cross-training, an evening), then no walk is planned and none is missing", () => {
    for (const ctx of [
      { workout: "cross" as const, session: "post-run" as const, minutes: 15 },
      { session: "evening" as const, minutes: 15 },
    ]) {
      const p = planRoutine(resolveProfile(ctx), { release: true, walk: false });
      expect(p.walk).toBeUndefined();
      expect(p.walkLeftOut).toBeUndefined();
    }
  });
});

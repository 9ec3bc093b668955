import { describe, expect, it } from "vitest";
import { MOVEMENTS } from "../../core/catalog/index.js";
import { buildRoutine } from "../../core/routine/index.js";
import type { BodyCheck, PainFlag, Profile } from "../../core/journal/types.js";
import { contextFromCache, daySeed } from "./local-routine.js";

const profile: Profile = {
  name: "A",
  units: "metric",
  timeZone: "UTC",
  equipment: ["foam-roller"],
  previousInjuries: [],
  goals: [],
  newToSoftTissue: true,
};
const check: BodyCheck = {
  id: "c",
  date: "2026-11-20",
  createdAt: "2026-11-20T08:00:00Z",
  entries: [
    { region: "calves", side: "left", stiffness: 7, tenderness: 2, rebound: false },
    { region: "quads", stiffness: 0, tenderness: 1, rebound: false },
  ],
};
const flags: PainFlag[] = [
  {
    id: "p1",
    region: "hamstrings",
    side: "right",
    kind: "sharp",
    openedAt: "2026-11-21T08:00:00Z",
  },
  {
    id: "p2",
    region: "shins",
    kind: "niggle",
    openedAt: "2026-11-01T08:00:00Z",
    resolvedAt: "2026-11-05T08:00:00Z",
  },
];

describe("offline routine context", () => {
  it("uses kit, tight regions and open pain flags as the server does", () => {
    const ctx = contextFromCache(profile, check, flags, 10);
    expect(ctx).toEqual({
      session: "mini",
      equipment: ["foam-roller"],
      tight: { "calves-left": 7 },
      pain: [{ region: "hamstrings-right", kind: "sharp" }],
      newToRolling: true,
      minutes: 10,
    });
  });

  it("builds a routine in the browser that leaves painful regions out", () => {
    const ctx = contextFromCache(
      profile,
      check,
      [{ id: "p", region: "calves", kind: "sharp", openedAt: "2026-11-21T08:00:00Z" }],
      10,
    );
    const r = buildRoutine(
      { ...ctx, run: "long", session: "post-run" },
      MOVEMENTS,
      daySeed("2026-11-22"),
    );
    const working = r.items.filter((i) => !["transition", "breathing", "cardio"].includes(i.phase));
    expect(working.length).toBeGreaterThan(0);
    expect(working.flatMap((i) => i.regions).some((x) => x.startsWith("calves"))).toBe(false);
    expect(daySeed("2026-11-22")).toBe(20261122);
  });

  it("works with nothing cached", () => {
    expect(contextFromCache(undefined, undefined, undefined, undefined)).toEqual({
      session: "mini",
      equipment: [],
      tight: {},
      pain: [],
      newToRolling: false,
    });
  });
});

import { describe, expect, it } from "vitest";
import { routineFromJournal, type JournalSnapshot } from "../../core/journal/routine-context.js";
import type { BodyCheck, PainFlag, Profile } from "../../core/journal/types.js";
import { snapshotFromCache } from "./local-routine.js";

const NOW = new Date("2026-11-21T08:00:00Z");

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
    openedAt: "2026-11-21T07:00:00Z",
  },
  {
    id: "p2",
    region: "shins",
    kind: "niggle",
    openedAt: "2026-11-01T08:00:00Z",
    resolvedAt: "2026-11-05T08:00:00Z",
  },
];
/** A snapshot as the server sends it with /api/today. */
const server: JournalSnapshot = {
  takenAt: "2026-11-21T06:00:00.000Z",
  day: "2026-11-21",
  timeZone: "UTC",
  profile: { equipment: ["foam-roller"], newToSoftTissue: true },
  bodyChecks: [check],
  painFlags: [flags[0]!],
  todaysActivity: { sport: "run", type: "long", minutes: 95 },
  recentMovementIds: ["foam-roll-calves"],
  recentSessions: 1,
  persistentTenderness: [],
  focusRegions: ["thoracic"],
};

describe("offline routine", () => {
  it("uses the server's snapshot as it is when nothing changed here", () => {
    expect(
      snapshotFromCache({ snapshot: server, profile, bodyCheck: check, painFlags: flags }, NOW),
    ).toEqual(server);
  });

  it("gives the server's routine for the server's snapshot", () => {
    const here = routineFromJournal(snapshotFromCache({ snapshot: server, profile }, NOW), {
      now: NOW,
      minutes: 10,
    });
    const there = routineFromJournal(server, { now: NOW, minutes: 10 });
    expect(here).toEqual(there);
    expect(here.context).toMatchObject({
      run: "long",
      tight: { "calves-left": 7 },
      focusRegions: ["thoracic"],
    });
  });

  it("lays kit edited here over the snapshot", () => {
    const edited = snapshotFromCache(
      { snapshot: server, profile: { ...profile, equipment: ["band"], newToSoftTissue: false } },
      NOW,
    );
    expect(edited.profile).toEqual({ equipment: ["band"] });
  });

  it("with no snapshot yet, builds from the cached profile, body check and open flags", () => {
    const s = snapshotFromCache(
      {
        profile,
        bodyCheck: check,
        painFlags: flags,
        todayRun: { day: "2026-11-21", run: "tempo" },
      },
      NOW,
    );
    const { context, seed } = routineFromJournal(s, { now: NOW });
    expect(context).toMatchObject({
      equipment: ["foam-roller"],
      newToRolling: true,
      tight: { "calves-left": 7 },
      pain: [{ region: "hamstrings-right", kind: "sharp" }],
      run: "tempo",
    });
    expect(seed).toBe(20261121);
  });

  it("counts a session logged here since the snapshot as done, so the week plan's next session follows (L7)", () => {
    // A planned rest day: the server's snapshot names its rest-day session, nothing logged yet.
    const restDay: JournalSnapshot = {
      ...server,
      todaysActivity: undefined,
      plannedToday: [
        {
          kind: "rest-day",
          time: "07:30",
          minutes: 12,
          reasons: ["L7", "T6", "S10"],
          note: "Rest day: a longer session, with room for new moves on stubborn spots.",
        },
      ],
    };
    delete restDay.todaysActivity;
    const before = routineFromJournal(snapshotFromCache({ snapshot: restDay }, NOW), { now: NOW });
    expect([before.session, before.minutes]).toEqual(["rest-day", 12]);

    // Logged here (queued, offline) after the snapshot was taken: the plan's session is done.
    const done = { kind: "rest-day" as const, startedAt: "2026-11-21T07:00:00.000Z" };
    const after = snapshotFromCache(
      { snapshot: restDay, loggedHere: [{ ...done, savedAt: "2026-11-21T07:20:00.000Z" }] },
      NOW,
    );
    expect(after.loggedToday).toEqual(["rest-day"]);
    const next = routineFromJournal(after, { now: NOW });
    expect(next.session).toBe("mini");
    expect(next.explanation.some((l) => l.includes("This week's plan"))).toBe(false);

    // One the snapshot already holds (saved before it was taken), or from another day, is not
    // counted again.
    const seen = snapshotFromCache(
      {
        snapshot: restDay,
        loggedHere: [
          { ...done, savedAt: "2026-11-21T05:00:00.000Z" },
          { kind: "mini", startedAt: "2026-11-20T20:00:00.000Z", savedAt: "2026-11-21T07:10:00Z" },
        ],
      },
      NOW,
    );
    expect(seen.loggedToday).toBeUndefined();
    expect(routineFromJournal(seen, { now: NOW }).session).toBe("rest-day");
  });

  it("works with nothing cached", () => {
    const { context } = routineFromJournal(snapshotFromCache({}, NOW), { now: NOW });
    expect(context).toEqual({ equipment: [] });
  });
});

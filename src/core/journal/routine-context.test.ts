import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runAt } from "./test-support/runs.js";
import {
  routineContextFromJournal,
  routineFromJournal,
  splitRuleCodes,
  todaysActivity,
  type JournalSnapshot,
} from "./routine-context.js";
import type { BodyCheck } from "./types.js";
import { buildRoutine } from "../routine/build.js";
import { MOVEMENTS } from "../catalog/index.js";

const NOW = "2026-11-21T08:00:00Z";

function snapshot(over: Partial<JournalSnapshot> = {}): JournalSnapshot {
  return {
    takenAt: NOW,
    day: "2026-11-21",
    timeZone: "UTC",
    profile: { equipment: ["foam-roller"] },
    bodyChecks: [],
    painFlags: [],
    recentMovementIds: [],
    recentSessions: 0,
    persistentTenderness: [],
    focusRegions: [],
    ...over,
  };
}

const check = (date: string, createdAt: string, entries: [string, number][]): BodyCheck => ({
  id: `${date}-${createdAt}`,
  date,
  createdAt,
  entries: entries.map(([ref, stiffness]) => {
    const [region, side] = ref.split(/-(?=left$|right$)/) as [
      BodyCheck["entries"][number]["region"],
      "left" | "right" | undefined,
    ];
    return { region, ...(side ? { side } : {}), stiffness, tenderness: 0, rebound: false };
  }),
});

describe("journal snapshot -> routine context", () => {
  it("takes the newest rating of each region within 28 days, the highest when one check names it twice", () => {
    const { context, explanation } = routineContextFromJournal(
      snapshot({
        bodyChecks: [
          check("2026-10-23", "2026-10-23T08:00:00Z", [["quads", 9]]), // 29 days old: out of the window
          check("2026-11-18", "2026-11-18T08:00:00Z", [
            ["calves", 8],
            ["hamstrings-left", 7],
            ["glutes", 6],
          ]),
          check("2026-11-19", "2026-11-19T08:00:00Z", [
            ["calves", 0],
            ["calves", 3],
          ]),
          check("2026-11-20", "2026-11-20T08:00:00Z", [["glutes", 2]]),
          check("2026-11-20", "2026-11-20T09:00:00Z", [["hamstrings-left", 0]]),
        ],
      }),
      { now: NOW },
    );
    expect(context.tight).toEqual({ calves: 3, glutes: 2 });
    expect(explanation.join("\n")).toMatch(/newest rating of each/);
  });

  it("says a body check older than 28 days is not used", () => {
    const { context, explanation } = routineContextFromJournal(
      snapshot({ lastBodyCheckDate: "2026-10-01" }),
      { now: NOW },
    );
    expect(context.tight).toBeUndefined();
    expect(explanation.join("\n")).toMatch(/\(Thu 1 Oct\) is older than 28 days/);
  });

  it("dates a body check from another year with its year", () => {
    const { explanation } = routineContextFromJournal(
      snapshot({ lastBodyCheckDate: "2025-10-01" }),
      { now: NOW },
    );
    expect(explanation.join("\n")).toMatch(/\(Wed 1 Oct 2025\) is older than 28 days/);
  });

  it("leaves open flags out and brings sharp or swelling regions resolved within 7 days back gently", () => {
    const { context } = routineContextFromJournal(
      snapshot({
        painFlags: [
          {
            id: "1",
            region: "shins",
            side: "right",
            kind: "niggle",
            openedAt: "2026-11-20T08:00:00Z",
          },
          {
            id: "2",
            region: "feet",
            kind: "sharp",
            openedAt: "2026-11-10T08:00:00Z",
            resolvedAt: "2026-11-15T08:00:00Z",
          },
          {
            id: "3",
            region: "calves",
            kind: "swelling",
            openedAt: "2026-11-01T08:00:00Z",
            resolvedAt: "2026-11-13T08:00:00Z",
          },
          {
            id: "4",
            region: "quads",
            kind: "niggle",
            openedAt: "2026-11-18T08:00:00Z",
            resolvedAt: "2026-11-19T08:00:00Z",
          },
        ],
      }),
      { now: NOW },
    );
    expect(context.pain).toEqual([{ region: "shins-right", kind: "niggle" }]);
    expect(context.recoveringRegions).toEqual(["feet"]);
  });

  it("copies the prescription into the engine's input, a trial only until its end day", () => {
    const prescription = {
      coreMovementIds: ["foam-roll-calves"],
      trialMovementId: "banded-hip-flexor-stretch",
      trialUntil: "2026-11-20",
      maxMovements: 2,
      avoidMovementIds: ["pigeon"],
      lowerDoseMovementIds: ["couch-stretch"],
      restingMovementIds: ["figure-four"],
      familiarMovementIds: ["cat-cow", "figure-four", "foam-roll-calves"],
      notes: ["Two movements a day while the habit forms (H2)."],
    };
    const { context, explanation } = routineContextFromJournal(snapshot({ prescription }), {
      now: NOW,
    });
    expect(context).toMatchObject({
      coreMovementIds: ["foam-roll-calves"],
      maxMovements: 2,
      avoidMovementIds: ["pigeon"],
      lowerDoseMovementIds: ["couch-stretch"],
      restingMovementIds: ["figure-four"],
      familiarMovementIds: ["cat-cow", "figure-four", "foam-roll-calves"],
    });
    expect(context.trialMovementId).toBeUndefined();
    const line = explanation.indexOf("Two movements a day while the habit forms.");
    expect(line).toBeGreaterThanOrEqual(0);
    expect(
      routineContextFromJournal(snapshot({ prescription }), { now: NOW }).explanationRules[line],
    ).toEqual(["H2"]);
    const before = routineContextFromJournal(snapshot({ prescription }), {
      now: "2026-11-20T20:00:00Z",
    });
    expect(before.context.trialMovementId).toBe("banded-hip-flexor-stretch");
  });

  it("uses today's activity and load only on the day they were read", () => {
    const s = snapshot({
      todaysActivity: { sport: "run", type: "long", minutes: 95 },
      lighten: { reason: "load-spike", rules: ["L9"], message: "Load jumped this week" },
    });
    expect(routineContextFromJournal(s, { now: NOW }).context).toMatchObject({
      run: "long",
      lighten: { reason: "load-spike" },
    });
    const tomorrow = routineContextFromJournal(s, { now: "2026-11-22T08:00:00Z" }).context;
    expect(tomorrow.run).toBeUndefined();
    expect(tomorrow.lighten).toBeUndefined();
  });

  it("says the minutes it was sized to: the ones asked for, else the session's default", () => {
    const long = snapshot({ todaysActivity: { sport: "run", type: "long", minutes: 95 } });
    expect(routineFromJournal(long, { now: NOW }).minutes).toBe(18);
    expect(routineFromJournal(long, { now: NOW, minutes: 12 }).minutes).toBe(12);
    // Nothing run today: a mini session's default, however short the routine itself (H2).
    const prescription = {
      coreMovementIds: [],
      maxMovements: 2,
      avoidMovementIds: [],
      lowerDoseMovementIds: [],
      notes: [],
    };
    const fresh = routineFromJournal(
      snapshot({ profile: { equipment: [], newToSoftTissue: true }, prescription }),
      { now: NOW },
    );
    expect(fresh.minutes).toBe(6);
    expect(fresh.routine.totalSeconds).toBeLessThan(6 * 60);
  });

  it("says what shaped the routine in plain words, its rules apart, line by line", () => {
    const { explanation, explanationRules } = routineContextFromJournal(
      snapshot({
        profile: { equipment: ["foam-roller", "massage-ball"], newToSoftTissue: true },
        bodyChecks: [
          check("2026-11-20", "2026-11-20T08:00:00Z", [
            ["calves-left", 7],
            ["it-band", 4],
          ]),
        ],
        painFlags: [
          {
            id: "1",
            region: "calves",
            side: "left",
            kind: "sharp",
            openedAt: "2026-11-20T08:00:00Z",
          },
        ],
        persistentTenderness: ["hip-flexors"],
        focusRegions: ["lower-back"],
      }),
      { now: NOW },
    );
    expect(explanation).toEqual([
      "Kit from your profile: foam roller, massage ball.",
      "New to soft-tissue work: light pressure and short sessions.",
      "Tight regions from your body check of Fri 20 Nov: left calf 7/10, IT band 4/10.",
      "Open pain flags: sharp pain in your left calf.",
      "Tender in 3 or more sessions in a row: hip flexors; scale back and consider a professional.",
      "Your professional's plan emphasises lower back.",
    ]);
    expect(explanationRules).toEqual([
      [],
      ["S8"],
      ["A1", "A2"],
      ["X2", "X3"],
      ["S11", "X4"],
      ["C1"],
    ]);
    for (const line of explanation)
      expect(line).not.toMatch(/\([A-Z]\d+|calves-left|it-band|hip-flexors|lower-back|foam-roller/);
  });

  it("takes the week plan's session, minutes and lower pressure for a lighter day after a run (L8), the day's own caps left to the engine", () => {
    const lighter = {
      kind: "post-run" as const,
      time: "08:45",
      minutes: 5,
      reasons: ["L4", "T1", "L8"] as const,
      note: "Easy run: gentle movement for circulation.",
      pressureCap: "light" as const,
    };
    const run = { todaysActivity: { sport: "run" as const, type: "easy" as const, minutes: 40 } };
    const { context, explanation, explanationRules } = routineContextFromJournal(
      snapshot({ ...run, plannedToday: [{ ...lighter, reasons: [...lighter.reasons] }] }),
      { now: NOW },
    );
    expect(context).toMatchObject({
      session: "post-run",
      minutes: 5,
      minutesFrom: "plan",
      pressureCap: { level: "light", rules: ["L8"] },
    });
    // The plan's minutes are the plan's: a routine short of them does not say the runner gave them.
    const short = buildRoutine({ ...context, maxMovements: 1 }, MOVEMENTS, 1);
    const said = short.warnings.map((w) => w.message).join(" ");
    expect(short.totalSeconds).toBeLessThan(5 * 60 * 0.9);
    expect(said).toMatch(/shorter than the 5 minutes this week's plan gives it/);
    expect(said).not.toMatch(/you gave/);
    expect(explanation.at(-1)).toBe(
      "Easy run: gentle movement for circulation. This week's plan gives it 5 min.",
    );
    expect(explanationRules.at(-1)).toEqual(["L4", "T1", "L8"]);
    // A priming session's light cap is the engine's own for a warm-up: nothing to pass on.
    const priming = routineContextFromJournal(
      snapshot({
        plannedToday: [
          { ...lighter, kind: "pre-run", reasons: ["T3"], note: "Priming before the tempo run." },
        ],
      }),
      { now: NOW },
    );
    expect(priming.context.session).toBe("pre-run");
    expect(priming.context.pressureCap).toBeUndefined();
  });

  /** A long run today and the week plan's care after it. */
  const long = { todaysActivity: { sport: "run" as const, type: "long" as const, minutes: 95 } };
  const postRun = {
    kind: "post-run" as const,
    time: "20:55",
    minutes: 18,
    reasons: ["L2" as const, "L6" as const, "T1" as const],
    note: "Essentials after the long run.",
  };

  it("L6, T2: promises a later session only when the week plan still holds one today", () => {
    const evening = { ...postRun, kind: "evening" as const, time: "21:15", minutes: 15 };
    // The plan has the evening session after it: the routine says so.
    const both = routineFromJournal(snapshot({ ...long, plannedToday: [postRun, evening] }), {
      now: NOW,
    });
    expect(both.context.noLaterSession).toBeUndefined();
    expect(both.routine.followUp?.session).toBe("evening");
    // A run that ended too late for one: no evening session is promised, and the note says why.
    const late = routineFromJournal(snapshot({ ...long, plannedToday: [postRun] }), { now: NOW });
    expect(late.context.noLaterSession).toBe(true);
    expect(late.routine.followUp).toBeUndefined();
    expect(late.routine.notes).toContain(
      "The week plan has no later session for today, so this is today's care.",
    );
  });

  it("S8, L6: a day the week plan holds no care (a starter's day off) promises no evening session", () => {
    const off = routineFromJournal(snapshot({ ...long, plannedToday: [] }), { now: NOW });
    expect(off.session).toBe("post-run");
    expect(off.context.noLaterSession).toBe(true);
    expect(off.routine.followUp).toBeUndefined();
    expect(off.routine.notes).toContain(
      "The week plan has no later session for today, so this is today's care.",
    );
    // Once a session is logged on such a day, more is a short extra, not the same care again.
    const again = routineFromJournal(
      snapshot({ ...long, plannedToday: [], loggedToday: ["post-run"] }),
      { now: NOW },
    );
    expect(again.session).toBe("mini");
    expect(again.context).toMatchObject({ plannedDone: true, noLaterSession: true });
    expect(again.routine.notes?.[0]).toBe(
      "Today's care is done. This is an extra, short and easy, if you want more.",
    );
    // With no plan known (an older snapshot), the guide's evening session is still offered.
    const unknown = routineFromJournal(snapshot({ ...long }), { now: NOW });
    expect(unknown.routine.followUp?.session).toBe("evening");
  });

  it("T3: once every planned session of the day is logged, an extra is a short mini session, said to be one", () => {
    const done = routineFromJournal(
      snapshot({ ...long, plannedToday: [postRun], loggedToday: ["post-run"] }),
      { now: NOW },
    );
    expect(done.session).toBe("mini");
    expect(done.context).toMatchObject({ plannedDone: true, noLaterSession: true });
    expect(done.routine.notes?.[0]).toBe(
      "Today's care is done. This is an extra, short and easy, if you want more.",
    );
    expect(done.routine.followUp).toBeUndefined();
    // Not yet done: the post-run care as planned, no extra.
    const due = routineFromJournal(snapshot({ ...long, plannedToday: [postRun] }), { now: NOW });
    expect(due.session).toBe("post-run");
    expect(due.context.plannedDone).toBeUndefined();
    // A session the runner asks for by name is theirs: nothing is said about the plan.
    const asked = routineFromJournal(
      snapshot({ ...long, plannedToday: [postRun], loggedToday: ["post-run"] }),
      { now: NOW, session: "evening" },
    );
    expect(asked.context.plannedDone).toBeUndefined();
  });

  it("splits a line's closing rule codes from its words", () => {
    expect(splitRuleCodes("Starting small: 2 movements a session (H2, S8).")).toEqual({
      text: "Starting small: 2 movements a session.",
      rules: ["H2", "S8"],
    });
    expect(splitRuleCodes("No codes here (Frandsen et al., 2025).")).toEqual({
      text: "No codes here (Frandsen et al., 2025).",
      rules: [],
    });
  });

  it("counts the day in the runner's zone for the default seed", () => {
    const s = snapshot({ timeZone: "Pacific/Auckland", day: "2026-11-21" });
    expect(routineFromJournal(s, { now: "2026-11-20T19:00:00Z" }).seed).toBe(20261121);
  });

  it("gives the same routine for a snapshot and its JSON copy, whatever the options", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom("mini", "evening", "post-run"),
        (minutes, session) => {
          const s = snapshot({
            bodyChecks: [
              check("2026-11-20", "2026-11-20T08:00:00Z", [
                ["calves-left", 7],
                ["hips", 4],
              ]),
            ],
            recentMovementIds: ["foam-roll-calves"],
            recentSessions: 1,
            persistentTenderness: ["hamstrings"],
            focusRegions: ["thoracic"],
          });
          const copy = JSON.parse(JSON.stringify(s)) as JournalSnapshot;
          const opts = { now: NOW, minutes, session: session as "mini" };
          expect(routineFromJournal(copy, opts)).toEqual(routineFromJournal(s, opts));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("today's activity", () => {
  const run = runAt;

  it("is the last finished activity, with the runner's type winning", () => {
    const runs = [
      run("2026-11-21T06:00:00Z", 30, { typeOverride: "tempo" }),
      run("2026-11-21T07:50:00Z", 60),
    ];
    expect(todaysActivity(runs, NOW)).toEqual({ sport: "run", type: "tempo", minutes: 30 });
    expect(todaysActivity(runs, "2026-11-21T09:00:00Z")).toEqual({ sport: "run", minutes: 60 });
    expect(
      todaysActivity([run("2026-11-21T07:00:00Z", 30, { planned: true })], NOW),
    ).toBeUndefined();
  });

  it("counts a run dated today with no time as done, even one logged soon after midnight", () => {
    const midnight = "2026-11-21T00:00:00Z";
    const dated = run(midnight, 95, { typeOverride: "long" });
    dated.activity.dateOnly = true;
    // At 00:15 a 95-minute run from midnight has not "ended", but the runner logged it as run.
    expect(todaysActivity([dated], "2026-11-21T00:15:00Z")).toEqual({
      sport: "run",
      type: "long",
      minutes: 95,
    });
    // With a time of day it is still judged by its end: not finished at 00:15.
    expect(todaysActivity([run(midnight, 95)], "2026-11-21T00:15:00Z")).toBeUndefined();
  });
});

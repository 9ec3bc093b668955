/**
 * The offline app builds today's routine from the snapshot /api/today sends, with the same
 * core function as the server: for the same journal it must give the same context, the same
 * seed and the same routine.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routineFromJournal, type JournalSnapshot } from "../core/journal/routine-context.js";
import type { TodayAnswer } from "../core/schemas/today.js";
import { sampleRoutine } from "../store/test-support/fixtures.js";
import { ENGINES, startHarness, type Harness } from "./test-support/harness.js";

// 08:00 on Saturday 21 Nov in Auckland; still Friday the 20th in UTC.
const NOW = new Date("2026-11-20T19:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000).toISOString();

describe.each(ENGINES)("offline routine = server routine on %s", (engine) => {
  let h: Harness;
  let clock = NOW;
  const send = async (method: "POST" | "PUT", url: string, payload: object) => {
    const res = await h.app.inject({ method, url, payload });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json() as { id: string };
  };

  beforeAll(async () => {
    h = await startHarness(engine, "local", { now: () => clock });
    await send("PUT", "/api/profile", {
      name: "Ana",
      timeZone: "Pacific/Auckland",
      equipment: ["foam-roller", "band"],
      newToSoftTissue: true,
    });
    await send("POST", "/api/body-checks", {
      date: "2026-11-19",
      entries: [
        { region: "calves", stiffness: 8, tenderness: 5 },
        { region: "hamstrings-left", stiffness: 7, tenderness: 1 },
      ],
    });
    await send("POST", "/api/body-checks", {
      date: "2026-11-21",
      entries: [
        { region: "glutes", stiffness: 2, tenderness: 0 },
        { region: "hamstrings-left", stiffness: 0, tenderness: 0 },
      ],
    });
    await send("POST", "/api/pain-flags", { region: "shins-right", kind: "niggle" });
    const sharp = await send("POST", "/api/pain-flags", { region: "feet", kind: "sharp" });
    await send("POST", `/api/pain-flags/${sharp.id}/resolve`, {});
    for (const [h_, soreness] of [
      [70, 6],
      [46, 5],
      [22, 7],
    ] as const) {
      await send("POST", "/api/sessions", {
        routine: sampleRoutine,
        startedAt: hoursAgo(h_),
        after: { soreness },
      });
    }
    await send("POST", "/api/runs", { startTime: hoursAgo(3), type: "long", minutes: 95, km: 18 });
  });
  afterAll(() => h.close());

  async function today(query = ""): Promise<TodayAnswer> {
    const res = await h.app.inject({ url: `/api/today${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TodayAnswer;
  }

  it("rebuilds the server's routine from the snapshot it sent, at every time budget", async () => {
    for (const minutes of [undefined, 5, 12, 25]) {
      const answer = await today(minutes === undefined ? "" : `?minutes=${minutes}`);
      const { context: facts, snapshot, ...routine } = answer;
      // What the app stores and reads back: plain JSON.
      const cached = JSON.parse(JSON.stringify(snapshot)) as JournalSnapshot;
      const offline = routineFromJournal(cached, {
        now: NOW,
        ...(minutes !== undefined ? { minutes } : {}),
      });
      expect(offline.routine).toEqual(routine);
      expect(offline.seed).toBe(facts.seed);
      expect(offline.session).toBe(facts.session);
      // The minutes asked for, else the default for the session after a long run (L2: 18).
      expect(facts.minutes).toBe(minutes ?? 18);
      expect(offline.minutes).toBe(facts.minutes);
      expect(offline.explanation).toEqual(facts.explanation);
      expect(offline.day).toBe("2026-11-21");
    }
  });

  it("sends everything the server used: recent checks, flags, today's run, variety and tenderness", async () => {
    const { snapshot, context } = await today();
    expect(snapshot.bodyChecks.map((c) => c.date)).toEqual(["2026-11-19", "2026-11-21"]);
    expect(snapshot.todaysActivity).toEqual({ sport: "run", type: "long", minutes: 95 });
    expect(snapshot.persistentTenderness).toContain("calves");
    expect(snapshot.recentMovementIds.length).toBeGreaterThan(0);
    const built = routineFromJournal(snapshot, { now: NOW });
    expect(built.context).toMatchObject({
      equipment: ["foam-roller", "band"],
      newToRolling: true,
      tight: { calves: 8, glutes: 2 },
      pain: [{ region: "shins-right", kind: "niggle" }],
      recoveringRegions: ["feet"],
      run: "long",
      persistentTenderness: snapshot.persistentTenderness,
    });
    expect(built.context.tight).not.toHaveProperty("hamstrings-left");
    expect(context.seed).toBe(20261121);
  });

  it("agrees on the next day too: a snapshot from yesterday gives what the server gives today without new data", async () => {
    const { snapshot } = await today();
    clock = new Date(NOW.getTime() + 86_400_000);
    try {
      const { context: facts, snapshot: fresh, ...routine } = await today();
      expect(fresh.todaysActivity).toBeUndefined();
      const offline = routineFromJournal(snapshot, { now: clock });
      expect(offline.context.run).toBeUndefined();
      expect(offline.seed).toBe(facts.seed);
      expect(offline.routine).toEqual(routine);
    } finally {
      clock = NOW;
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Routine } from "../../core/routine/types.js";
import { ensureUser, runsRepository } from "../../store/index.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { sampleRoutine, sampleRun } from "../../store/test-support/fixtures.js";
import { addBodyCheck } from "./body-checks.js";
import { addPainFlag, resolvePainFlag } from "./pain-flags.js";
import { updateProfile } from "./profile.js";
import { addManualRun } from "./runs.js";
import { logSession } from "./sessions.js";
import { todayContext, todayRoutine } from "./today.js";
import { weekPlan } from "../coach/week.js";
import { addPlannedRun } from "../planned/planned-runs.js";

const U = "u1";
// 08:00 on 21 Nov in Auckland (UTC+13).
const NOW = new Date("2026-11-20T19:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);

function routineWith(ids: string[]): Routine {
  const base = sampleRoutine.items[0]!;
  return { ...sampleRoutine, items: ids.map((id) => ({ ...base, id, regions: ["calves"] })) };
}

/** Easy 10 km runs every fourth day over the past month, the longest 60 min (the L12 baseline). */
async function addEasyMonth(db: TestDatabase["database"]): Promise<void> {
  for (let d = 4; d <= 28; d += 4) {
    await addManualRun(
      db,
      U,
      { type: "easy", minutes: 60, km: 10, startTime: hoursAgo(24 * d).toISOString() },
      { now: NOW },
    );
  }
}

/** A second runner in Auckland with an empty journal. */
async function secondRunner(db: TestDatabase["database"]): Promise<string> {
  await ensureUser(db, "u2");
  await updateProfile(db, "u2", { timeZone: "Pacific/Auckland" });
  return "u2";
}

describe.each(ENGINES)("today's context on %s", (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    await ensureUser(t.database, U);
  });
  afterEach(() => t.dispose());

  it("cares for the legs as after a long run when today's run is much longer than the month's longest (L12)", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "Pacific/Auckland" });
    // Easy 10 km runs over the past month, the longest 60 min; today an easy 14 km in 84 min.
    await addEasyMonth(db);
    await addManualRun(db, U, { type: "easy", minutes: 84, km: 14 }, { now: hoursAgo(1) });
    const { context, explanation, explanationRules } = await todayContext(db, U, { now: NOW });
    expect(context.run).toBe("long");
    const big = explanation.findIndex((l) => /40% longer/.test(l));
    expect(explanationRules[big]).toContain("L12");

    // The same run at its usual length is just an easy run.
    const other = await secondRunner(db);
    await addManualRun(
      db,
      other,
      { type: "easy", minutes: 60, km: 10, startTime: hoursAgo(96).toISOString() },
      { now: NOW },
    );
    await addManualRun(db, other, { type: "easy", minutes: 60, km: 10 }, { now: hoursAgo(1) });
    const plain = await todayContext(db, other, { now: NOW });
    expect(plain.context.run).toBe("easy");
    expect(plain.explanation.join(" ")).not.toMatch(/longer than your longest/);
    expect(plain.explanationRules.flat()).not.toContain("L12");
  });

  it("names yesterday's big run for the command's closing line, read with the snapshot, which keeps only today's (L12)", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "Pacific/Auckland" });
    // Easy 10 km runs over the past month; yesterday an easy 14 km in 84 min; nothing today.
    await addEasyMonth(db);
    await addManualRun(
      db,
      U,
      { type: "easy", minutes: 84, km: 14, startTime: hoursAgo(24).toISOString() },
      { now: NOW },
    );
    const today = await todayRoutine(db, U, { now: NOW });
    expect(today.bigRun?.date).toBe("2026-11-20");
    expect(today.bigRun?.message).toMatch(/40% longer/);
    expect(today.snapshot.bigRun).toBeUndefined();

    // A month of the same runs and no long one: nothing to name.
    const other = await secondRunner(db);
    await addManualRun(
      db,
      other,
      { type: "easy", minutes: 60, km: 10, startTime: hoursAgo(48).toISOString() },
      { now: NOW },
    );
    expect((await todayRoutine(db, other, { now: NOW })).bigRun).toBeUndefined();
  });

  it("assumes no kit and nothing else for an empty journal, and takes the week plan's mini session", async () => {
    const { context, explanation } = await todayContext(t.database, U, { now: NOW });
    // No run planned: the plan's session for a free day is the daily mini session (T3).
    expect(context).toEqual({ equipment: [], session: "mini", minutes: 6, minutesFrom: "plan" });
    expect(explanation[0]).toMatch(/No profile yet/);
    expect(explanation.at(-1)).toBe(
      "Daily mini session: dynamic, low load, ankles to hips to spine to shoulders. This week's plan gives it 6 min.",
    );
  });

  it("gives the rest day's longer session on a weekday the runner's four weeks of logged runs leave free (L7)", async () => {
    const db = t.database;
    // NOW is a Friday evening: four weeks of easy runs on every other weekday but Thursday.
    for (let back = 1; back <= 28; back++) {
      const at = hoursAgo(24 * back + 11); // 08:00 UTC
      if (at.getUTCDay() === 5 || at.getUTCDay() === 4) continue;
      await addManualRun(
        db,
        U,
        { type: "easy", minutes: 40, km: 8, startTime: at.toISOString() },
        { now: NOW },
      );
    }
    const { context } = await todayContext(db, U, { now: NOW });
    expect(context.session).toBe("rest-day");
    const plan = await weekPlan(db, U, NOW);
    expect(plan.days[0]!.flags).toMatchObject({ restDay: true, noRunPlanned: false });
    // The weekdays they run on, with no run planned: the daily mini session, not a rest day.
    const unplanned = plan.days.filter((d) => d.flags.noRunPlanned);
    expect(unplanned.map((d) => d.weekday)).toEqual(["Sunday", "Monday", "Tuesday", "Wednesday"]);
    for (const d of unplanned) expect(d.sessions.map((s) => s.kind)).toEqual(["mini"]);
  });

  it("builds the session the week plan has next today, and the week names the same (L7, L6, T2)", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "Pacific/Auckland" });
    const day = "2026-11-21";
    // Running is planned (Monday's run), so a day without one is a rest day with L7's session.
    await addPlannedRun(db, U, { date: "2026-11-23", type: "easy", minutes: 40 }, { now: NOW });
    const next = async (now: Date) => {
      const [today, plan] = await Promise.all([todayRoutine(db, U, { now }), weekPlan(db, U, now)]);
      const planned = plan.days[0]!.sessions.find((s) => !s.done);
      return { today, planned };
    };

    const rest = await next(NOW);
    expect(rest.today.day).toBe(day);
    expect(rest.today.session).toBe("rest-day");
    expect(rest.planned).toMatchObject({ kind: "rest-day", minutes: rest.today.minutes });
    expect(rest.today.minutes).toBeGreaterThan(7);
    const line = rest.today.explanation.indexOf(
      `${rest.planned!.note} This week's plan gives it ${rest.planned!.minutes} min.`,
    );
    expect(line).toBeGreaterThan(0);
    expect(rest.today.explanationRules[line]).toEqual(expect.arrayContaining(["L7", "T6"]));

    // The runner's minutes win; the kind still comes from the plan.
    const short = await todayRoutine(db, U, { now: NOW, minutes: 5 });
    expect([short.session, short.minutes]).toEqual(["rest-day", 5]);
    // A session the runner names wins over the plan.
    expect((await todayRoutine(db, U, { now: NOW, session: "evening" })).session).toBe("evening");

    // Done with it: nothing is left in the plan for today, so the engine's default follows.
    await logSession(
      db,
      U,
      { routine: rest.today.routine, kind: "rest-day", startedAt: NOW.toISOString() },
      { now: new Date(NOW.getTime() + 3600_000) },
    );
    const after = await next(new Date(NOW.getTime() + 2 * 3600_000));
    expect(after.planned).toBeUndefined();
    // The snapshot (which the app caches for offline) says what is logged, and the plan.
    expect(after.today.snapshot.loggedToday).toEqual(["rest-day"]);
    expect(after.today.snapshot.plannedToday?.map((s) => s.kind)).toEqual(["rest-day"]);
    expect(after.today.session).toBe("mini");
    expect(after.today.explanation.some((l) => l.includes("This week's plan"))).toBe(false);
  });

  it("after a long run, gives the post-run session, then the plan's evening follow-up once it is logged (L6, T2)", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "Pacific/Auckland" });
    // A long run from 06:00 to 07:40 local; now is 08:00.
    await addManualRun(
      db,
      U,
      { type: "long", minutes: 100, km: 18, startTime: hoursAgo(2).toISOString() },
      { now: NOW },
    );
    const first = await todayRoutine(db, U, { now: NOW });
    expect(first.session).toBe("post-run");
    const plan = await weekPlan(db, U, NOW);
    expect(plan.days[0]!.sessions.map((s) => s.kind)).toEqual(["post-run", "evening"]);
    expect(first.minutes).toBe(plan.days[0]!.sessions[0]!.minutes);

    await logSession(
      db,
      U,
      { routine: first.routine, kind: "post-run", startedAt: NOW.toISOString() },
      { now: new Date(NOW.getTime() + 1800_000) },
    );
    const later = new Date(NOW.getTime() + 9 * 3600_000);
    const evening = await todayRoutine(db, U, { now: later });
    expect(evening.session).toBe("evening");
    expect(evening.minutes).toBe(plan.days[0]!.sessions[1]!.minutes);
  });

  it("reads kit, tight regions, open pain flags and today's run in the runner's time zone", async () => {
    const db = t.database;
    await updateProfile(db, U, {
      timeZone: "Pacific/Auckland",
      equipment: ["foam-roller", "band"],
      newToSoftTissue: true,
    });
    await addBodyCheck(
      db,
      U,
      {
        entries: [
          { region: "calves-left", stiffness: 7, tenderness: 2 },
          { region: "quads", stiffness: 0, tenderness: 0 },
        ],
      },
      { now: hoursAgo(30) },
    );
    await addBodyCheck(
      db,
      U,
      {
        entries: [
          { region: "hamstrings", stiffness: 5, tenderness: 1 },
          { region: "glutes", side: "right", stiffness: 3, tenderness: 0 },
        ],
      },
      { now: hoursAgo(2) },
    );
    const open = await addPainFlag(
      db,
      U,
      { region: "shins-right", kind: "niggle" },
      { now: hoursAgo(5) },
    );
    const old = await addPainFlag(db, U, { region: "feet", kind: "sharp" }, { now: hoursAgo(50) });
    await resolvePainFlag(db, U, old.id, { now: hoursAgo(40) });
    // Yesterday's run in Auckland (though the same UTC day): not today's.
    await addManualRun(
      db,
      U,
      { type: "tempo", minutes: 40, startTime: "2026-11-20T09:00:00Z" },
      { now: NOW },
    );
    // This morning's long run: today's.
    await addManualRun(
      db,
      U,
      { type: "long", minutes: 95, startTime: "2026-11-20T16:00:00Z" },
      { now: NOW },
    );
    const { context, explanation, day } = await todayContext(db, U, { now: NOW, minutes: 20 });
    expect(day).toBe("2026-11-21");
    expect(context).toMatchObject({
      equipment: ["foam-roller", "band"],
      newToRolling: true,
      tight: { hamstrings: 5, "glutes-right": 3 },
      pain: [{ region: "shins-right", kind: "niggle" }],
      run: "long",
      minutes: 20,
    });
    expect(context.session).toBeUndefined();
    expect(explanation.join("\n")).toMatch(/Today's run: long, 95 min/);
    expect(open.id).toBeTruthy();
  });

  it("counts a run that began before midnight and ended after it as today's run", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "UTC" });
    await addEasyMonth(db);
    const justAfterMidnight = new Date("2026-11-21T00:20:00Z");
    // Logged by hand at 00:20: an easy 14 km in 84 min that ends now began at 22:56 the day
    // before, 40% longer than the month's longest, so L12 shapes today's session too.
    await addManualRun(db, U, { type: "easy", minutes: 84, km: 14 }, { now: justAfterMidnight });
    const { context, explanation, explanationRules, day } = await todayContext(db, U, {
      now: justAfterMidnight,
    });
    expect(day).toBe("2026-11-21");
    expect(context.run).toBe("long");
    expect(explanation.join("\n")).toMatch(/Today's run: easy, 84 min/);
    expect(explanationRules[explanation.findIndex((l) => /40% longer/.test(l))]).toContain("L12");
    // A day later, an evening run that ended before midnight stays yesterday's.
    const evening = new Date("2026-11-22T00:20:00Z");
    await addManualRun(
      db,
      U,
      { type: "tempo", minutes: 40, startTime: "2026-11-21T22:00:00Z" },
      { now: evening },
    );
    const next = await todayContext(db, U, { now: evening });
    expect(next.context.run).toBeUndefined();
  });

  it("counts a run dated today as run, when it is logged soon after midnight", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "UTC" });
    const quarterPast = new Date("2026-11-21T00:15:00Z");
    // Dated today with no time, it is kept on today from midnight: 95 min would "end" at 01:35.
    await addManualRun(
      db,
      U,
      { type: "long", minutes: 95, date: "2026-11-21" },
      { now: quarterPast },
    );
    const { context, explanation } = await todayContext(db, U, { now: quarterPast });
    expect(context.run).toBe("long");
    expect(explanation.join("\n")).toMatch(/Today's run: long, 95 min/);
  });

  it("ignores a run that has not finished yet and a stale body check", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "UTC" });
    await addBodyCheck(
      db,
      U,
      { date: "2026-10-01", entries: [{ region: "calves", stiffness: 8, tenderness: 2 }] },
      { now: NOW },
    );
    await runsRepository(db).insertRun(U, sampleRun("2026-11-20T18:30:00Z", 10_000)); // 60 min from 18:30: ends 19:30
    const { context, explanation } = await todayContext(db, U, { now: NOW });
    expect(context.tight).toBeUndefined();
    expect(context.run).toBeUndefined();
    expect(explanation.join("\n")).toMatch(/older than 28 days/);
  });

  it("treats a cross-training activity as a cross workout", async () => {
    await updateProfile(t.database, U, { timeZone: "UTC" });
    await runsRepository(t.database).insertRun(
      U,
      sampleRun("2026-11-20T10:00:00Z", 30_000, { sport: "cycling" }),
    );
    expect((await todayContext(t.database, U, { now: NOW })).context).toMatchObject({
      workout: "cross",
    });
  });

  it("warns about a region tender in 3 sessions in a row, not when the streak is broken", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "UTC" });
    const log = (h: number, soreness: number, ids = ["foam-roll-calves"]) =>
      logSession(db, U, { routine: routineWith(ids), after: { soreness } }, { now: hoursAgo(h) });
    await log(80, 5);
    await log(60, 1); // breaks the streak
    await log(40, 5);
    await log(20, 6);
    expect((await todayContext(db, U, { now: NOW })).context.persistentTenderness).toBeUndefined();
    await log(3, 4);
    const { context, explanation, explanationRules } = await todayContext(db, U, { now: NOW });
    expect(context.persistentTenderness).toEqual(["calves"]);
    const tender = explanation.findIndex((l) => /Tender in .* sessions in a row: calves;/.test(l));
    expect(explanationRules[tender]).toEqual(["S11", "X4"]);
  });

  it("counts body-check tenderness on a session's day toward the streak", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "UTC" });
    for (const h of [70, 46, 22]) {
      const at = hoursAgo(h);
      await addBodyCheck(
        db,
        U,
        { entries: [{ region: "hamstrings", side: "left", stiffness: 3, tenderness: 6 }] },
        { now: at },
      );
      await logSession(db, U, { routine: sampleRoutine, after: { soreness: 1 } }, { now: at });
    }
    expect((await todayContext(db, U, { now: NOW })).context.persistentTenderness).toEqual([
      "hamstrings",
    ]);
  });

  it("lists the movements of the last three routines for variety", async () => {
    const db = t.database;
    await logSession(db, U, { routine: routineWith(["a1"]) }, { now: hoursAgo(40) });
    await logSession(db, U, { routine: routineWith(["b1", "b2"]) }, { now: hoursAgo(30) });
    await logSession(db, U, { routine: routineWith(["c1"]) }, { now: hoursAgo(20) });
    await logSession(db, U, { routine: routineWith(["d1"]) }, { now: hoursAgo(10) });
    const { context } = await todayContext(db, U, { now: NOW });
    expect(new Set(context.recentMovementIds)).toEqual(new Set(["b1", "b2", "c1", "d1"]));
  });

  it("builds today's routine with the engine from the journal's context", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "UTC", equipment: ["foam-roller"] });
    await addManualRun(db, U, { type: "long", minutes: 90 }, { now: hoursAgo(1) });
    const a = await todayRoutine(db, U, { now: NOW, minutes: 15 });
    const b = await todayRoutine(db, U, { now: NOW, minutes: 15 });
    expect(a.routine).toEqual(b.routine);
    expect(a.routine.items.length).toBeGreaterThan(0);
    expect(a.routine.totalSeconds).toBe(a.routine.items.reduce((s, i) => s + i.seconds, 0));
    // Only kit the profile lists.
    for (const item of a.routine.items)
      for (const e of item.equipment) expect(e).toBe("foam-roller");
  });

  it("lightens the session and cites L9 when this week's load spikes over the last four", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "UTC", equipment: ["foam-roller"] });
    const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
    // Five weeks of 30-minute easy runs every other day, then a week of daily long runs.
    for (let n = 35; n >= 8; n -= 2)
      await addManualRun(
        db,
        U,
        { type: "easy", minutes: 30, rpe: 3, startTime: day(n) },
        { now: NOW },
      );
    for (let n = 6; n >= 1; n -= 1)
      await addManualRun(
        db,
        U,
        { type: "long", minutes: 120, rpe: 7, startTime: day(n) },
        { now: NOW },
      );
    const { context, explanationRules, routine } = await todayRoutine(db, U, { now: NOW });
    expect(context.lighten?.reason).toBe("load-spike");
    expect(explanationRules.flat()).toContain("L9");
    expect(routine.reasons).toContain("L9");
    for (const item of routine.items) expect(item.pressure ?? "light").toBe("light");
  });

  it("leaves the session as it is when the load is steady", async () => {
    const db = t.database;
    await updateProfile(db, U, { timeZone: "UTC", equipment: ["foam-roller"] });
    for (let n = 40; n >= 1; n -= 2) {
      await addManualRun(
        db,
        U,
        {
          type: "easy",
          minutes: 40,
          rpe: 4,
          startTime: new Date(NOW.getTime() - n * 86_400_000).toISOString(),
        },
        { now: NOW },
      );
    }
    const { context } = await todayContext(db, U, { now: NOW });
    expect(context.lighten).toBeUndefined();
  });
});

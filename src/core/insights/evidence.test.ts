import { describe, expect, it } from "vitest";
import { sessionOn } from "../plan/fixtures.js";
import type { BodyCheck, SessionLog } from "../journal/types.js";
import { addDays } from "../time/calendar.js";
import { tightnessSeen } from "./evidence.js";
import { computeInsights } from "./insights.js";
import { randomSource } from "./simulated-runner.js";

const START = "2026-09-01";
const DAYS = 70;

/**
 * Sessions on most days: "calf-roll" truly lowers stiffness by `effect` points and is done on
 * about half of the days; "leg-swing" makes no difference but is done on most of calf-roll's
 * days and few others (it overlaps with it); "figure-four" and "foot-ball" make no difference
 * and come and go on their own.
 */
function journal(seed: number, effect: number, paired = false) {
  const r = randomSource(seed);
  const sessions = [];
  for (let i = 0; i < DAYS; i++) {
    if (r.uniform() < 0.2) continue;
    const calf = r.uniform() < 0.5;
    const ids = [
      ...(calf ? ["calf-roll"] : []),
      ...((calf ? r.uniform() < 0.8 : r.uniform() < 0.2) ? ["leg-swing"] : []),
      // a habit: always done together with calf-roll, never without it
      ...(paired && calf ? ["cat-cow"] : []),
      ...(r.uniform() < 0.5 ? ["figure-four"] : []),
      ...(r.uniform() < 0.5 ? ["foot-ball"] : []),
      "hip-circles",
    ];
    const level = 4 + r.normal() * 0.8;
    const before = Math.round(level + r.normal() * 0.6);
    const after = Math.round(level - 0.5 + (calf ? -effect : 0) + r.normal() * 0.7);
    sessions.push(
      sessionOn(addDays(START, i), "07:00", ids, {
        before: { stiffness: before },
        after: { stiffness: after },
      }),
    );
  }
  return insightsOf(sessions);
}

/** Insights on the last day of the window, from sessions (and body checks, if any). */
function insightsOf(sessions: SessionLog[], bodyChecks: BodyCheck[] = []) {
  return computeInsights({
    today: addDays(START, DAYS - 1),
    timeZone: "UTC",
    sessions,
    runs: [],
    romTests: [],
    bodyChecks,
    runComfort: [],
  });
}

describe("attribution among techniques done together", () => {
  it("P5: the technique that helps is named for most runners; one that overlaps with it, or has none of it, rarely", () => {
    let named = 0;
    let overlapClaimed = 0;
    let otherClaimed = 0;
    const RUNNERS = 40;
    for (let seed = 1; seed <= RUNNERS; seed++) {
      const report = journal(seed, 1.2);
      const verdict = (id: string) => report.techniques.find((t) => t.movementId === id)?.verdict;
      if (verdict("calf-roll") === "helps") named++;
      if (verdict("leg-swing") === "helps") overlapClaimed++;
      if (["figure-four", "foot-ball"].some((id) => verdict(id) === "helps")) otherClaimed++;
    }
    console.log(
      `overlap: helpful named ${named}/${RUNNERS}, overlapping claimed ${overlapClaimed}, others ${otherClaimed}`,
    );
    // A neighbour on most of its days costs some precision (the data that separate the two
    // are the days with one and not the other), so the bar here is "most runners"; the
    // point is that the neighbour does not take the credit.
    expect(named / RUNNERS).toBeGreaterThanOrEqual(0.6);
    expect(overlapClaimed / RUNNERS).toBeLessThanOrEqual(0.1);
    expect(otherClaimed / RUNNERS).toBeLessThanOrEqual(0.1);
  });

  it("P5: with no technique that helps, almost no runner is told one helps", () => {
    let claimed = 0;
    const RUNNERS = 40;
    for (let seed = 101; seed <= 100 + RUNNERS; seed++) {
      const report = journal(seed, 0);
      if (report.techniques.some((t) => t.verdict === "helps")) claimed++;
    }
    expect(claimed / RUNNERS).toBeLessThanOrEqual(0.1);
  });

  it("P5: a habit done beside a technique too rare for a column of its own does not take its credit", () => {
    // "calf-roll" helps and is done on every ninth day, too few session days for a column of
    // its own; "cat-cow" is done by habit with it, and on three days of its own.
    let creditedHabit = 0;
    let grouped = 0;
    const RUNNERS = 20;
    for (let seed = 301; seed <= 300 + RUNNERS; seed++) {
      const r = randomSource(seed);
      const sessions = [];
      for (let i = 0; i < DAYS; i++) {
        if (i % 9 !== 0 && r.uniform() < 0.2) continue;
        const calf = i % 9 === 0;
        const ids = [
          ...(calf ? ["calf-roll", "cat-cow"] : i % 23 === 5 ? ["cat-cow"] : []),
          ...(r.uniform() < 0.5 ? ["figure-four"] : []),
          "hip-circles",
        ];
        const level = 4 + r.normal() * 0.8;
        const before = Math.round(level + r.normal() * 0.6);
        const after = Math.round(level - 0.5 + (calf ? -1.5 : 0) + r.normal() * 0.7);
        sessions.push(
          sessionOn(addDays(START, i), "07:00", ids, {
            before: { stiffness: before },
            after: { stiffness: after },
          }),
        );
      }
      const report = insightsOf(sessions);
      const habit = report.techniques.find((t) => t.movementId === "cat-cow")!;
      if (habit.verdict === "helps") creditedHabit++;
      if (habit.confoundedWith.includes("calf-roll")) grouped++;
    }
    expect(creditedHabit).toBe(0);
    expect(grouped).toBe(RUNNERS);
  });

  it("P5: two techniques always done together are named as a group the data cannot split, not each credited", () => {
    let together = 0;
    let creditedAlone = 0;
    let open = 0;
    const RUNNERS = 20;
    for (let seed = 201; seed <= 200 + RUNNERS; seed++) {
      const report = journal(seed, 1.2, true);
      const calf = report.techniques.find((t) => t.movementId === "calf-roll")!;
      const habit = report.techniques.find((t) => t.movementId === "cat-cow")!;
      // (leg-swing, on most of calf-roll's days, may join the group when only a handful of
      // days have one without the other)
      expect(calf.confoundedWith).toContain("cat-cow");
      expect(habit.confoundedWith).toContain("calf-roll");
      if (calf.verdict === "helps" || habit.verdict === "helps") creditedAlone++;
      if (calf.together?.verdict === "helps") together++;
      // The text says what the group's verdict is, not "no clear effect" for an open one.
      if (calf.together?.verdict === "helps") expect(calf.message).toMatch(/Together they help:/);
      if (calf.together?.verdict === "not-enough-data") {
        open++;
        expect(calf.message).toMatch(/Together they cannot be judged yet either:/);
      }
    }
    expect(open).toBeGreaterThan(0);
    expect(creditedAlone).toBe(0);
    expect(together / RUNNERS).toBeGreaterThanOrEqual(0.6);
  });
});

describe("next-morning evidence from body checks", () => {
  /**
   * Unrated sessions on most days and a body check of calves and hamstrings every morning:
   * "calf-roll" (calves) lowers the next morning's calves by `effect` points and nothing else;
   * "hamstring-floss" (hamstrings) and "figure-four" (calves) make no difference.
   */
  function checked(seed: number, effect: number) {
    const r = randomSource(seed);
    const sessions: SessionLog[] = [];
    const bodyChecks: BodyCheck[] = [];
    let calves = 4;
    let hamstrings = 4;
    for (let i = 0; i < DAYS; i++) {
      const date = addDays(START, i);
      const rate = (x: number) => Math.max(0, Math.min(10, Math.round(x + r.normal() * 0.5)));
      bodyChecks.push({
        id: `check-${date}`,
        date,
        entries: [
          { region: "calves", stiffness: rate(calves), tenderness: 2 },
          { region: "hamstrings", stiffness: rate(hamstrings), tenderness: 2 },
        ],
        createdAt: `${date}T06:00:00.000Z`,
      });
      const ids = [
        ...(r.uniform() < 0.5 ? ["calf-roll"] : []),
        ...(r.uniform() < 0.5 ? ["hamstring-floss"] : []),
        ...(r.uniform() < 0.5 ? ["figure-four"] : []),
      ];
      const session = r.uniform() < 0.85 && ids.length > 0;
      if (session) {
        const s = sessionOn(date, "18:00", ids);
        for (const item of s.routine.items)
          if (item.id === "hamstring-floss") item.regions = ["hamstrings"];
        sessions.push(s);
      }
      const rolled = session && ids.includes("calf-roll");
      calves = 4 + 0.5 * (calves - 4) - (rolled ? effect : 0) + r.normal() * 0.6;
      hamstrings = 4 + 0.5 * (hamstrings - 4) + r.normal() * 0.6;
    }
    return insightsOf(sessions, bodyChecks);
  }

  it("P5, A1: a technique is judged on its own region's checks, and named when it helps there", () => {
    let named = 0;
    let wrong = 0;
    const RUNNERS = 20;
    for (let seed = 401; seed <= 400 + RUNNERS; seed++) {
      const report = checked(seed, 1.2);
      const calf = report.techniques.find((t) => t.movementId === "calf-roll")!;
      const floss = report.techniques.find((t) => t.movementId === "hamstring-floss")!;
      const morning = (t: typeof calf) => t.evidence.filter((e) => e.source === "next-morning");
      // Each technique's next morning is read where it works: calves for the calf roll,
      // hamstrings for the floss, never the other region.
      expect(morning(calf).map((e) => e.region)).toEqual(["calves"]);
      expect(morning(floss).map((e) => e.region)).toEqual(["hamstrings"]);
      if (calf.verdict === "helps") {
        named++;
        expect(calf.effect!.high).toBeLessThan(0);
        expect(calf.message).toContain("calves stiffness the next morning");
      }
      for (const t of report.techniques) if (t.verdict === "helps" && t !== calf) wrong++;
    }
    console.log(`body checks: helpful named ${named}/${RUNNERS}, wrong claims ${wrong}`);
    expect(named / RUNNERS).toBeGreaterThanOrEqual(0.7);
    expect(wrong).toBeLessThanOrEqual(1);
  });

  it("P5, A1: with nothing that helps, body checks name nothing for almost every runner", () => {
    // The "helps" and "worse" families run at 2 % each: about 4 runners in 100 get a claim.
    let claimed = 0;
    const RUNNERS = 60;
    for (let seed = 501; seed <= 500 + RUNNERS; seed++) {
      const report = checked(seed, 0);
      if (report.techniques.some((t) => t.verdict === "helps" || t.verdict === "worse")) claimed++;
    }
    expect(claimed / RUNNERS).toBeLessThanOrEqual(0.1);
  });

  it("P1, A2: a technique the routine brings in on looser days does not take their lower stiffness for its own", () => {
    // Nothing acts. The morning check reads the runner's stiffness; on looser mornings (fewer
    // tight regions to serve first) the routine mostly has room for "thread-the-needle", on
    // stiffer ones mostly not; "calf-roll" and "figure-four" come by a coin. The session's
    // before-rating is noisier than the check, so the check says more about the day.
    let claimed = 0;
    const RUNNERS = 40;
    for (let seed = 601; seed <= 600 + RUNNERS; seed++) {
      const r = randomSource(seed);
      const sessions: SessionLog[] = [];
      const bodyChecks: BodyCheck[] = [];
      let level = 4;
      for (let i = 0; i < DAYS; i++) {
        const date = addDays(START, i);
        const rate = (x: number, sd: number) =>
          Math.max(0, Math.min(10, Math.round(x + r.normal() * sd)));
        const check = rate(level, 0.4);
        bodyChecks.push({
          id: `check-${date}`,
          date,
          entries: [{ region: "calves", stiffness: check, tenderness: 2 }],
          createdAt: `${date}T06:00:00.000Z`,
        });
        if (r.uniform() < 0.85) {
          const ids = [
            ...(r.uniform() < (check <= 4 ? 0.85 : 0.15) ? ["thread-the-needle"] : []),
            ...(r.uniform() < 0.5 ? ["calf-roll"] : []),
            ...(r.uniform() < 0.5 ? ["figure-four"] : []),
          ];
          sessions.push(
            sessionOn(date, "18:00", ids, {
              before: { stiffness: rate(level, 1) },
              after: { stiffness: rate(level - 0.5, 0.7) },
            }),
          );
        }
        level = 4.5 + 0.6 * (level - 4.5) + r.normal() * 1.2;
      }
      const report = insightsOf(sessions, bodyChecks);
      const thread = report.techniques.find((t) => t.movementId === "thread-the-needle");
      if (thread?.verdict === "helps" || thread?.verdict === "worse") claimed++;
    }
    console.log(`coach's choice by body check: claimed for ${claimed}/${RUNNERS} runners`);
    // Without what the coach saw in the model, about a third of these runners were told it helps.
    expect(claimed / RUNNERS).toBeLessThanOrEqual(0.1);
  });
});

describe("tightnessSeen: what the routine could have read of the body checks", () => {
  const check = (
    date: string,
    createdAt: string,
    calves: number,
    hamstrings?: number,
  ): BodyCheck => ({
    id: `check-${date}-${createdAt}`,
    date,
    entries: [
      { region: "calves", stiffness: calves, tenderness: 0 },
      ...(hamstrings === undefined
        ? []
        : [{ region: "hamstrings" as const, stiffness: hamstrings, tenderness: 0 }]),
    ],
    createdAt,
  });

  it("A2: the newest rating of each region up to the day, 0 counted, none before the first check", () => {
    const seen = tightnessSeen([
      check("2026-11-22", "2026-11-22T06:00:00Z", 6, 4),
      check("2026-11-23", "2026-11-23T06:00:00Z", 0),
    ]);
    expect(seen("2026-11-21")).toBe(0);
    expect(seen("2026-11-22")).toBe(5);
    expect(seen("2026-11-23")).toBe(2);
  });

  it("A2: a check logged after the session is left out, whatever day it is for", () => {
    const checks = [
      check("2026-11-22", "2026-11-22T06:00:00Z", 2, 2),
      // The evening's check, and the morning's entered late the next day.
      check("2026-11-23", "2026-11-23T19:00:00Z", 8),
      check("2026-11-24", "2026-11-25T09:00:00+02:00", 6, 6),
    ];
    const seen = tightnessSeen(checks);
    expect(seen("2026-11-23")).toBe(5);
    expect(seen("2026-11-23", "2026-11-23T07:30:00Z")).toBe(2);
    expect(seen("2026-11-23", "2026-11-23T19:30:00Z")).toBe(5);
    expect(seen("2026-11-24", "2026-11-24T18:00:00Z")).toBe(5);
    // 09:00 at +02:00 is 07:00 UTC: logged before a session logged at 08:00 UTC.
    expect(seen("2026-11-24", "2026-11-25T08:00:00Z")).toBe(6);
    expect(seen("2026-11-24", "2026-11-25T06:30:00Z")).toBe(5);
  });
});

import { describe, expect, it } from "vitest";
import { weekStartsOnOf, type RomTest, type SessionLog } from "../../core/journal/types.js";
import { adherence, loadSeries, loadState, romSeries, trendSeries, wins } from "./data.js";

const rom = (date: string, left: number, right: number): RomTest => ({
  id: date,
  date,
  test: "knee-to-wall",
  left,
  right,
  createdAt: `${date}T08:00:00Z`,
});
const session = (startedAt: string, before: number, after: number): SessionLog => ({
  id: startedAt,
  startedAt,
  kind: "post-run",
  routine: { totalSeconds: 0, items: [], warnings: [], reasons: [] },
  items: [{ id: "cat-cow", status: "done" }],
  before: { stiffness: before },
  after: { stiffness: after },
  createdAt: startedAt,
});

describe("progress data", () => {
  it("orders ROM points by date and keeps sides apart", () => {
    const s = romSeries([rom("2026-11-10", 9, 11), rom("2026-11-03", 8, 10)], "knee-to-wall");
    expect(s).toEqual([
      { date: "2026-11-03", left: 8, right: 10 },
      { date: "2026-11-10", left: 9, right: 11 },
    ]);
  });

  it("counts sessions in the runner's weeks: Monday-based by default, Sunday-based when set", () => {
    const sessions = [
      session("2026-11-16T07:00:00Z", 5, 3),
      session("2026-11-22T19:00:00Z", 5, 3), // a Sunday
      session("2026-11-09T07:00:00Z", 5, 3),
    ];
    expect(adherence(sessions, "2026-11-22", 4, "UTC", weekStartsOnOf(null))).toEqual([
      { week: "2026-11-09", sessions: 1 },
      { week: "2026-11-16", sessions: 2 },
    ]);
    // A week with none after the first session stays, as a week missed.
    expect(adherence(sessions.slice(2), "2026-11-22", 4, "UTC", 1)).toEqual([
      { week: "2026-11-09", sessions: 1 },
      { week: "2026-11-16", sessions: 0 },
    ]);
    // Before a first session there is no week to show.
    expect(adherence([], "2026-11-22", 4, "UTC", 1)).toEqual([]);
    // As insights count: a session with nothing done is not a session of the week.
    const skipped = { ...session("2026-11-17T07:00:00Z", 5, 5), items: [] };
    expect(adherence([...sessions, skipped], "2026-11-22", 1, "UTC", 1)).toEqual([
      { week: "2026-11-16", sessions: 2 },
    ]);
    const sunday = weekStartsOnOf({ weekStart: "sunday" });
    expect(adherence(sessions, "2026-11-22", 3, "UTC", sunday)).toEqual([
      { week: "2026-11-08", sessions: 1 },
      { week: "2026-11-15", sessions: 1 },
      { week: "2026-11-22", sessions: 1 },
    ]);
  });

  it("files a session under the runner's calendar day, not the UTC one", () => {
    // Sunday 29 November, 19:30 in Los Angeles, is Monday 30 November in UTC.
    const evening = session("2026-11-30T03:30:00Z", 5, 3);
    const zone = "America/Los_Angeles";
    expect(trendSeries([evening], [], zone)).toEqual([
      { date: "2026-11-29", stiffness: 3, source: "session" },
    ]);
    expect(adherence([evening], "2026-11-30", 2, zone, 1)).toEqual([
      { week: "2026-11-23", sessions: 1 },
      { week: "2026-11-30", sessions: 0 },
    ]);
    expect(adherence([evening], "2026-11-30", 2, "UTC", 1)).toEqual([
      { week: "2026-11-30", sessions: 1 },
    ]);
  });

  it("names ROM gains beyond the test's smallest real change and easier sessions as wins, with units", () => {
    const w = wins(
      // left +2.1 cm (beyond knee-to-wall's 1.9 cm), right +1.5 cm (within it: not yet real)
      [rom("2026-11-03", 8, 10), rom("2026-11-10", 10.1, 11.5)],
      [session("2026-11-10T07:00:00Z", 6, 3)],
      (cm) => `${cm.toFixed(1)} cm`,
      "2026-11-22",
      "UTC",
      1,
    );
    expect(w).toContain("Knee-to-wall, left: +2.1 cm since Tue 3 Nov");
    expect(w.some((x) => x.includes("right"))).toBe(false);
    expect(w).toContain("1 of 1 sessions left you less stiff than before");
  });

  it("counts steady weeks as insights do: complete weeks with 3 or more sessions", () => {
    // three sessions in the week of 9 Nov; four in this week, not complete yet
    const days = ["09", "10", "11", "16", "17", "18", "19"].map((d) =>
      session(`2026-11-${d}T07:00:00Z`, 5, 5),
    );
    const w = wins([], days, (cm) => `${cm} cm`, "2026-11-19", "UTC", 1);
    expect(w).toContain("Your first full week had 3 or more sessions");
    // With a session a month before, all four complete weeks count.
    const older = [session("2026-10-20T07:00:00Z", 5, 5), ...days];
    expect(wins([], older, (cm) => `${cm} cm`, "2026-11-19", "UTC", 1)).toContain(
      "1 of the last 4 weeks with 3 or more sessions",
    );
  });

  it("reads fitness, fatigue and form from the load report's weekly blocks", () => {
    const report = {
      state: { acute: 420, chronic: 380.5, ratio: 1.1, form: -3.2 },
      weeks: [
        {
          start: "2026-11-16",
          end: "2026-11-22",
          load: 420,
          fitness: 30.04,
          fatigue: 42,
          form: -11.96,
        },
      ],
      days: [{ date: "2026-11-22", load: 600 }],
    };
    expect(loadSeries(report)).toEqual([
      { date: "2026-11-22", fitness: 30, fatigue: 42, form: -12 },
    ]);
    expect(loadState(report)).toEqual({ acute: 420, chronic: 380.5, ratio: 1.1, form: -3.2 });
    expect(loadState({})).toBeNull();
  });

  it("starts the load chart at the first week with any activity", () => {
    const week = (end: string, load: number, fitness: number) => ({
      start: end,
      end,
      load,
      sessions: 0,
      runKm: 0,
      trimp: 0,
      fitness,
      fatigue: fitness,
      form: 0,
    });
    const report = {
      weeks: [week("2026-11-08", 0, 0), week("2026-11-15", 570, 40), week("2026-11-22", 0, 30)],
    };
    expect(loadSeries(report).map((p) => p.date)).toEqual(["2026-11-15", "2026-11-22"]);
    // Nothing logged yet: no chart of zeros.
    expect(loadSeries({ weeks: [week("2026-11-15", 0, 0), week("2026-11-22", 0, 0)] })).toEqual([]);
  });

  it("reads the load series under its usual names", () => {
    expect(
      loadSeries({ series: [{ date: "2026-11-01", fitness: 10.04, fatigue: 12, form: -1.96 }] }),
    ).toEqual([{ date: "2026-11-01", fitness: 10, fatigue: 12, form: -2 }]);
    expect(loadSeries({ days: [{ day: "2026-11-01", ctl: 5, atl: 6, tsb: -1 }] })).toEqual([
      { date: "2026-11-01", fitness: 5, fatigue: 6, form: -1 },
    ]);
    expect(loadSeries(null)).toEqual([]);
  });
});

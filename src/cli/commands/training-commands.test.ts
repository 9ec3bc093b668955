import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { profileOf, runOn } from "../../core/plan/fixtures.js";
import { addDays, weekdayOf } from "../../core/time/calendar.js";
import { openLocalJournal } from "../../services/journal/open.js";
import { profileRepository, runsRepository } from "../../store/index.js";
import {
  makePerson,
  startHarness,
  type Harness,
  type Person,
} from "../../server/test-support/harness.js";
import { limber as runLimber, type Captured } from "./test-support/in-process.js";

// Monday 2026-12-07, 09:00 UTC
const NOW = new Date("2026-12-07T09:00:00Z");
const FIXTURE = fileURLToPath(
  new URL("../../services/planned/fixtures/workouts-in-description.ics", import.meta.url),
);

describe("limber run plan, limber plan, limber week", () => {
  let dir: string;
  const limber = (...args: string[]): Promise<Captured> =>
    runLimber({ LIMBER_DATA_DIR: dir }, args, { now: NOW });
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "limber-training-cli-"));
    const { database, userId } = await openLocalJournal({ LIMBER_DATA_DIR: dir });
    try {
      await profileRepository(database).saveProfile(
        userId,
        profileOf({ timeZone: "Europe/London" }),
      );
    } finally {
      await database.close();
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("records a run done with or without the word add; an unknown word names the subcommands", async () => {
    const plain = await limber("run", "--type", "easy", "--minutes", "30", "--km", "6");
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^Run saved \(.+\): easy, 30 min, 6 km/);
    const added = await limber("run", "add", "--type", "long", "--minutes", "95");
    expect(added.code).toBe(0);
    const runs = await limber("runs", "--json");
    expect((JSON.parse(runs.out) as { type: string }[]).map((r) => r.type).sort()).toEqual([
      "easy",
      "long",
    ]);
    const unknown = await limber("run", "ad", "--type", "easy");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('subcommand: "ad" is not add, plan or rpe');
  });

  it("plans a run on a later day; a past day is refused naming --date", async () => {
    const ok = await limber(
      "run",
      "plan",
      "--date",
      "2026-12-09",
      "--type",
      "tempo",
      "--minutes",
      "50",
    );
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Planned \(.+\): tempo on Wed 9 Dec, 50 min/);
    const past = await limber(
      "run",
      "plan",
      "--date",
      "2026-12-01",
      "--type",
      "tempo",
      "--minutes",
      "50",
    );
    expect(past.code).toBe(2);
    expect(past.err).toMatch(/^limber: --date: a planned run must be today/);
    const week = await limber("week");
    expect(week.out).toMatch(/tempo/);
  });

  it("a week with no run planned heads its free days 'no run planned', as their notes say, not 'rest day'", async () => {
    const week = await limber("week");
    expect(week.code).toBe(0);
    expect(week.out).toMatch(/^\w{3} \d+ \w{3} {2}no run planned$/m);
    expect(week.out).not.toMatch(/rest day/i);
    expect(week.out).toMatch(/No run planned\./);
    const json = JSON.parse((await limber("week", "--json")).out) as { runningPlanned: boolean };
    expect(json.runningPlanned).toBe(false);
  });

  it("a week with no run planned heads 'rest day' only the weekdays the runner's four weeks of logged runs leave free", async () => {
    const { database, userId } = await openLocalJournal({ LIMBER_DATA_DIR: dir });
    try {
      // Easy runs on Mondays, Wednesdays, Fridays and Saturdays for four weeks.
      for (let back = 1; back <= 28; back++) {
        const d = addDays("2026-12-07", -back);
        if ([1, 3, 5, 6].includes(weekdayOf(d)))
          await runsRepository(database).insertRun(
            userId,
            runOn(d, "07:00", "easy", 40, "Europe/London", { id: `habit-${back}` }),
          );
      }
    } finally {
      await database.close();
    }
    const week = await limber("week");
    expect(week.code).toBe(0);
    expect(week.out).toMatch(/^Thu 10 Dec {2}rest day$/m);
    expect(week.out).toMatch(
      /Rest day: you have not logged a run or cross-training on a Thursday in 4 weeks\./,
    );
    expect(week.out).toMatch(/^Fri 11 Dec {2}no run planned$/m);
  });

  it("a week of five planned runs keeps a full rest day; the other free day is active recovery", async () => {
    const plan: [string, string, string][] = [
      ["2026-12-07", "easy", "40"],
      ["2026-12-08", "intervals", "55"],
      ["2026-12-10", "easy", "40"],
      ["2026-12-11", "tempo", "50"],
      ["2026-12-13", "long", "110"],
    ];
    for (const [date, type, minutes] of plan) {
      const r = await limber("run", "plan", "--date", date, "--type", type, "--minutes", minutes);
      expect(r.code).toBe(0);
    }
    // Said as the runner reads a day; the year only for a day more than six months away.
    const near = await limber(
      "run",
      "plan",
      "--date",
      "2026-12-14",
      "--type",
      "easy",
      "--minutes",
      "30",
    );
    expect(near.out).toMatch(/^Planned \(\S+\): easy on Mon 14 Dec, 30 min\./);
    const far = await limber(
      "run",
      "plan",
      "--date",
      "2027-09-05",
      "--type",
      "race",
      "--minutes",
      "200",
    );
    expect(far.out).toMatch(/: race on Sun 5 Sep 2027, 200 min\./);
    const week = await limber("week");
    expect(JSON.parse((await limber("week", "--json")).out).runningPlanned).toBe(true);
    expect(week.out).toMatch(/^Wed 9 Dec {2}rest day · lighter day$/m);
    expect(week.out).toMatch(/^Sat 12 Dec {2}active recovery · lighter day$/m);
    expect(week.out).not.toMatch(/run .*rest day/);
  });

  it("subscribing to a feed on a private address keeps it but says why it was not read", async () => {
    const r = await limber("plan", "subscribe", "http://192.168.1.20/plan.ics");
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
    expect(r.out).toMatch(
      /Could not read it yet: 192\.168\.1\.20 is a private or local address .*only public calendar feeds are read/,
    );
    const feeds = await limber("plan", "feeds");
    expect(feeds.out).toMatch(
      /http:\/\/192\.168\.1\.20\/plan\.ics {2}last read never {2}\(last error: /,
    );
  });

  it("today flags a planned run 40% longer than the previous month's longest (L12)", async () => {
    const { database, userId } = await openLocalJournal({ LIMBER_DATA_DIR: dir });
    try {
      const long = runOn("2026-11-22", "08:00", "long", 100, "Europe/London");
      long.activity.distanceMeters = 20_000;
      await runsRepository(database).insertRun(userId, long);
    } finally {
      await database.close();
    }
    await limber(
      "run",
      "plan",
      "--date",
      "2026-12-07",
      "--type",
      "long",
      "--minutes",
      "140",
      "--km",
      "28",
      "--time",
      "17:00",
    );
    const r = await limber("today");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /! The planned run on Mon 7 Dec \(28 km\) is 40% longer than your longest in the previous 30 days \(20 km on Sun 22 Nov\).*Frandsen et al\., Br J Sports Med 2025/,
    );
    // Plain words first; the rule codes only on demand.
    expect(r.out).not.toMatch(/\[L12\]|\(T1\)/);
    const coded = await limber("today", "--codes");
    expect(coded.out).toMatch(/Frandsen et al\., Br J Sports Med 2025.*\[L12\]/);
  });

  it("imports a plan's .ics, lists what it did not understand, and re-importing changes nothing", async () => {
    const first = await limber("plan", "import", FIXTURE);
    expect(first.code).toBe(0);
    expect(first.out).toContain(
      "workouts-in-description.ics: 4 added, 0 updated, 0 unchanged, 0 removed",
    );
    expect(first.out).toContain('2026-12-11 Strength: "Strength" is not a run, ride or swim');
    const again = await limber("plan", "import", FIXTURE);
    expect(again.out).toContain("0 added, 0 updated, 4 unchanged, 0 removed");
    const list = await limber("plan", "list", "--json");
    expect(JSON.parse(list.out).map((l: { type: string }) => l.type)).toEqual([
      "intervals",
      "easy",
      "tempo",
      "long",
    ]);
  });
});

describe("limber share and limber pro against a server", () => {
  let h: Harness;
  let runner: Person;
  let coach: Person;
  let base: string;
  // The personal API token each person was made with (only a signed-in session mints more).
  const token = async (p: Person) => Promise.resolve(p.bearer.replace(/^Bearer /, ""));
  beforeAll(async () => {
    h = await startHarness("sqlite", "server", { now: () => NOW });
    runner = await makePerson(h, "runner");
    coach = await makePerson(h, "professional");
    await h.app.inject({
      method: "PUT",
      url: "/api/profile",
      headers: { authorization: runner.bearer },
      payload: { timeZone: "UTC" },
    });
    base = await h.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => h.close());

  it("the runner grants plan access; the professional sets a plan, reads adherence and the printable summary; revoking ends it", async () => {
    const asRunner = { LIMBER_SERVER: base, LIMBER_TOKEN: await token(runner) };
    const asCoach = { LIMBER_SERVER: base, LIMBER_TOKEN: await token(coach) };
    const grant = await runLimber(asRunner, ["share", "grant", coach.email, "--access", "plan"], {
      now: NOW,
    });
    expect(grant.code).toBe(0);
    const athletes = await runLimber(asCoach, ["pro", "athletes", "--json"], { now: NOW });
    expect(JSON.parse(athletes.out)[0]).toMatchObject({ id: runner.id, access: "plan" });
    const set = await runLimber(
      asCoach,
      [
        "pro",
        "set-plan",
        runner.id,
        "--sessions",
        "4",
        "--until",
        "2027-02-01",
        "--focus",
        "calves,hamstrings",
        "--goal",
        "knee-to-wall:left=12cm",
      ],
      { now: NOW },
    );
    expect(set.code).toBe(0);
    expect(set.out).toContain("4 sessions a week; focus calves, hamstrings");
    const far = await runLimber(
      asCoach,
      ["pro", "set-plan", runner.id, "--sessions", "4", "--until", "9999-12-31"],
      { now: NOW },
    );
    expect(far.code).toBe(2);
    expect(far.err).toMatch(/transitionDate: must be at most a year ahead/);
    const adh = await runLimber(asCoach, ["pro", "adherence", runner.id, "--weeks", "2"], {
      now: NOW,
    });
    expect(adh.out).toMatch(/Goal Knee-to-wall, left 12 cm: not tested yet/);
    const file = join(mkdtempSync(join(tmpdir(), "limber-adh-")), "summary.html");
    expect(
      (await runLimber(asCoach, ["pro", "adherence", runner.id, "--html", file], { now: NOW }))
        .code,
    ).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("<h1>Mobility plan adherence:");
    expect((await runLimber(asRunner, ["share", "plan"], { now: NOW })).out).toMatch(
      /in effect until 2027-02-01/,
    );
    const list = JSON.parse(
      (await runLimber(asRunner, ["share", "list", "--json"], { now: NOW })).out,
    );
    expect((await runLimber(asRunner, ["share", "revoke", list[0].id], { now: NOW })).code).toBe(0);
    expect((await runLimber(asRunner, ["share", "plan"], { now: NOW })).out).toMatch(
      /not in effect: access was revoked/,
    );
    expect((await runLimber(asCoach, ["pro", "sessions", runner.id], { now: NOW })).code).toBe(1);
  });

  it("says which setting is missing", async () => {
    const r = await runLimber({}, ["share", "list"], { now: NOW });
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toMatch(/^limber: LIMBER_SERVER: is not set/);
  });
});

/**
 * Bad input on the command line: one line naming the flag and what is allowed, exit 2, and
 * nothing written. Each case here once crashed (exit 1) or stored a value it should refuse.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JournalExport } from "../../core/journal/types.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { sampleRoutine } from "../../store/test-support/fixtures.js";
import { limber } from "./test-support/in-process.js";

describe.each(ENGINES)("bad input on the command line, %s", (engine) => {
  let t: TestDatabase;
  let dir: string;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    dir = t.dataDir ?? tmpdir();
  });
  afterEach(() => t.dispose());

  const exported = async () => JSON.parse((await limber(t.env, ["export"])).out) as JournalExport;
  const nothingStored = async () => {
    const doc = await exported();
    expect([
      doc.profile,
      doc.bodyChecks.length,
      doc.romTests.length,
      doc.runs.length,
      doc.sessions.length,
      doc.runComfort.length,
    ]).toEqual([null, 0, 0, 0, 0, 0]);
  };
  const file = (name: string, value: unknown) => {
    const path = join(dir, `${t.schema ?? "lite"}-${name}`);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it("a day that is not in the calendar is a --date error on every command that takes one", async () => {
    for (const argv of [
      ["check", "calves=5/1", "--date", "2026-13-01"],
      ["check", "calves=5/1", "--date", "2026-12-32"],
      [
        "check",
        "--region",
        "calves",
        "--stiffness",
        "5",
        "--tenderness",
        "1",
        "--date",
        "2026-02-30",
      ],
      ["rom", "add", "knee-to-wall", "--left", "9", "--right", "9", "--date", "2026-13-01"],
      ["run", "add", "--type", "easy", "--minutes", "30", "--date", "2026-13-01"],
      ["run", "plan", "--type", "easy", "--minutes", "30", "--date", "2026-13-01"],
      ["comfort", "--comfort", "8", "--date", "2026-13-01"],
    ]) {
      const r = await limber(t.env, argv);
      const day = argv[argv.length - 1]!;
      expect(r, argv.join(" ")).toEqual({
        code: 2,
        out: "",
        err: `limber: --date: must be a calendar day YYYY-MM-DD, got "${day}"\n`,
      });
    }
    await nothingStored();
  });

  it("an id that names nothing is an id error on every command that takes one, naming the list", async () => {
    for (const [argv, what, listedBy] of [
      [["log", "edit", "nope", "--pressure", "none"], "session", "limber history"],
      [["log", "delete", "nope", "--yes"], "session", "limber history"],
      [["runs", "delete", "nope", "--yes"], "run", "limber runs"],
      [["runs", "set-type", "nope", "easy"], "run", "limber runs"],
      [["run", "rpe", "nope", "5"], "run", "limber runs"],
      [["check", "delete", "nope", "--yes"], "body check", "limber check list"],
      [["rom", "delete", "nope", "--yes"], "range-of-motion test", "limber rom list"],
      [["pain", "resolve", "nope"], "pain flag", "limber pain list"],
      [["pain", "downgrade", "nope"], "pain flag", "limber pain list"],
      [["plan", "delete", "nope"], "planned run", "limber plan list"],
    ] as const) {
      expect(await limber(t.env, [...argv]), argv.join(" ")).toEqual({
        code: 2,
        out: "",
        err: `limber: id: no ${what} with id nope (see \`${listedBy}\`)\n`,
      });
    }
    await nothingStored();
  });

  it("a session start on a day that does not exist, or days ahead, is refused, not rolled over", async () => {
    const routine = file("routine.json", sampleRoutine);
    expect(
      await limber(t.env, ["log", "--routine", routine, "--started-at", "2026-02-30T10:00:00Z"]),
    ).toEqual({
      code: 2,
      out: "",
      err: 'limber: --started-at: must be a date-time on a day that exists (2026-02-30 does not), got "2026-02-30T10:00:00Z"\n',
    });
    const ahead = await limber(t.env, [
      "log",
      "--routine",
      routine,
      "--started-at",
      "2026-11-25T10:00:00Z",
    ]);
    expect(ahead.code).toBe(2);
    expect(ahead.err).toMatch(/^limber: --started-at: must not be in the future/);
    await nothingStored();
  });

  it("a name given twice in a list is an error, not a value that silently wins", async () => {
    const routine = file("routine.json", sampleRoutine);
    for (const [argv, err] of [
      [
        ["log", "--routine", routine, "--before", "stiffness=5,stiffness=7"],
        "limber: --before: stiffness is given twice (5 and 7); give it once\n",
      ],
      [
        ["log", "--routine", routine, "--after", "pain=1,soreness=2,pain=0"],
        "limber: --after: pain is given twice (1 and 0); give it once\n",
      ],
      [
        ["check", "calves=5/1,calves=6/1"],
        "limber: RATINGS: calves is given twice (5/1 and 6/1); give it once\n",
      ],
      [
        ["check", "calves=5/2/3"],
        'limber: RATINGS: calves: write stiffness/tenderness, e.g. calves=6/2, got "5/2/3"\n',
      ],
      [
        ["check", "calves=abc"],
        'limber: RATINGS: calves: stiffness must be a whole number 0-10, got "abc"\n',
      ],
    ] as const) {
      expect(await limber(t.env, [...argv]), argv.join(" ")).toEqual({ code: 2, out: "", err });
    }
    await nothingStored();
    const none = await limber(t.env, ["check", ","]);
    expect(none.code).toBe(2);
    const example = /e\.g\. (\S+)$/.exec(none.err.trim())?.[1];
    expect(example).toBe("calves=8/2,hamstrings-left=7/3");
    expect((await limber(t.env, ["check", example!])).code).toBe(0);
  });

  it("a run faster than anyone runs is refused naming --km, entered or planned", async () => {
    for (const [argv, pace] of [
      [["run", "add", "--type", "easy", "--minutes", "30", "--km", "500"], "0:04/km"],
      [["run", "add", "--type", "easy", "--minutes", "5", "--km", "40"], "0:08/km"],
      [
        ["run", "plan", "--date", "2026-11-22", "--type", "tempo", "--minutes", "10", "--km", "20"],
        "0:30/km",
      ],
    ] as const) {
      const r = await limber(t.env, [...argv]);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err).toMatch(
        new RegExp(
          `^limber: --km: .* is a pace of ${pace}; a run's pace must be 2:00/km to 60:00/km`,
        ),
      );
    }
    await nothingStored();
    expect(
      (await limber(t.env, ["run", "add", "--type", "easy", "--minutes", "30", "--km", "6"])).code,
    ).toBe(0);
  });

  it("a ROM result outside its test's range names the test's own range", async () => {
    for (const [argv, err] of [
      [
        ["rom", "add", "knee-to-wall", "--left", "999999", "--right", "3"],
        "limber: --left: must be a number from 0 to 30 cm, got 999999\n",
      ],
      [
        ["rom", "add", "straight-leg-raise", "--left", "80", "--right", "200"],
        "limber: --right: must be a number from 0 to 150 degrees, got 200\n",
      ],
      [
        ["rom", "add", "sit-and-reach", "--value", "-55"],
        "limber: --value: must be a number from -40 to 60 cm, got -55\n",
      ],
    ] as const)
      expect(await limber(t.env, [...argv]), argv.join(" ")).toEqual({ code: 2, out: "", err });
    await nothingStored();
  });

  it("restore reads a body check on a day that does not exist as a bad record, not a crash", async () => {
    const doc = {
      format: "limber-journal",
      version: 1,
      exportedAt: "2026-11-20T18:00:00.000Z",
      profile: null,
      bodyChecks: [
        {
          id: "c1",
          date: "2026-13-01",
          entries: [{ region: "calves", stiffness: 5, tenderness: 1, rebound: false }],
          createdAt: "2026-11-20T18:00:00.000Z",
        },
      ],
      romTests: [],
      sessions: [],
      painFlags: [],
      runs: [],
      runComfort: [],
    };
    const r = await limber(t.env, ["restore", file("bad-day.json", doc)]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'bodyChecks[0].date: must be a calendar day YYYY-MM-DD, got "2026-13-01"',
    );
    expect((await exported()).bodyChecks).toEqual([]);
  });

  it("restore refuses a profile the journal cannot use, naming the field and writing nothing", async () => {
    const doc = (profile: object) => ({
      format: "limber-journal",
      version: 1,
      exportedAt: "2026-11-20T18:00:00.000Z",
      profile: {
        name: "Ana",
        units: "metric",
        timeZone: "Europe/Berlin",
        equipment: [],
        previousInjuries: [],
        goals: [],
        ...profile,
      },
      bodyChecks: [
        {
          id: "c1",
          date: "2026-11-20",
          entries: [{ region: "calves", stiffness: 5, tenderness: 1, rebound: false }],
          createdAt: "2026-11-20T18:00:00.000Z",
        },
      ],
      romTests: [],
      sessions: [],
      painFlags: [],
      runs: [],
      runComfort: [],
    });
    expect(
      await limber(t.env, ["restore", file("mars.json", doc({ timeZone: "Mars/Base" }))]),
    ).toEqual({
      code: 2,
      out: "",
      err: 'limber: profile.timeZone: must be an IANA time zone such as Europe/Berlin or UTC, got "Mars/Base"\n',
    });
    expect(
      await limber(t.env, ["restore", file("late.json", doc({ preferredSessionTime: "99:99" }))]),
    ).toEqual({
      code: 2,
      out: "",
      err: 'limber: profile.preferredSessionTime: must be a time HH:MM (24-hour), got "99:99"\n',
    });
    await nothingStored();
    for (const command of ["today", "history", "week"])
      expect((await limber(t.env, [command])).code, command).toBe(0);
    expect((await limber(t.env, ["restore", file("good.json", doc({}))])).code).toBe(0);
    expect((await exported()).profile?.timeZone).toBe("Europe/Berlin");
  });
});

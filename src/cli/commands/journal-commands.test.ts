import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JournalExport } from "../../core/journal/types.js";
import { systemTimeZone } from "../../core/time/calendar.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { sampleRoutine } from "../../store/test-support/fixtures.js";
import { LOCAL_USER_ID, profileRepository } from "../../store/index.js";
import { limber } from "./test-support/in-process.js";

describe.each(ENGINES)("journal commands on %s", (engine) => {
  let t: TestDatabase;
  let env: Record<string, string>;
  let routineFile: string;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
    env = t.env;
    routineFile = join(
      t.dataDir ?? (await import("node:os")).tmpdir(),
      `routine-${t.schema ?? "lite"}.json`,
    );
    writeFileSync(routineFile, JSON.stringify(sampleRoutine));
  });
  afterEach(() => t.dispose());

  const exported = async () => JSON.parse((await limber(env, ["export"])).out) as JournalExport;

  it("sets and prints the profile; bad flags exit 2 naming the flag and save nothing", async () => {
    expect((await limber(env, ["profile", "--json"])).out.trim()).toBe("null");
    const bad = await limber(env, ["profile", "--name", "Ana", "--units", "furlongs"]);
    expect(bad).toMatchObject({ code: 2, out: "" });
    expect(bad.err).toBe('limber: --units: "furlongs" is not one of metric, imperial\n');
    expect((await limber(env, ["profile", "--json"])).out.trim()).toBe("null");
    const ok = await limber(env, [
      "profile",
      "--name",
      "Ana",
      "--tz",
      "Europe/Berlin",
      "--equipment",
      "foam-roller,band",
      "--weekly-km",
      "40",
      "--new-to-soft-tissue",
      "--json",
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({
      name: "Ana",
      timeZone: "Europe/Berlin",
      equipment: ["foam-roller", "band"],
      weeklyDistanceKm: 40,
      newToSoftTissue: true,
    });
    expect((await limber(env, ["profile", "--equipment", "none", "--json"])).out).toMatch(
      /"equipment": \[\]/,
    );
    expect((await limber(env, ["profile"])).out).toMatch(/Name: +Ana/);
    expect((await limber(env, ["profile", "--session-time", "7pm"])).err).toBe(
      'limber: --session-time: must be a time HH:MM (24-hour), got "7pm"\n',
    );
  });

  it("starts a profile with only what was said: no name, the computer's zone, and says both", async () => {
    const first = await limber(env, ["profile", "--equipment", "band"]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^Name: +\(not given; set with --name\)$/m);
    expect(first.out).toMatch(/The time zone is this computer's \(.+\); set another with --tz\./);
    const stored = await profileRepository(t.database).getProfile(LOCAL_USER_ID);
    expect(stored).not.toHaveProperty("name");
    expect(stored?.timeZone).toBe(systemTimeZone());
    // Said once, at the start: a later change does not repeat it.
    expect((await limber(env, ["profile", "--name", "Ana"])).out).not.toMatch(/this computer's/);
  });

  it("stores units only once chosen; until then metric applies when reading", async () => {
    const saved = await limber(env, [
      "profile",
      "--tz",
      "Europe/Berlin",
      "--equipment",
      "foam-roller,band",
      "--json",
    ]);
    expect(JSON.parse(saved.out)).not.toHaveProperty("units");
    expect((await profileRepository(t.database).getProfile(LOCAL_USER_ID))?.units).toBeUndefined();
    expect((await limber(env, ["profile"])).out).toMatch(
      /^Units: +metric \(not chosen yet; set with --units\)$/m,
    );
    // the export writes what was said, so a restore keeps the units unchosen
    expect((await exported()).profile).not.toHaveProperty("units");
    expect((await limber(env, ["profile", "--name", "Ana"])).code).toBe(0);
    expect((await profileRepository(t.database).getProfile(LOCAL_USER_ID))?.units).toBeUndefined();
    expect((await limber(env, ["profile", "--units", "imperial"])).code).toBe(0);
    expect((await profileRepository(t.database).getProfile(LOCAL_USER_ID))?.units).toBe("imperial");
    expect((await limber(env, ["profile"])).out).toMatch(/^Units: +imperial$/m);
  });

  it("records body checks, ROM tests, runs, pain flags and comfort; errors name the flag", async () => {
    expect(
      await limber(env, [
        "check",
        "--region",
        "calves-left",
        "--stiffness",
        "12",
        "--tenderness",
        "3",
      ]),
    ).toMatchObject({
      code: 2,
      err: 'limber: --stiffness: must be a whole number 0-10, got "12"\n',
    });
    expect((await limber(env, ["check", "--stiffness", "2"])).err).toMatch(
      /^limber: --region: is required/,
    );
    expect((await limber(env, ["check"])).err).toMatch(/^limber: --region: is required.*terminal/);
    expect(
      (
        await limber(env, [
          "check",
          "--region",
          "calves-left",
          "--stiffness",
          "6",
          "--tenderness",
          "3",
          "--fade",
          "20",
          "--rebound",
        ])
      ).code,
    ).toBe(0);

    expect((await limber(env, ["rom", "add", "toe-touch", "--value", "3"])).err).toMatch(
      /^limber: TEST: "toe-touch" is not one of knee-to-wall/,
    );
    expect(
      (await limber(env, ["rom", "add", "knee-to-wall", "--left", "9", "--right", "11"])).code,
    ).toBe(0);
    expect((await limber(env, ["rom", "add", "sit-and-reach", "--value", "-4"])).code).toBe(0);
    // The test's name alone says what to add, as a runner may well type it.
    expect(
      (await limber(env, ["rom", "thoracic-rotation", "--left", "40", "--right", "45"])).code,
    ).toBe(0);
    // A word that is no test and no subcommand names the subcommands.
    expect((await limber(env, ["rom", "toe-touch", "--value", "3"])).err).toMatch(
      /^limber: subcommand: "toe-touch" is not one of add, list, delete/,
    );
    const roms = JSON.parse((await limber(env, ["rom", "list", "--json"])).out) as unknown[];
    expect(roms).toHaveLength(3);
    expect((await limber(env, ["rom", "list"])).out).toMatch(
      /knee-to-wall +left 9 cm {2}right 11 cm {2}\(difference 2 cm\)/,
    );

    expect((await limber(env, ["run", "add", "--type", "jog", "--minutes", "30"])).err).toMatch(
      /^limber: --type: "jog" is not one of easy/,
    );
    expect((await limber(env, ["run", "add", "--type", "long"])).err).toMatch(
      /^limber: --minutes: is required/,
    );
    const run = JSON.parse(
      (
        await limber(env, [
          "run",
          "add",
          "--type",
          "long",
          "--minutes",
          "95",
          "--km",
          "18",
          "--rpe",
          "6",
          "--json",
        ])
      ).out,
    );
    expect(run).toMatchObject({
      typeOverride: "long",
      rpe: 6,
      activity: { elapsedSeconds: 5700, distanceMeters: 18000 },
    });

    expect((await limber(env, ["pain", "add", "calves-left", "--kind", "ache"])).err).toBe(
      'limber: --kind: "ache" is not one of sharp, swelling, niggle\n',
    );
    expect((await limber(env, ["pain", "add", "calves-left"])).err).toMatch(
      /^limber: --kind: is required/,
    );
    // A region alone says what to flag, add or not; its side is still checked.
    expect((await limber(env, ["pain", "calves-up", "--kind", "niggle"])).err).toMatch(
      /^limber: REGION: /,
    );
    expect((await limber(env, ["pain", "elbows", "--kind", "niggle"])).err).toMatch(
      /^limber: subcommand: "elbows" is not one of add, list, resolve, downgrade/,
    );
    const flag = JSON.parse(
      (await limber(env, ["pain", "calves-left", "--kind", "niggle", "--json"])).out,
    );
    expect(flag).toMatchObject({ region: "calves", side: "left", kind: "niggle" });
    expect(JSON.parse((await limber(env, ["pain", "list", "--open", "--json"])).out)).toHaveLength(
      1,
    );
    expect((await limber(env, ["pain", "resolve", flag.id])).code).toBe(0);
    expect(JSON.parse((await limber(env, ["pain", "list", "--open", "--json"])).out)).toHaveLength(
      0,
    );
    expect((await limber(env, ["pain", "resolve", flag.id])).err).toMatch(/already resolved/);
    expect(await limber(env, ["pain", "resolve", "no-such-id"])).toMatchObject({
      code: 2,
      err: "limber: id: no pain flag with id no-such-id (see `limber pain list`)\n",
    });

    expect((await limber(env, ["comfort", "--comfort", "11"])).err).toBe(
      'limber: --comfort: must be a whole number 0-10, got "11"\n',
    );
    const comfort = JSON.parse((await limber(env, ["comfort", "--comfort", "8", "--json"])).out);
    expect(comfort.runId).toBe(run.id);

    const doc = await exported();
    expect([
      doc.bodyChecks.length,
      doc.romTests.length,
      doc.runs.length,
      doc.painFlags.length,
      doc.runComfort.length,
    ]).toEqual([1, 3, 1, 1, 1]);
    const history = JSON.parse((await limber(env, ["history", "--json"])).out) as {
      kind: string;
    }[];
    expect(history.map((h) => h.kind).sort()).toEqual([
      "body-check",
      "comfort",
      "pain-flag",
      "rom-test",
      "rom-test",
      "rom-test",
      "run",
    ]);
    expect((await limber(env, ["history", "--limit", "0"])).err).toBe(
      'limber: --limit: must be a whole number 1-10000, got "0"\n',
    );
  });

  it("logs a session from a routine file or stdin, printing only the committed id", async () => {
    const res = await limber(env, [
      "log",
      "--routine",
      routineFile,
      "--before",
      "stiffness=6,soreness=4",
      "--after",
      "stiffness=3,soreness=3",
      "--skipped",
      "wall-ankle-mobilisation",
      "--pressure",
      "foam-roll-calves=light",
      "--mood",
      "4",
      "--energy",
      "3",
      "--kind",
      "post-run",
    ]);
    expect(res.code).toBe(0);
    const id = res.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const viaStdin = await limber(env, ["log", "--routine", "-", "--after", "soreness=2"], {
      stdin: JSON.stringify(sampleRoutine),
    });
    expect(viaStdin.code).toBe(0);
    const doc = await exported();
    const logged = doc.sessions.find((s) => s.id === id);
    expect(logged).toMatchObject({
      kind: "post-run",
      before: { stiffness: 6, soreness: 4 },
      after: { stiffness: 3, soreness: 3 },
      mood: 4,
      energy: 3,
      items: [
        { id: "foam-roll-calves", status: "done", pressure: "light" },
        { id: "wall-ankle-mobilisation", status: "skipped" },
      ],
    });
    expect(logged?.routine).toEqual(sampleRoutine);
    expect(doc.sessions).toHaveLength(2);
  });

  it("logs techniques done beside the routine with --added, their time as a runner types it", async () => {
    const logEvening = (...more: string[]) =>
      limber(env, ["log", "--routine", routineFile, "--kind", "evening", ...more]);
    const res = await logEvening(
      "--added",
      "foam-roll-quads=1m30s,hip-circles=45",
      "--pressure",
      "foam-roll-calves=light,foam-roll-quads=moderate",
      "--json",
    );
    expect(res.code).toBe(0);
    const session = JSON.parse(res.out) as { id: string; items: unknown[] };
    expect(session.items).toEqual([
      { id: "foam-roll-calves", status: "done", pressure: "light" },
      { id: "wall-ankle-mobilisation", status: "done" },
      { id: "foam-roll-quads", status: "done", added: true, seconds: 90, pressure: "moderate" },
      { id: "hip-circles", status: "done", added: true, seconds: 45 },
    ]);
    // Stored as printed, and said in words in the history.
    expect((await exported()).sessions.find((s) => s.id === session.id)).toEqual(session);
    const history = await limber(env, ["history", "--limit", "1"]);
    expect(history.out).toMatch(/Foam roll: quads \(1 min 30 s\)/);
    // A time that is not one, and a technique of the routine, are refused by name.
    const bad = await logEvening("--added", "hip-circles=soon");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^limber: --added: hip-circles=soon: give the time as seconds/);
    const inRoutine = await logEvening("--added", "foam-roll-calves=60");
    expect(inRoutine.code).toBe(2);
    expect(inRoutine.err).toMatch(/--added.*foam-roll-calves is in the routine/);
  });

  it("log edit corrects a logged session: only the flags given, none clears, bad input names the flag", async () => {
    const nothing = await limber(env, ["log", "edit", "last", "--mood", "3"]);
    expect(nothing).toMatchObject({ code: 2, out: "" });
    expect(nothing.err).toBe("limber: id: there is no session logged yet\n");
    const res = await limber(env, [
      "log",
      "--routine",
      routineFile,
      "--kind",
      "post-run",
      "--before",
      "stiffness=6,soreness=4,pain=0",
      "--after",
      "stiffness=8,soreness=4,pain=0",
      "--skipped",
      "wall-ankle-mobilisation",
      "--mood",
      "4",
      "--notes",
      "typed 8, meant 3",
    ]);
    const id = res.out.trim();
    const edit = (...more: string[]) => limber(env, ["log", "edit", id, ...more]);
    const fixed = await edit(
      "--after",
      "stiffness=3,soreness=3,pain=0",
      "--skipped",
      "none",
      "--added",
      "hip-circles=1m",
      "--mood",
      "none",
      "--notes",
      "",
    );
    expect(fixed.code, fixed.err).toBe(0);
    expect(fixed.out).toBe(`Corrected session ${id}.\n`);
    const [stored] = (await exported()).sessions;
    expect(stored).toMatchObject({
      id,
      kind: "post-run",
      before: { stiffness: 6, soreness: 4, pain: 0 },
      after: { stiffness: 3, soreness: 3, pain: 0 },
      items: [
        { id: "foam-roll-calves", status: "done" },
        { id: "wall-ankle-mobilisation", status: "done" },
        { id: "hip-circles", status: "done", added: true, seconds: 60 },
      ],
    });
    expect(stored?.mood).toBeUndefined();
    expect(stored?.notes).toBeUndefined();
    expect(stored?.routine).toEqual(sampleRoutine);
    // The added technique removed again, naming the newest session as "last"; the rest stays
    // as corrected.
    expect((await limber(env, ["log", "edit", "last", "--added", "none"])).code).toBe(0);
    const [again] = (await exported()).sessions;
    expect(again?.items).toHaveLength(2);
    expect(again?.after).toEqual({ stiffness: 3, soreness: 3, pain: 0 });
    // Bad input names the flag and changes nothing.
    const bad = await edit("--energy", "7");
    expect(bad).toMatchObject({ code: 2, out: "" });
    expect(bad.err).toMatch(/^limber: --energy: /);
    const skippedUnknown = await edit("--skipped", "moon-walk");
    expect(skippedUnknown.err).toMatch(
      /^limber: --skipped: "moon-walk" is not an item of the routine/,
    );
    expect((await exported()).sessions[0]).toEqual(again);
    const missing = await limber(env, ["log", "edit", "no-such-session", "--mood", "3"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^limber: id: no session with id no-such-session/);
  });

  it("log edit --pressure none clears the pressures logged, and nothing else", async () => {
    const res = await limber(env, [
      "log",
      "--routine",
      routineFile,
      "--kind",
      "post-run",
      "--pressure",
      "foam-roll-calves=firm",
      "--added",
      "foam-roll-quads=90s",
      "--after",
      "stiffness=3",
    ]);
    expect(res.code, res.err).toBe(0);
    const cleared = await limber(env, ["log", "edit", "last", "--pressure", "none"]);
    expect(cleared.code, cleared.err).toBe(0);
    const [stored] = (await exported()).sessions;
    expect(stored?.items).toEqual([
      { id: "foam-roll-calves", status: "done" },
      { id: "wall-ankle-mobilisation", status: "done" },
      { id: "foam-roll-quads", status: "done", added: true, seconds: 90 },
    ]);
    expect(stored?.after).toEqual({ stiffness: 3 });
  });

  it("log delete removes a session logged twice, asks for --yes away from a terminal, and names what went", async () => {
    const nothing = await limber(env, ["log", "delete", "last", "--yes"]);
    expect(nothing.err).toBe("limber: id: there is no session logged yet\n");
    const log = () =>
      limber(env, [
        "log",
        "--routine",
        routineFile,
        "--kind",
        "post-run",
        "--after",
        "stiffness=3",
      ]);
    const kept = (await log()).out.trim();
    const twice = (await log()).out.trim();
    const unasked = await limber(env, ["log", "delete", twice]);
    expect(unasked).toMatchObject({ code: 2, out: "" });
    expect(unasked.err).toBe(
      "limber: --yes: is required to delete a session when not at a terminal\n",
    );
    expect((await exported()).sessions).toHaveLength(2);
    const third = (await log()).out.trim();
    const stored = (await exported()).sessions.find((x) => x.id === third);
    const json = await limber(env, ["log", "delete", third, "--yes", "--json"]);
    expect(JSON.parse(json.out)).toEqual({ ok: true, id: third, session: stored });
    const deleted = await limber(env, ["log", "delete", twice, "--yes"]);
    expect(deleted.code, deleted.err).toBe(0);
    expect(deleted.out).toMatch(
      /^Deleted \d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}post-run session: 2 of 2 items done \(\d+ min planned\); after stiffness 3\/10\.\n$/,
    );
    expect((await exported()).sessions.map((s) => s.id)).toEqual([kept]);
    const gone = await limber(env, ["log", "delete", twice, "--yes"]);
    expect(gone).toMatchObject({
      code: 2,
      err: `limber: id: no session with id ${twice} (see \`limber history\`)\n`,
    });
  });

  it("log without --kind takes the session the routine was built for, else asks for --kind", async () => {
    const afterRun = (
      await limber(env, ["routine", "--run", "long", "--equipment", "foam-roller", "--json"])
    ).out;
    const logged = await limber(env, ["log", "--routine", "-"], { stdin: afterRun });
    expect(logged.code, logged.err).toBe(0);
    const [session] = (await exported()).sessions;
    expect(session?.kind).toBe("post-run");
    // no --pressure: none stored, though the routine prescribes one
    const prescribed = session!.routine.items.filter((i) => i.pressure !== undefined);
    expect(prescribed.length).toBeGreaterThan(0);
    expect(session!.items.filter((i) => i.pressure !== undefined)).toEqual([]);

    const mini = (await limber(env, ["routine", "--session", "mini", "--json"])).out;
    const refused = await limber(env, ["log", "--routine", "-"], { stdin: mini });
    expect(refused).toMatchObject({ code: 2, out: "" });
    expect(refused.err).toBe(
      "limber: --kind: is required: the routine does not say which session it was for; one of post-run, pre-run, evening, mini, rest-day\n",
    );
    expect((await exported()).sessions).toHaveLength(1);
    const said = await limber(env, ["log", "--routine", "-", "--kind", "mini"], { stdin: mini });
    expect(said.code).toBe(0);
    expect((await exported()).sessions.map((s) => s.kind).sort()).toEqual(["mini", "post-run"]);
  });

  it("rejects bad session input with exit 2 and writes nothing", async () => {
    const cases: [string[], RegExp][] = [
      [["log"], /^limber: --routine: is required/],
      [["log", "--routine", "/no/such/file.json"], /^limber: --routine: no such file/],
      [
        ["log", "--routine", routineFile, "--before", "stiffness"],
        /^limber: --before: "stiffness" is not of the form name=value/,
      ],
      [
        ["log", "--routine", routineFile, "--after", "stiffness=11"],
        /^limber: --after stiffness: must be a whole number 0-10, got "11"/,
      ],
      [
        ["log", "--routine", routineFile, "--mood", "9"],
        /^limber: --mood: must be a whole number 1-5/,
      ],
      [
        ["log", "--routine", routineFile, "--skipped", "burpees"],
        /^limber: --skipped: "burpees" is not an item of the routine/,
      ],
      [["log", "--routine", routineFile, "--kind", "nap"], /^limber: --kind: "nap" is not one of/],
    ];
    for (const [argv, message] of cases) {
      const res = await limber(env, argv);
      expect(res.code, argv.join(" ")).toBe(2);
      expect(res.err).toMatch(message);
      expect(res.err.trim().split("\n")).toHaveLength(1);
    }
    const notJson = await limber(env, ["log", "--routine", "-"], { stdin: "{ not json" });
    expect(notJson).toMatchObject({ code: 2 });
    expect(notJson.err).toMatch(/^limber: --routine: standard input is not valid JSON/);
    expect((await exported()).sessions).toHaveLength(0);
  });

  it("export | restore into an empty journal gives the same document; refuses a full one without --replace", async () => {
    await limber(env, ["profile", "--name", "Ana", "--tz", "UTC"]);
    await limber(env, ["log", "--routine", routineFile, "--after", "stiffness=3"]);
    const saved = await limber(env, ["check", "quads=4/1"]);
    // The day as the runner reads it ("Sat 5 Dec"), not "2026-12-05".
    expect(saved.out).toMatch(
      /^Body check saved for (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \(/,
    );
    const text = (await limber(env, ["export"])).out;
    const refused = await limber(env, ["restore", "-"], { stdin: text });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /^limber: journal: already holds \d+ records; restore with --replace/,
    );

    const other = await createTestDatabase(engine);
    try {
      const restored = await limber(other.env, ["restore", "-", "--json"], { stdin: text });
      expect(restored.code).toBe(0);
      expect(JSON.parse(restored.out)).toMatchObject({ sessions: 1, bodyChecks: 1, profile: true });
      expect((await limber(other.env, ["export"])).out).toBe(text);
      expect((await limber(other.env, ["restore", "-", "--replace"], { stdin: text })).code).toBe(
        0,
      );
      expect((await limber(other.env, ["export"])).out).toBe(text);
    } finally {
      await other.dispose();
    }
    const badDoc = await limber(env, ["restore", "-", "--replace"], {
      stdin: JSON.stringify({ format: "limber-journal", version: 2 }),
    });
    expect(badDoc).toMatchObject({ code: 2, err: "limber: version: must be 1, got 2\n" });
    expect((await limber(env, ["export"])).out).toBe(text);
  });

  it("forget-me refuses without --yes when not at a terminal, and deletes everything with it", async () => {
    await limber(env, ["log", "--routine", routineFile]);
    expect(await limber(env, ["forget-me"])).toMatchObject({
      code: 2,
      err: "limber: --yes: is required to delete the whole journal when not at a terminal\n",
    });
    expect((await exported()).sessions).toHaveLength(1);
    expect((await limber(env, ["forget-me", "--yes"])).code).toBe(0);
    const doc = await exported();
    expect([doc.profile, doc.sessions.length, doc.runs.length]).toEqual([null, 0, 0]);
  });

  it("today builds a routine from the journal: kit, pain flags, today's run", async () => {
    await limber(env, ["profile", "--tz", "UTC", "--equipment", "foam-roller"]);
    await limber(env, ["run", "add", "--type", "long", "--minutes", "90"]);
    await limber(env, ["pain", "add", "calves-left", "--kind", "sharp"]);
    const res = await limber(env, ["today", "--minutes", "15", "--json"]);
    expect(res.code).toBe(0);
    const routine = JSON.parse(res.out);
    expect(routine.totalSeconds).toBe(
      routine.items.reduce((s: number, i: { seconds: number }) => s + i.seconds, 0),
    );
    expect(
      routine.warnings.some(
        (w: { code: string; region?: string }) => w.code === "X2" && w.region === "calves-left",
      ),
    ).toBe(true);
    for (const item of routine.items)
      for (const kit of item.equipment) expect(kit).toBe("foam-roller");
    // A logged session of today's routine round-trips through `log --routine -`. With the
    // walk left out (X2) after a long run, no rule in the routine says post-run; its context
    // does, so the session is logged as the one it was built for without --kind.
    expect(routine.context.session).toBe("post-run");
    const logged = await limber(env, ["log", "--routine", "-", "--json"], { stdin: res.out });
    expect([logged.code, JSON.parse(logged.out).kind]).toEqual([0, "post-run"]);
    // The same routine without its context says nothing of its session: --kind is asked for.
    const { context: _context, ...bare } = routine;
    expect(
      (await limber(env, ["log", "--routine", "-"], { stdin: JSON.stringify(bare) })).err,
    ).toMatch(/^limber: --kind: is required/);
    expect((await limber(env, ["today", "--minutes", "500"])).err).toBe(
      "limber: --minutes: must be a whole number from 1 to 120, got 500\n",
    );
    const why = (await limber(env, ["today", "--why"])).out;
    expect(why).toMatch(/From your journal:\n {2}- Kit from your profile: foam roller\.\n/);
    expect(why).toMatch(/ {2}- Open pain flags: sharp pain in your left calf\.\n/);
    expect((await limber(env, ["today", "--why", "--codes"])).out).toMatch(
      / {2}- Open pain flags: sharp pain in your left calf\. \[X2 X3\]\n/,
    );
  });
});

/**
 * Questions asked at a terminal: the built `bin/limber` run in a pseudo-terminal (util-linux
 * `script`), answered keystroke by keystroke as a runner would, then read back: the first
 * profile, and the pain flag a session that left the runner worse asks about (X5). Needs
 * `npm run build` first (npm test does it).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REQUIRE_ALL } from "../../import/test-support/samples.js";
import { BIN, BUILT } from "../../server/test-support/processes.js";

const SCRIPT = "/usr/bin/script";
const HAS_PTY = existsSync(SCRIPT);

const DOWN = "\u001b[B";
const ENTER = "\r";

/** One terminal session: waits for each question, then types the answer. */
function terminal(env: Record<string, string>, args: string[]) {
  // `script -q -e -c CMD /dev/null`: CMD in a pseudo-terminal, its exit status passed on.
  const command = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(" ");
  const child = spawn(SCRIPT, ["-q", "-e", "-c", command, "/dev/null"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", TERM: "xterm", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let screen = "";
  let seen = 0;
  child.stdout.on("data", (d: Buffer) => (screen += d.toString()));
  const exited = new Promise<number | null>((res) => child.on("close", (code) => res(code)));
  return {
    /** Waits until `question` shows (after what was answered already), then presses `keys`. */
    async answer(question: RegExp, ...keys: string[]): Promise<void> {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const m = question.exec(screen.slice(seen));
        if (m) {
          seen += m.index + m[0].length;
          break;
        }
        if (Date.now() > deadline) throw new Error(`no ${question} on the screen:\n${screen}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      // An escape sequence (an arrow key) goes as one key, text one character at a time.
      const presses = keys.flatMap((k) => (k.startsWith("\u001b") ? [k] : [...k]));
      for (const key of presses) {
        child.stdin.write(key);
        await new Promise((r) => setTimeout(r, 30));
      }
    },
    exited,
    screen: () => screen,
  };
}

/** Runs `limber args` without a terminal and returns what it printed. */
function run(env: Record<string, string>, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", () => resolve(out));
  });
}

describe.skipIf(!(BUILT && HAS_PTY) && !REQUIRE_ALL)("limber profile at a terminal", () => {
  const dir = mkdtempSync(join(tmpdir(), "limber-prompt-"));
  const env = { LIMBER_DATA_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("asks a first profile question by question and saves exactly the answers", async () => {
    const t = terminal(env, ["profile"]);
    await t.answer(/Your name/, "Ana", ENTER);
    await t.answer(/Units/, DOWN, ENTER);
    await t.answer(/Time zone/, "Europe/Madrid", ENTER);
    // The first kit in the list, ticked with the space bar.
    await t.answer(/Kit you own/, " ", ENTER);
    await t.answer(/New to foam rolling/, "y", ENTER);
    await t.answer(/weekly distance/, ENTER);
    await t.answer(/session time/, "07:30", ENTER);
    expect(await t.exited, t.screen()).toBe(0);
    expect(t.screen()).toMatch(/Profile saved\./);

    const saved = JSON.parse(await run(env, ["profile", "--json"])) as Record<string, unknown>;
    expect(saved).toMatchObject({
      name: "Ana",
      units: "imperial",
      timeZone: "Europe/Madrid",
      equipment: ["foam-roller"],
      newToSoftTissue: true,
      preferredSessionTime: "07:30",
    });
    // A question left blank is not stored as if answered.
    expect(saved).not.toHaveProperty("weeklyDistanceKm");
  }, 60_000);

  it("shows the saved profile without asking again", async () => {
    const t = terminal(env, ["profile"]);
    expect(await t.exited).toBe(0);
    expect(t.screen()).toMatch(/Name: +Ana/);
    expect(t.screen()).not.toMatch(/Your name/);
  }, 30_000);
});

describe.skipIf(!(BUILT && HAS_PTY) && !REQUIRE_ALL)("limber log at a terminal (X5)", () => {
  const dir = mkdtempSync(join(tmpdir(), "limber-prompt-"));
  const env = { LIMBER_DATA_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("asks whether to flag pain after a session that left the runner worse, and saves the flag", async () => {
    await run(env, ["profile", "--tz", "UTC", "--equipment", "none"]);
    const routine = join(dir, "routine.json");
    writeFileSync(routine, await run(env, ["routine", "--run", "easy", "--json"]));
    const t = terminal(env, [
      "log",
      "--routine",
      routine,
      "--before",
      "stiffness=3,soreness=2,pain=0",
      "--after",
      "stiffness=6,soreness=4,pain=3",
    ]);
    await t.answer(/Flag pain in a region now\?/, "y", ENTER);
    await t.answer(/Which region\?/, "calves-left", ENTER);
    // sharp, swelling, niggle: the third.
    await t.answer(/What kind of pain\?/, DOWN, DOWN, ENTER);
    expect(await t.exited, t.screen()).toBe(0);
    expect(t.screen()).toMatch(/Pain flag saved \(\S+\): the routine leaves calves-left alone/);
    const flags = JSON.parse(await run(env, ["pain", "list", "--json"])) as Record<
      string,
      unknown
    >[];
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ region: "calves", side: "left", kind: "niggle" });
  }, 60_000);
});

describe.skipIf(!(BUILT && HAS_PTY) && !REQUIRE_ALL)("limber log delete at a terminal", () => {
  const dir = mkdtempSync(join(tmpdir(), "limber-prompt-"));
  const env = { LIMBER_DATA_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the session and deletes it only when the runner says yes", async () => {
    await run(env, ["profile", "--tz", "UTC", "--equipment", "none"]);
    const routine = join(dir, "routine.json");
    writeFileSync(routine, await run(env, ["routine", "--run", "easy", "--json"]));
    const id = (await run(env, ["log", "--routine", routine, "--kind", "post-run"])).trim();
    const sessions = async () =>
      (JSON.parse(await run(env, ["export"])) as { sessions: unknown[] }).sessions.length;

    const no = terminal(env, ["log", "delete", id]);
    // The default is no: Enter alone keeps the session.
    await no.answer(/Delete \d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}post-run session: .*\?/, ENTER);
    expect(await no.exited, no.screen()).toBe(0);
    expect(no.screen()).toMatch(/Nothing deleted\./);
    expect(await sessions()).toBe(1);

    const yes = terminal(env, ["log", "delete", "last"]);
    await yes.answer(/Delete .*post-run session/, "y", ENTER);
    expect(await yes.exited, yes.screen()).toBe(0);
    expect(yes.screen()).toMatch(/Deleted \d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}post-run session/);
    expect(await sessions()).toBe(0);
  }, 60_000);
});

describe.skipIf(!(BUILT && HAS_PTY) && !REQUIRE_ALL)(
  "limber rom and check delete at a terminal",
  () => {
    const dir = mkdtempSync(join(tmpdir(), "limber-prompt-"));
    const env = { LIMBER_DATA_DIR: dir };
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("names the test or check and deletes it only when the runner says yes", async () => {
      await run(env, ["profile", "--tz", "UTC"]);
      await run(env, ["rom", "add", "knee-to-wall", "--left", "9", "--right", "19"]);
      await run(env, ["check", "calves-left=9/2"]);
      const count = async (what: "rom" | "check") =>
        (JSON.parse(await run(env, [what, "list", "--json"])) as unknown[]).length;

      const keep = terminal(env, ["rom", "delete", "last"]);
      // The default is no: Enter alone keeps the test. (The question wraps at the terminal's
      // width, so only its start is matched; the sentence printed after it is whole.)
      await keep.answer(/Delete the range-of-motion test of/, ENTER);
      expect(await keep.exited, keep.screen()).toBe(0);
      expect(keep.screen()).toMatch(/Nothing deleted\./);
      expect(await count("rom")).toBe(1);

      const rom = terminal(env, ["rom", "delete", "last"]);
      await rom.answer(/Delete the range-of-motion test/, "y", ENTER);
      expect(await rom.exited, rom.screen()).toBe(0);
      expect(rom.screen()).toMatch(
        /Deleted the range-of-motion test of .* \(knee-to-wall: left 9 cm, right 19 cm\)\./,
      );
      expect(await count("rom")).toBe(0);

      const check = terminal(env, ["check", "delete", "last"]);
      await check.answer(/Delete the body check of/, "y", ENTER);
      expect(await check.exited, check.screen()).toBe(0);
      expect(check.screen()).toMatch(
        /Deleted the body check of .* \(calves-left stiffness 9\/10, tenderness 2\/10\)\./,
      );
      expect(await count("check")).toBe(0);
    }, 60_000);
  },
);

describe.skipIf(!(BUILT && HAS_PTY) && !REQUIRE_ALL)("limber runs delete at a terminal", () => {
  const dir = mkdtempSync(join(tmpdir(), "limber-prompt-"));
  const env = { LIMBER_DATA_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the run and deletes it only when the runner says yes", async () => {
    await run(env, ["profile", "--tz", "UTC"]);
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    await run(env, [
      "run",
      "add",
      "--type",
      "easy",
      "--minutes",
      "40",
      "--km",
      "8",
      "--date",
      daysAgo(3),
    ]);
    await run(env, [
      "run",
      "add",
      "--type",
      "long",
      "--minutes",
      "95",
      "--km",
      "18",
      "--date",
      daysAgo(1),
    ]);
    const runs = async () =>
      (JSON.parse(await run(env, ["runs", "--json"])) as { type: string }[]).map((r) => r.type);
    // "last" is the run that started last. (The question wraps at the terminal's width, so
    // only its start is matched; the sentence printed after it is whole.)
    const question = new RegExp(
      `Delete the long run of ${daysAgo(1)} \\(1:35:00, 18\\.00 km\\)\\?`,
    );

    const keep = terminal(env, ["runs", "delete", "last"]);
    // The default is no: Enter alone keeps the run.
    await keep.answer(question, ENTER);
    expect(await keep.exited, keep.screen()).toBe(0);
    expect(keep.screen()).toMatch(/Nothing deleted\./);
    expect(await runs()).toEqual(["easy", "long"]);

    const yes = terminal(env, ["runs", "delete", "last"]);
    await yes.answer(question, "y", ENTER);
    expect(await yes.exited, yes.screen()).toBe(0);
    expect(yes.screen()).toMatch(
      /Deleted the long run of \S+ \(1:35:00, 18\.00 km\); your training load no longer counts it\./,
    );
    expect(await runs()).toEqual(["easy"]);
  }, 60_000);
});

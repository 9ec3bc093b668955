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

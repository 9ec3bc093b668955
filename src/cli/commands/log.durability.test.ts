/**
 * Durability against crashes: real `bin/limber` processes (the built dist/) killed with
 * SIGKILL at random moments, and two processes writing one SQLite file at once. Needs
 * `npm run build` first (npm test does it).
 */
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JournalExport } from "../../core/journal/types.js";
import {
  ENGINES,
  createTestDatabase,
  type TestDatabase,
} from "../../store/test-support/databases.js";
import { sampleRoutine } from "../../store/test-support/fixtures.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = join(ROOT, "bin", "limber");
const BUILT = join(ROOT, "dist", "cli", "commands", "log.js");

interface Outcome {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs `limber argv`; with `killAfterMs`, sends SIGKILL after that long if still running. */
function limber(
  env: Record<string, string>,
  argv: string[],
  killAfterMs?: number,
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ stdout, stderr, code, signal });
    });
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(ENGINES)("crash durability of `limber log` on %s", (engine) => {
  let t: TestDatabase;
  let routineFile: string;
  beforeAll(async () => {
    if (!existsSync(BUILT))
      throw new Error("dist/ is not built: run `npm run build` before this test");
    t = await createTestDatabase(engine);
    await t.database.close();
    routineFile = join(t.dataDir ?? "/tmp", `durability-routine-${t.schema ?? "lite"}.json`);
    writeFileSync(routineFile, JSON.stringify(sampleRoutine));
  });
  afterAll(async () => {
    await t.reopen();
    await t.dispose();
  });

  // SQLite is the crash-exposed engine (a file this process owns); PostgreSQL gets fewer rounds.
  const targetKills = engine === "sqlite" ? 100 : 30;

  it(
    `keeps every session whose id was printed across ${targetKills}+ SIGKILLs`,
    { timeout: 200_000 },
    async () => {
      const printed: string[] = [];
      let kills = 0;
      let completed = 0;
      const failures: string[] = [];
      const argv = [
        "log",
        "--routine",
        routineFile,
        "--before",
        "stiffness=5",
        "--after",
        "stiffness=3",
      ];
      // One uncut run tells how long a call takes on this machine; kills land anywhere in
      // 20-120 % of that, so most hit start-up, the open, the write or the commit, and some
      // calls finish first.
      const t0 = Date.now();
      const first = await limber(t.env, argv);
      expect(first.code, first.stderr).toBe(0);
      printed.push(first.stdout.trim());
      // Machine load changes while the test runs: while no call has finished yet, every 8
      // kills in a row lengthen the window.
      let full = Date.now() - t0;
      let killedInARow = 0;
      const started = Date.now();
      const worker = async () => {
        while (kills < targetKills && Date.now() - started < 140_000) {
          const delay = Math.floor(full * (0.2 + Math.random()));
          const r = await limber(t.env, argv, delay);
          const lines = r.stdout.split("\n").filter((l) => l.length > 0);
          for (const line of lines) if (UUID.test(line)) printed.push(line);
          if (r.signal === "SIGKILL") {
            kills++;
            if (++killedInARow >= 8 && completed === 0) {
              full = Math.round(full * 1.5);
              killedInARow = 0;
            }
          } else if (r.code === 0) {
            completed++;
            killedInARow = 0;
          } else failures.push(r.stderr.trim());
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      expect(failures).toEqual([]);
      expect(kills).toBeGreaterThanOrEqual(targetKills);

      const exp = await limber(t.env, ["export", "--compact"]);
      expect(exp.code, exp.stderr).toBe(0);
      const doc = JSON.parse(exp.stdout) as JournalExport;
      const stored = new Set(doc.sessions.map((s) => s.id));
      const lost = printed.filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      expect(printed.length).toBeGreaterThan(0);
      // Each stored session is whole: its item rows came with it.
      for (const s of doc.sessions) expect(s.items).toHaveLength(sampleRoutine.items.length);
      expect(completed).toBeGreaterThan(0);

      if (engine === "sqlite" && t.dataDir) {
        const raw = new Database(join(t.dataDir, "limber.db"));
        try {
          expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
          expect(raw.pragma("foreign_key_check")).toEqual([]);
        } finally {
          raw.close();
        }
      }
    },
  );
});

describe("two processes writing one SQLite file", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    if (!existsSync(BUILT))
      throw new Error("dist/ is not built: run `npm run build` before this test");
    t = await createTestDatabase("sqlite");
    await t.database.close();
  });
  afterAll(async () => {
    await t.reopen();
    await t.dispose();
  });

  it("writes from both without errors, first open included", { timeout: 120_000 }, async () => {
    // A fresh folder: both processes also race to create and migrate the file.
    const fresh = { LIMBER_DATA_DIR: join(t.dataDir as string, "fresh") };
    const script = `
      const { openLocalJournal } = await import(${JSON.stringify(join(ROOT, "dist/services/journal/open.js"))});
      const { logSession } = await import(${JSON.stringify(join(ROOT, "dist/services/journal/sessions.js"))});
      const { addManualRun } = await import(${JSON.stringify(join(ROOT, "dist/services/journal/runs.js"))});
      const { database, userId } = await openLocalJournal(process.env);
      const routine = ${JSON.stringify(sampleRoutine)};
      for (let i = 0; i < 150; i++) {
        await logSession(database, userId, { routine, after: { stiffness: i % 10 } });
        if (i % 10 === 0) await addManualRun(database, userId, { type: "easy", minutes: 30, startTime: new Date(Date.UTC(2024, 0, 1) + ((process.pid % 1000) * 24 + i / 10) * 3600000).toISOString() });
      }
      await database.close();
    `;
    const run = () =>
      new Promise<Outcome>((resolve) => {
        const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
          env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...fresh },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("close", (code, signal) => resolve({ stdout, stderr, code, signal }));
      });
    const results = await Promise.all([run(), run(), limber(fresh, ["history", "--limit", "5"])]);
    for (const r of results) expect(r.stderr).toBe("");
    for (const r of results) expect(r.code).toBe(0);
    const doc = JSON.parse((await limber(fresh, ["export", "--compact"])).stdout) as JournalExport;
    expect(doc.sessions).toHaveLength(300);
    expect(doc.runs).toHaveLength(30);
  });
});

/**
 * A simulated runner's actions through the CLI's own commands (`limber profile`, `check`,
 * `run add`, `today --json`, `log --routine -`, `rom add`), each run in-process with the
 * clock set to the moment of the action and the journal in the runner's own data folder:
 * what a runner (or a cohort driven from outside) does at a terminal.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Routine } from "../../../core/routine/types.js";
import type { SessionKind } from "../../../core/vocabulary.js";
import type { RunnerActions } from "../../../services/coach/test-support/cohort.js";
import { limber } from "./in-process.js";

/** The data folder of user `userId` of a CLI cohort kept under `root`. */
export const cliDataDir = (root: string, userId: string): string => join(root, userId);

/** Runs one command as the runner at `now`; a non-zero exit fails with what it printed. */
async function call(dir: string, argv: string[], now: Date, stdin?: string): Promise<string> {
  const r = await limber({ LIMBER_DATA_DIR: dir }, argv, { now, ...(stdin ? { stdin } : {}) });
  if (r.code !== 0)
    throw new Error(`limber ${argv.join(" ")} exited ${r.code}: ${r.err.trim() || r.out.trim()}`);
  return r.out;
}

const ratings = (r: { stiffness: number; soreness: number; pain: number }) =>
  `stiffness=${r.stiffness},soreness=${r.soreness},pain=${r.pain}`;

/**
 * The runner `userId`'s actions as CLI commands, on a journal in `cliDataDir(root, userId)`.
 *
 * @example
 * const actions = cliActions("/tmp/cohort", "runner-1");
 * await actions.today(new Date("2026-01-05T09:00:00Z")); // `limber today --json` at that moment
 */
export function cliActions(root: string, userId: string): RunnerActions {
  const dir = cliDataDir(root, userId);
  mkdirSync(dir, { recursive: true });
  return {
    async signUp(profile, now) {
      await call(
        dir,
        [
          "profile",
          "--name",
          profile.name,
          "--tz",
          "UTC",
          "--equipment",
          profile.equipment.length ? profile.equipment.join(",") : "none",
          "--new-to-soft-tissue",
          profile.newToSoftTissue ? "yes" : "no",
        ],
        now,
      );
    },
    async bodyCheck(date, entries, now) {
      const list = entries.map((e) => `${e.region}=${e.stiffness}/${e.tenderness}`).join(",");
      await call(dir, ["check", list, "--date", date], now);
    },
    async run({ type, minutes, rpe }, now) {
      await call(
        dir,
        ["run", "add", "--type", type, "--minutes", String(minutes), "--rpe", String(rpe)],
        now,
      );
    },
    async today(now) {
      const today = JSON.parse(await call(dir, ["today", "--json"], now)) as Routine & {
        context: { session: SessionKind };
      };
      return { routine: today, session: today.context.session };
    },
    async log(session, now) {
      await call(
        dir,
        [
          "log",
          "--routine",
          "-",
          "--started-at",
          session.startedAt,
          "--before",
          ratings(session.before),
          "--after",
          ratings(session.after),
          ...(session.skipped.length ? ["--skipped", session.skipped.join(",")] : []),
        ],
        now,
        JSON.stringify(session.routine),
      );
    },
    async romTest(test, now) {
      await call(
        dir,
        [
          "rom",
          "add",
          test.test,
          "--left",
          String(test.left),
          "--right",
          String(test.right),
          "--date",
          test.date,
        ],
        now,
      );
    },
  };
}

/**
 * `limber runs [--limit N | --all] [--json]`: the journal's runs and cross-training with
 * type, distance, duration, pace and load, the newest 50 unless asked for more (a journal of
 * years holds thousands; the API pages the same way). `limber runs set-type ID TYPE` sets the
 * runner's own type (`auto` goes back to the type the data suggests); `limber runs delete
 * ID|last` deletes one logged or imported by mistake (runs-delete.ts).
 */
import { InputError } from "../../core/errors.js";
import { RUN_TYPES } from "../../core/vocabulary.js";
import { listRunsWithLoad } from "../../services/imports/index.js";
import { setRunType } from "../../services/journal/runs.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withJournal } from "./journal-support.js";
import { table } from "./load.js";
import { displayFor } from "./display.js";
import { deleteCommand } from "./runs-delete.js";
import { recordNamed } from "./id-or-last.js";
import { runCells } from "./run-line.js";

/** Runs listed when neither --limit nor --all is given. */
export const DEFAULT_RUNS_LISTED = 50;
/** The largest --limit: beyond it, --all says what is meant. */
const MAX_LIMIT = 100_000;

/**
 * How many of the newest runs to list: `undefined` for all of them.
 *
 * @example
 * runsToList({}); // 50
 * runsToList({ limit: "200" }); // 200
 * runsToList({ all: true }); // undefined
 */
export function runsToList(o: { limit?: string; all?: boolean }): number | undefined {
  if (o.all && o.limit !== undefined)
    throw new InputError("--limit", "give either --limit N or --all, not both");
  if (o.all) return undefined;
  if (o.limit === undefined) return DEFAULT_RUNS_LISTED;
  const n = /^\d+$/.test(o.limit.trim()) ? Number(o.limit) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_LIMIT)
    throw new InputError(
      "--limit",
      `must be a whole number of runs from 1 to ${MAX_LIMIT.toLocaleString("en")}, got ${o.limit}; --all lists every run`,
    );
  return n;
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("runs", "List runs with their type and load, the newest 50 unless asked")
    .option("--limit <n>", `list the newest N runs (default ${DEFAULT_RUNS_LISTED})`)
    .option("--all", "list every run in the journal")
    .option("--units <units>", "metric or imperial (default: your profile's)")
    .option("--json", "print the list as JSON (the same runs: newest 50 unless --limit or --all)")
    .addHelpText(
      "after",
      "\nTo change a run: limber runs set-type ID TYPE|auto (your own type, or back to the data's);\n" +
        "limber run rpe ID 1-10|clear (your own effort).\n" +
        "To delete one logged or imported by mistake: limber runs delete ID|last (asks first;\n" +
        "--yes when not at a terminal). Its load leaves your training load at once.",
    );
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ json?: boolean; units?: string; limit?: string; all?: boolean }>();
  const limit = runsToList(o);
  return withJournal(io, async (database, userId) => {
    const { units } = await displayFor(database, userId, o.units);
    // One more than asked tells whether older runs were left out, without counting them all.
    const read = await listRunsWithLoad(
      database,
      userId,
      limit === undefined ? {} : { newest: limit + 1 },
    );
    const more = limit !== undefined && read.length > limit;
    const lines = more ? read.slice(read.length - limit) : read;
    const older = `Older runs are not listed: \`limber runs --limit N\` lists the newest N, \`limber runs --all\` every run.`;
    if (o.json) {
      printJson(io, lines);
      if (more) io.err(`The newest ${limit} runs. ${older}`);
      return 0;
    }
    if (lines.length === 0) {
      io.out(
        "No runs yet. Import some with `limber import PATH` or add one with `limber run add`.",
      );
      return 0;
    }
    const rows = lines.map((l) => {
      const c = runCells(l, units);
      return [c.date, c.type, c.distance, c.time, c.pace, c.load, l.id];
    });
    io.out(table(["date", "type", "distance", "time", "pace", "load", "id"], rows));
    io.out(
      "* type set by you   ~ RPE estimated (from heart rate or run type)   load = RPE x minutes",
    );
    if (more) io.out(`\nThe newest ${limit} runs. ${older}`);
    return 0;
  });
}

async function setType(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("runs set-type", "Set a run's type yourself")
    .argument("<id>", "run id (see `limber runs`)")
    .argument("<type>", `${RUN_TYPES.join(", ")}, or auto`)
    .option("--json", "print the updated run as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const [id, type] = parsed.args as [string, string];
  if (type !== "auto" && !(RUN_TYPES as readonly string[]).includes(type)) {
    throw new InputError("TYPE", `must be one of ${RUN_TYPES.join(", ")}, auto; got "${type}"`);
  }
  return withJournal(io, async (database, userId) => {
    const r = await recordNamed(id, { what: "run", listedBy: "limber runs" }, () =>
      setRunType(database, userId, id, type === "auto" ? null : type),
    );
    if (parsed.opts<{ json?: boolean }>().json) printJson(io, r);
    else
      io.out(
        type === "auto"
          ? `Run ${id}: back to the type its data suggests (${r.classification?.type ?? "none"}).`
          : `Run ${id} is now ${type}.`,
      );
    return 0;
  });
}

async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === "set-type") return setType(argv.slice(1), io);
  if (argv[0] === "delete") return deleteCommand(argv.slice(1), io);
  return list(argv, io);
}

export const command: CliCommand = {
  summary:
    "List runs with type and load (the newest 50; --all for every one); set a run's type; delete one",
  run,
};

/**
 * `limber runs delete ID|last`: deletes a run imported twice or typed in wrong (100 km for
 * 10), so its load leaves the training load. It names the run and asks first at a terminal;
 * elsewhere it needs --yes.
 */
import { NotFoundError } from "../../core/errors.js";
import { listRunsWithLoad, runWithLoad, type RunListLine } from "../../services/imports/index.js";
import { deleteRun } from "../../services/journal/runs.js";
import type { Database } from "../../store/db.js";
import type { CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { confirmed } from "./confirm.js";
import { byIdOrLast } from "./id-or-last.js";
import { displayFor } from "./display.js";
import { printJson, withJournal } from "./journal-support.js";
import { runWords } from "./run-line.js";

/**
 * The done run an id names, as `limber runs` lists it; "last" is the one that started last.
 * An InputError naming \`id\` when there is no such run (or none at all).
 *
 * @example
 * const line = await runNamed(database, userId, "last"); // line.id, line.date, line.load ...
 */
export function runNamed(database: Database, userId: string, id: string): Promise<RunListLine> {
  return byIdOrLast(id, {
    what: "run",
    listedBy: "limber runs",
    byId: async (x) => {
      const line = await runWithLoad(database, userId, x);
      if (line === null) throw new NotFoundError(`run ${x}`);
      return line;
    },
    newest: async () => (await listRunsWithLoad(database, userId, { newest: 1 }))[0],
    none: "there is no run in the journal yet",
  });
}

/**
 * @example
 * await deleteCommand(["last", "--yes"], io); // 0, "Deleted the easy run of 2026-11-19 (40:00, 8.00 km); …"
 */
export async function deleteCommand(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("runs delete", "Delete a run imported twice or entered by mistake")
    .argument("<id>", "the run's id (the last column of `limber runs`), or last")
    .option("--yes", "delete without asking")
    .option("--units <units>", "metric or imperial (default: your profile's)")
    .option("--json", "print { ok, id, run } with the deleted run as `limber runs --json` lists it")
    .addHelpText(
      "after",
      "\nIts load leaves your training load at once, and today's routine and the week are\n" +
        "built without it. A comfort rating given for it stays, counted by its day.\n" +
        "A run imported from a file stays out of later imports of it\n" +
        "(limber import --include-deleted brings it back).\n" +
        "Planned runs are deleted with limber plan delete ID.\n" +
        "Example: limber runs delete last --yes",
    );
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ yes?: boolean; json?: boolean; units?: string }>();
  return withJournal(io, async (database, userId) => {
    const { units } = await displayFor(database, userId, o.units);
    const line = await runNamed(database, userId, parsed.args[0]!);
    const words = runWords(line, units);
    const question = `Delete ${words}? Its load leaves your training load.`;
    if (!(await confirmed(io, o.yes, question, "to delete a run"))) {
      io.out("Nothing deleted.");
      return 0;
    }
    await deleteRun(database, userId, line.id, { now: io.now() });
    if (o.json) printJson(io, { ok: true, id: line.id, run: line });
    else io.out(`Deleted ${words}; your training load no longer counts it.`);
    return 0;
  });
}

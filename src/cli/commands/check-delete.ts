/**
 * `limber check delete ID|last`: deletes a body check recorded by mistake (a typo, the wrong
 * side, a duplicate), which would otherwise steer the routine's emphasis (A2). It names the
 * check and asks first at a terminal; elsewhere it needs --yes.
 */
import type { BodyCheck } from "../../core/journal/types.js";
import {
  deleteBodyCheck,
  getBodyCheck,
  listBodyChecks,
} from "../../services/journal/body-checks.js";
import type { Database } from "../../store/db.js";
import type { CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { checkWords } from "./check-words.js";
import { confirmed } from "./confirm.js";
import { byIdOrLast } from "./id-or-last.js";
import { printJson, withJournal } from "./journal-support.js";

/**
 * The check an id names; "last" is the newest, the last line of `limber check list` (by day,
 * then by when it was recorded). An InputError naming `id` when there is none yet or the id
 * names none of the runner's checks.
 */
function checkNamed(database: Database, userId: string, id: string): Promise<BodyCheck> {
  return byIdOrLast(id, {
    what: "body check",
    listedBy: "limber check list",
    byId: (x) => getBodyCheck(database, userId, x),
    newest: async () => (await listBodyChecks(database, userId, { newest: 1 }))[0],
    none: "there is no body check yet",
  });
}

/**
 * @example
 * await deleteCommand(["last", "--yes"], io);
 * // 0, "Deleted the body check of Sat 5 Dec (calves-left stiffness 9/10, tenderness 2/10)."
 */
export async function deleteCommand(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("check delete", "Delete a body check recorded by mistake")
    .argument("<id>", "the check's id (`limber check list` shows it in brackets), or last")
    .option("--yes", "delete without asking")
    .option(
      "--json",
      "print { ok, id, check } with the deleted check as `limber check list --json` lists it",
    )
    .addHelpText(
      "after",
      "\nToday's routine, the week plan and insights stop reading it at once; the check before it\n" +
        "counts again. Example: limber check delete last --yes",
    );
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ yes?: boolean; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const check = await checkNamed(database, userId, parsed.args[0]!);
    const words = checkWords(io, check);
    if (!(await confirmed(io, o.yes, `Delete ${words}?`, "to delete a body check"))) {
      io.out("Nothing deleted.");
      return 0;
    }
    const gone = await deleteBodyCheck(database, userId, check.id);
    if (o.json) printJson(io, { ok: true, id: gone.id, check: gone });
    else {
      io.out(`Deleted ${words}.`);
      // With none left, routines have no tight regions to serve first (A2): say how to add one.
      if ((await listBodyChecks(database, userId, { newest: 1 })).length === 0)
        io.out("No body check left: record one with `limber check calves=8/2,glutes=3/1`.");
    }
    return 0;
  });
}

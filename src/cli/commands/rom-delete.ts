/**
 * `limber rom delete ID|last`: deletes a range-of-motion test recorded by mistake (a typo,
 * the wrong side, a duplicate), which would otherwise pass for a real change in range. It
 * names the test and asks first at a terminal; elsewhere it needs --yes.
 */
import type { RomTest } from "../../core/journal/types.js";
import { deleteRomTest, getRomTest, listRomTests } from "../../services/journal/rom-tests.js";
import type { Database } from "../../store/db.js";
import type { CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { confirmed } from "./confirm.js";
import { byIdOrLast } from "./id-or-last.js";
import { displayFor } from "./display.js";
import { printJson, withJournal } from "./journal-support.js";
import { romTestWords } from "./rom-words.js";

/**
 * The test an id names; "last" is the newest, the last line of `limber rom list` (by day,
 * then by when it was recorded). An InputError naming `id` when there is none yet or the id
 * names none of the runner's tests.
 */
function romTestNamed(database: Database, userId: string, id: string): Promise<RomTest> {
  return byIdOrLast(id, {
    what: "range-of-motion test",
    listedBy: "limber rom list",
    byId: (x) => getRomTest(database, userId, x),
    newest: async () => (await listRomTests(database, userId, { newest: 1 }))[0],
    none: "there is no range-of-motion test yet",
  });
}

/**
 * @example
 * await deleteCommand(["last", "--yes"], io);
 * // 0, "Deleted the range-of-motion test of Sat 5 Dec (knee-to-wall: left 9 cm, right 19 cm)."
 */
export async function deleteCommand(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("rom delete", "Delete a range-of-motion test recorded by mistake")
    .argument("<id>", "the test's id (`limber rom list` shows it in brackets), or last")
    .option("--yes", "delete without asking")
    .option(
      "--json",
      "print { ok, id, test } with the deleted test as `limber rom list --json` lists it",
    )
    .addHelpText(
      "after",
      "\nInsights, the weekly audit and a professional's goals stop reading it at once; the test\n" +
        "before it is your latest again. Example: limber rom delete last --yes",
    );
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ yes?: boolean; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const test = await romTestNamed(database, userId, parsed.args[0]!);
    const words = romTestWords(io, test, (await displayFor(database, userId)).units);
    if (!(await confirmed(io, o.yes, `Delete ${words}?`, "to delete a range-of-motion test"))) {
      io.out("Nothing deleted.");
      return 0;
    }
    const gone = await deleteRomTest(database, userId, test.id);
    if (o.json) printJson(io, { ok: true, id: gone.id, test: gone });
    else io.out(`Deleted ${words}.`);
    return 0;
  });
}

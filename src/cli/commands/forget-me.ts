/**
 * `limber forget-me [--yes]`: deletes the whole journal in one transaction, then rewrites
 * the SQLite file and empties its WAL so no byte of it stays on disk. Asks at a terminal;
 * elsewhere it needs --yes.
 */
import { forgetMe } from "../../services/journal/forget.js";
import { compactAfterErase } from "../../store/compact.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { confirmed } from "./confirm.js";
import { printJson, withJournal } from "./journal-support.js";

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("forget-me", "Delete your whole journal")
    .option("--yes", "confirm without asking")
    .option("--json", "print what was deleted as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ yes?: boolean; json?: boolean }>();
  const sure = await confirmed(
    io,
    o.yes,
    "Delete your whole journal (profile, checks, tests, sessions, runs, pain flags)? This cannot be undone.",
    "to delete the whole journal",
  );
  if (!sure) {
    io.out("Nothing deleted.");
    return 0;
  }
  return withJournal(io, async (database, userId) => {
    // The bare user row stays (it holds no data of the runner): a local server that has
    // the journal open keeps writing to it instead of failing on a missing user.
    const removed = await forgetMe(database, userId, { keepUser: true });
    await compactAfterErase(database);
    if (o.json) printJson(io, removed);
    else io.out(`Deleted ${removed.total} records. The journal is empty.`);
    return 0;
  });
}

export const command: CliCommand = { summary: "Delete your whole journal (asks first)", run };

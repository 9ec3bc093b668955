/**
 * `limber log delete ID|last`: deletes a session logged twice or by mistake, with its items.
 * It names the session and asks first at a terminal; elsewhere it needs --yes.
 */
import { sessionSummary } from "../../services/journal/history.js";
import { deleteSession } from "../../services/journal/sessions.js";
import type { CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { confirmed } from "./confirm.js";
import { displayFor, localTime } from "./display.js";
import { printJson, withJournal } from "./journal-support.js";
import { sessionNamed } from "./id-or-last.js";

/**
 * @example
 * await deleteCommand(["last", "--yes"], io); // 0, "Deleted 2026-12-04 07:10  post-run session: …"
 */
export async function deleteCommand(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("log delete", "Delete a session you logged twice or by mistake")
    .argument("<id>", "the session's id (`limber history` shows it in brackets), or last")
    .option("--yes", "delete without asking")
    .option("--json", "print { ok, id, session } with the deleted session as it was stored")
    .addHelpText(
      "after",
      "\nInsights and the coach stop counting the session at once; pain flags you raised stay.\n" +
        "To change what a session holds instead: limber log edit ID.\n" +
        "Example: limber log delete last --yes",
    );
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ yes?: boolean; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const session = await sessionNamed(database, userId, parsed.args[0]!);
    const d = await displayFor(database, userId);
    const line = `${localTime(session.startedAt, d.timeZone)}  ${sessionSummary(session)}`;
    if (!(await confirmed(io, o.yes, `Delete ${line}?`, "to delete a session"))) {
      io.out("Nothing deleted.");
      return 0;
    }
    await deleteSession(database, userId, session.id);
    if (o.json) printJson(io, { ok: true, id: session.id, session });
    else io.out(`Deleted ${line}.`);
    return 0;
  });
}

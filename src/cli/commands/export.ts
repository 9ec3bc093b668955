/**
 * `limber export`: the whole journal as one JSON document on stdout (profile, body checks,
 * ROM tests, sessions, pain flags, runs, comfort ratings), for `limber restore`, written
 * as it is read.
 */
import { journalExportText } from "../../services/journal/export.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { withJournal } from "./journal-support.js";

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("export", "Write the whole journal as one JSON document to stdout").option(
    "--compact",
    "one line instead of indented JSON",
  );
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ compact?: boolean }>();
  return withJournal(io, async (database, userId) => {
    // written a year of records at a time: memory stays flat however long the journal
    const pieces: string[] = [];
    for await (const text of journalExportText(database, userId, {
      now: io.now(),
      indent: !o.compact,
    }))
      if (io.write) await io.write(text);
      else pieces.push(text);
    if (io.write) await io.write("\n");
    else io.out(pieces.join(""));
    return 0;
  });
}

export const command: CliCommand = { summary: "Export the whole journal as JSON (stdout)", run };

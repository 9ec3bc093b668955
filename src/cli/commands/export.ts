/**
 * `limber export`: the whole journal as one JSON document on stdout (profile, body checks,
 * ROM tests, sessions, pain flags, runs, comfort ratings), for `limber restore`.
 */
import { exportJournal } from "../../services/journal/export.js";
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
    const doc = await exportJournal(database, userId, { now: io.now() });
    io.out(o.compact ? JSON.stringify(doc) : JSON.stringify(doc, null, 2));
    return 0;
  });
}

export const command: CliCommand = { summary: "Export the whole journal as JSON (stdout)", run };

/**
 * `limber restore FILE|- [--replace]`: brings back a journal written by `limber export`.
 * Every record is checked first; those that fail are left out and listed, the rest are
 * written in one transaction, into an empty journal unless --replace. A profile that fails
 * its checks refuses the whole file.
 */
import { InputError } from "../../core/errors.js";
import { counted } from "../../core/text/counted.js";
import { restoreJournal } from "../../services/journal/export.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, readJsonInput, withJournal } from "./journal-support.js";

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("restore", "Restore a journal from an export file")
    .argument("[file]", "the export file, or - for stdin")
    .option("--replace", "replace a journal that already holds records")
    .option("--json", "print what was restored as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ replace?: boolean; json?: boolean }>();
  const file = parsed.args[0];
  if (!file)
    throw new InputError("FILE", "is required: the file `limber export` wrote, or - for stdin");
  const doc = await readJsonInput(io, "FILE", file);
  return withJournal(io, async (database, userId) => {
    const result = await restoreJournal(database, userId, doc, {
      replace: o.replace ?? false,
      now: io.now(),
    });
    if (o.json) {
      printJson(io, result);
      return 0;
    }
    io.out(
      `Restored: ${counted(result.sessions, "session")}, ${counted(result.runs, "run")}, ${counted(result.bodyChecks, "body check")}, ${counted(result.romTests, "ROM test")}, ` +
        `${counted(result.painFlags, "pain flag")}, ${counted(result.runComfort, "comfort rating")}, ${counted(result.calendarFeeds, "calendar feed")}${result.profile ? ", profile" : ""}.`,
    );
    if (result.renamed > 0)
      io.out(
        `${result.renamed} records got new ids, because another journal in this database uses theirs.`,
      );
    if (result.skipped.length > 0) {
      io.out(`Left out ${result.skipped.length} records that could not be restored:`);
      for (const p of result.skipped) io.out(`  ${p.field}: ${p.message}`);
    }
    return 0;
  });
}

export const command: CliCommand = {
  summary: "Restore a journal from `limber export` output",
  run,
};

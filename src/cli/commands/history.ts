/**
 * `limber history`: the journal's newest entries across sessions, runs, checks, ROM
 * tests, pain flags and comfort ratings.
 */
import { journalHistory } from "../../services/journal/history.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withFlagNames, withJournal } from "./journal-support.js";

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("history", "Show the newest journal entries")
    .option("--limit <n>", "how many entries (default 20)")
    .option("--json", "print the entries with their full records as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ limit?: string; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const entries = await withFlagNames({ limit: "--limit" }, () => journalHistory(database, userId, { limit: o.limit }));
    if (o.json) printJson(io, entries);
    else if (entries.length === 0) io.out("The journal is empty. Start with `limber profile`, `limber check` or `limber log`.");
    else io.out(entries.map((e) => `${e.at.slice(0, 16).replace("T", " ")}  ${e.summary}  [${e.id}]`).join("\n"));
    return 0;
  });
}

export const command: CliCommand = { summary: "Show your journal's newest entries", run };

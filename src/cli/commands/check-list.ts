/**
 * `limber check list`: the body checks, oldest first, one line each with its day, its
 * regions and its id in brackets (for `limber check delete`).
 */
import { listBodyChecks } from "../../services/journal/body-checks.js";
import type { CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { checkRegions } from "./check-words.js";
import { withJournal } from "./journal-support.js";
import { printList } from "./subcommands.js";

/**
 * @example
 * await listCommand([], io);
 * // 0, "2026-12-05  calves-left stiffness 9/10, tenderness 2/10  [3f2c…]"
 */
export async function listCommand(argv: string[], io: CliIo): Promise<number> {
  const cmd = program(
    "check list",
    "List body checks, oldest first, each with its id in brackets (for check delete)",
  ).option("--json", "print as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ json?: boolean }>();
  return withJournal(io, async (database, userId) =>
    printList(io, await listBodyChecks(database, userId), {
      json: o.json === true,
      empty: "No body checks yet. Record one with `limber check calves=8/2,glutes=3/1`.",
      // The check's day is the runner's own calendar day, as it was recorded.
      line: (c) => `${c.date}  ${checkRegions(c)}  [${c.id}]`,
    }),
  );
}

/**
 * What commands with subcommands (`limber pro`, `limber share`) share: printing a list the
 * API answered, and the answer to no subcommand, `--help` or an unknown one.
 */
import { InputError } from "../../core/errors.js";
import { listed } from "../../core/text/listed.js";
import type { CliIo } from "../io.js";
import { printJson } from "./journal-support.js";

/**
 * A list as JSON with --json; else one line per item, or a sentence when it is empty.
 * Returns the exit code.
 *
 * @example
 * printList(io, grants, { json: false, empty: "You share your journal with no one.", line: (g) => g.id });
 */
export function printList<T>(
  io: CliIo,
  items: readonly T[],
  opts: { json: boolean; empty: string; line: (item: T) => string },
): number {
  if (opts.json) printJson(io, items);
  else if (items.length === 0) io.out(opts.empty);
  else io.out(items.map(opts.line).join("\n"));
  return 0;
}

/**
 * The usage for no subcommand (exit 2) or `--help` (exit 0); an InputError naming the
 * subcommands for anything else.
 *
 * @example
 * helpOrUnknown("lst", USAGE, io, ["list", "grant"]); // throws `subcommand: "lst" is not list or grant`
 */
export function helpOrUnknown(
  sub: string | undefined,
  usage: string,
  io: CliIo,
  names: readonly string[],
): number {
  if (sub === undefined || sub === "--help" || sub === "-h") {
    io.out(usage);
    return sub === undefined ? 2 : 0;
  }
  throw new InputError("subcommand", `"${sub}" is not ${listed(names, "or")}`);
}

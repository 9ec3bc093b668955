/**
 * Builds a commander program for one command with Limber's error contract: bad options
 * exit 2 with one line naming the option; `--help` prints to stdout and exits 0.
 *
 * @example
 * const cmd = program("movements", "Browse the movement library").option("--json");
 * const parsed = parseProgram(cmd, argv, io);
 * if (typeof parsed === "number") return parsed; // help shown or bad input
 * const opts = parsed.opts<{ json?: boolean }>();
 */
import { Command, CommanderError } from "commander";
import type { CliIo } from "./io.js";

export function program(name: string, summary: string): Command {
  return new Command(`limber ${name}`)
    .description(summary)
    .helpOption("-h, --help", "show the options of this command")
    .exitOverride()
    .showSuggestionAfterError(false);
}

/** Parses argv; returns the command, or an exit status when help was shown or input was bad. */
export function parseProgram(cmd: Command, argv: string[], io: CliIo): Command | number {
  let helpText = "";
  cmd.configureOutput({
    writeOut: (s) => (helpText += s),
    writeErr: () => undefined,
  });
  try {
    cmd.parse(argv, { from: "user" });
    return cmd;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.help" ||
        e.code === "commander.version"
      ) {
        io.out(helpText);
        return 0;
      }
      io.err(`limber: ${e.message.replace(/^error: /, "")}`);
      return 2;
    }
    throw e;
  }
}

/**
 * The question a deleting command asks first: at a terminal it asks (default no); elsewhere
 * it needs --yes, so a script never deletes by accident and never hangs on a prompt.
 */
import { InputError } from "../../core/errors.js";
import type { CliIo } from "../io.js";
import { prompts } from "./journal-support.js";

/**
 * True when the deletion may go ahead: `--yes` was given, or the runner said yes at the
 * terminal. An InputError naming `--yes` when there is no terminal to ask at.
 *
 * @example
 * if (!(await confirmed(io, o.yes, "Delete this session?", "to delete a session"))) {
 *   io.out("Nothing deleted.");
 *   return 0;
 * }
 */
export async function confirmed(
  io: CliIo,
  yes: boolean | undefined,
  question: string,
  what: string,
): Promise<boolean> {
  if (yes) return true;
  if (!io.interactive) throw new InputError("--yes", `is required ${what} when not at a terminal`);
  const { confirm } = await prompts();
  return confirm({ message: question, default: false });
}

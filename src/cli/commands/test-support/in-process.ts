/**
 * An in-process CliIo for command tests: captures stdout/stderr, feeds stdin, fixes the
 * clock, and points the journal at a test database through the environment.
 */
import type { CliIo } from "../../io.js";
import { runCli } from "../../main.js";

export interface Captured {
  code: number;
  out: string;
  err: string;
}

/** Runs one `limber ...` call in-process; `env` points the journal (if any) at a test folder. */
export async function limber(
  env: Record<string, string>,
  argv: string[],
  opts: { stdin?: string; now?: Date } = {},
): Promise<Captured> {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (t) => void (out += t.endsWith("\n") ? t : t + "\n"),
    err: (t) => void (err += t.endsWith("\n") ? t : t + "\n"),
    readStdin: async () => opts.stdin ?? "",
    interactive: false,
    env,
    now: () => opts.now ?? new Date("2026-11-20T18:00:00Z"),
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

import { processEnvironment, type Environment } from "../services/config/index.js";

/**
 * What a command may touch of the outside world. Commands write through this so tests can
 * run them in-process and read what they printed.
 */
export interface CliIo {
  out(text: string): void;
  /**
   * Writes text to standard output as is (no newline added), for output sent in pieces;
   * resolves once the stream can take more.
   */
  write?(text: string): void | Promise<void>;
  err(text: string): void;
  /** Standard input as text (for `--routine -`, restore from a pipe). */
  readStdin(): Promise<string>;
  /** True when a person is at a terminal (interactive prompts, progress bars). */
  interactive: boolean;
  /** The raw environment; commands read it through `configFrom` (src/services/config). */
  env: Environment;
  /** The clock, injectable for tests. */
  now(): Date;
}

export function processIo(): CliIo {
  // `limber runs | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return {
    out: (t) => void process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
    write: (t) =>
      process.stdout.write(t)
        ? undefined
        : new Promise<void>((done) => process.stdout.once("drain", () => done())),
    err: (t) => void process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    // Asked only when a command needs it, stdout first: touching process.stdin sets up its
    // stream (about 2 ms), which a command printing to a pipe never needs.
    get interactive() {
      return Boolean(process.stdout.isTTY && process.stdin.isTTY);
    },
    env: processEnvironment(),
    now: () => new Date(),
  };
}

/** A command module: parses its own arguments, returns the exit status. */
export interface CliCommand {
  summary: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

import type { CliCommand } from "../io.js";

// Placeholder until this command is built; see the issue that owns it.
export const command: CliCommand = {
  summary: "(not available yet)",
  async run(_argv, io) {
    io.err("limber serve: not available yet");
    return 1;
  },
};

/**
 * Entry of the `limber` command: picks the command by its first word and loads only that
 * module, so `limber routine` never pays for the database or the HTTP server.
 */
import { InputError } from "../core/errors.js";
import { configFrom } from "../services/config/index.js";
import { processIo, type CliIo, type CliCommand } from "./io.js";

type Loader = () => Promise<{ command: CliCommand }>;

/** Every command, lazily loaded. Order is the order `limber --help` lists them in. */
export const COMMANDS: Record<string, Loader> = {
  routine: () => import("./commands/routine.js"),
  today: () => import("./commands/today.js"),
  movements: () => import("./commands/movements.js"),
  profile: () => import("./commands/profile.js"),
  check: () => import("./commands/check.js"),
  rom: () => import("./commands/rom.js"),
  run: () => import("./commands/run.js"),
  runs: () => import("./commands/runs.js"),
  import: () => import("./commands/import.js"),
  load: () => import("./commands/load.js"),
  pain: () => import("./commands/pain.js"),
  log: () => import("./commands/log.js"),
  comfort: () => import("./commands/comfort.js"),
  history: () => import("./commands/history.js"),
  week: () => import("./commands/week.js"),
  insights: () => import("./commands/insights.js"),
  export: () => import("./commands/export.js"),
  restore: () => import("./commands/restore.js"),
  "forget-me": () => import("./commands/forget-me.js"),
  serve: () => import("./commands/serve.js"),
  admin: () => import("./commands/admin.js"),
  plan: () => import("./commands/plan.js"),
  share: () => import("./commands/share.js"),
  pro: () => import("./commands/pro.js"),
};

async function help(io: CliIo): Promise<number> {
  const lines = [
    "Limber: mobility and soft-tissue care for runners.",
    "",
    "Usage: limber <command> [options]",
    "",
  ];
  for (const [name, load] of Object.entries(COMMANDS)) {
    const { command } = await load();
    // Summaries read as one list: lower-case first letter whatever each command wrote.
    const summary = command.summary.charAt(0).toLowerCase() + command.summary.slice(1);
    lines.push(`  ${name.padEnd(11)} ${summary}`);
  }
  lines.push("", "Run `limber <command> --help` for the options of one command.");
  io.out(lines.join("\n"));
  return 0;
}

/** Runs one CLI invocation and returns its exit status (0 ok, 1 failure, 2 bad input). */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") return help(io);
  if (name === "--version") {
    io.out("0.1.0");
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`limber: unknown command "${name}"; allowed: ${Object.keys(COMMANDS).join(", ")}`);
    return 2;
  }
  try {
    // The environment is checked once, before any command runs: a bad variable is one line, exit 2.
    configFrom(io.env);
    const { command } = await load();
    return await command.run(rest, io);
  } catch (e) {
    return reportError(e, io);
  }
}

/** One clear line for the person; never a stack trace (DESIGN.md). */
export function reportError(e: unknown, io: CliIo): number {
  if (e instanceof InputError) {
    io.err(`limber: ${e.message}`);
    return 2;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(`limber: ${message}`);
  if (debugging(io) && e instanceof Error && e.stack) io.err(e.stack);
  return 1;
}

function debugging(io: CliIo): boolean {
  try {
    return configFrom(io.env).debug;
  } catch {
    return false;
  }
}

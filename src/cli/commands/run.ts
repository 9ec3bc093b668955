/**
 * `limber run add`: records a run typed in by hand (type, minutes, distance, RPE), for
 * runners without a file to import.
 */
import { InputError } from "../../core/errors.js";
import { RUN_TYPES } from "../../core/vocabulary.js";
import { addManualRun } from "../../services/journal/runs.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, prompts, withFlagNames, withJournal } from "./journal-support.js";

interface Options {
  type?: string;
  minutes?: string;
  km?: string;
  rpe?: string;
  date?: string;
  name?: string;
  json?: boolean;
}

const FLAGS = {
  type: "--type",
  minutes: "--minutes",
  km: "--km",
  rpe: "--rpe",
  date: "--date",
  startTime: "--date",
  name: "--name",
};

async function add(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("run add", "Record a run by hand")
    .option("--type <type>", RUN_TYPES.join(", "))
    .option("--minutes <n>", "duration in minutes")
    .option("--km <n>", "distance in km")
    .option("--rpe <1-10>", "perceived effort 1-10")
    .option("--date <YYYY-MM-DD>", "day of the run (default today, ending now)")
    .option("--name <text>", "a name for the run")
    .option("--json", "print the saved run as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<Options>();
  if ((o.type === undefined || o.minutes === undefined) && io.interactive) {
    const { select, input } = await prompts();
    o.type ??= await select({ message: "Run type", choices: RUN_TYPES.map((t) => ({ value: t })) });
    o.minutes ??= await input({ message: "Minutes" });
  }
  if (o.type === undefined)
    throw new InputError("--type", `is required: one of ${RUN_TYPES.join(", ")}`);
  if (o.minutes === undefined)
    throw new InputError("--minutes", "is required: the run's duration in minutes");
  return withJournal(io, async (database, userId) => {
    const { run, duplicateOf } = await withFlagNames(FLAGS, () =>
      addManualRun(
        database,
        userId,
        { type: o.type, minutes: o.minutes, km: o.km, rpe: o.rpe, date: o.date, name: o.name },
        { now: io.now() },
      ),
    );
    if (o.json) printJson(io, duplicateOf ? { ...run, duplicateOf } : run);
    else if (duplicateOf) io.out(`Already in the journal as ${duplicateOf}; nothing added.`);
    else {
      const km =
        run.activity.distanceMeters !== undefined
          ? `, ${run.activity.distanceMeters / 1000} km`
          : "";
      io.out(
        `Run saved (${run.id}): ${o.type}, ${Math.round(run.activity.elapsedSeconds / 60)} min${km}.`,
      );
    }
    return 0;
  });
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "add") return add(rest, io);
  if (sub === "plan") return (await import("./run-plan.js")).planRun(rest, io);
  if (sub === "rpe") return (await import("./run-plan.js")).runRpe(rest, io);
  // `limber run --type easy --minutes 30`, as the command list puts it: a run done, so add.
  if (sub?.startsWith("--") && sub !== "--help") return add(argv, io);
  if (sub === "--help" || sub === "-h" || sub === undefined) {
    io.out(
      [
        "Usage: limber run [add] --type TYPE --minutes N [--km N] [--rpe 1-10] [--date YYYY-MM-DD] [--json]",
        "       limber run plan --date YYYY-MM-DD --type TYPE --minutes N [--km N] [--time HH:MM] [--json]",
        "       limber run rpe ID 1-10|clear",
      ].join("\n"),
    );
    return sub === undefined ? 2 : 0;
  }
  throw new InputError(
    "subcommand",
    `"${sub}" is not add, plan or rpe (list runs with \`limber runs\`)`,
  );
}

export const command: CliCommand = {
  summary: "Record a run by hand (type, minutes, km, RPE)",
  run,
};

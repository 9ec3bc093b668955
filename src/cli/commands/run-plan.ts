/**
 * `limber run plan --date D --type T --minutes N`: plans a run for today or a later day,
 * so the week plan can place care around it. `limber run rpe ID 1-10|clear` sets your own
 * effort on any run (manual or imported); the load follows.
 */
import { InputError } from "../../core/errors.js";
import { RUN_TYPES } from "../../core/vocabulary.js";
import { setRunRpe } from "../../services/imports/load.js";
import { addPlannedRun } from "../../services/planned/planned-runs.js";
import type { CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, spokenDay, withFlagNames, withJournal } from "./journal-support.js";
import { recordNamed } from "./id-or-last.js";

const FLAGS = {
  date: "--date",
  type: "--type",
  minutes: "--minutes",
  km: "--km",
  time: "--time",
  name: "--name",
};

/** `limber run plan ...` */
export async function planRun(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("run plan", "Plan a run for today or a later day")
    .option("--date <YYYY-MM-DD>", "the day (today or later, at most a year ahead)")
    .option("--type <type>", RUN_TYPES.join(", "))
    .option("--minutes <n>", "planned duration in minutes")
    .option("--km <n>", "planned distance in km")
    .option("--time <HH:MM>", "planned start (local time)")
    .option("--name <text>", "a name, e.g. the workout")
    .option("--json", "print the planned run as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{
    date?: string;
    type?: string;
    minutes?: string;
    km?: string;
    time?: string;
    name?: string;
    json?: boolean;
  }>();
  if (o.date === undefined)
    throw new InputError("--date", "is required: the day of the planned run, YYYY-MM-DD");
  if (o.type === undefined)
    throw new InputError("--type", `is required: one of ${RUN_TYPES.join(", ")}`);
  if (o.minutes === undefined)
    throw new InputError("--minutes", "is required: the planned duration in minutes");
  const day = o.date;
  return withJournal(io, async (database, userId) => {
    const { run } = await withFlagNames(FLAGS, () =>
      addPlannedRun(
        database,
        userId,
        { date: o.date, type: o.type, minutes: o.minutes, km: o.km, time: o.time, name: o.name },
        { now: io.now() },
      ),
    );
    if (o.json) printJson(io, run);
    else {
      const km =
        run.activity.distanceMeters !== undefined
          ? `, ${run.activity.distanceMeters / 1000} km`
          : "";
      io.out(
        `Planned (${run.id}): ${o.type} on ${spokenDay(io, day)}, ${Math.round(run.activity.elapsedSeconds / 60)} min${km}. See it with \`limber week\`.`,
      );
    }
    return 0;
  });
}

/** `limber run rpe ID 1-10|clear` */
export async function runRpe(argv: string[], io: CliIo): Promise<number> {
  const cmd = program(
    "run rpe",
    "Set your own effort (RPE 1-10) on any run; clear to estimate it again",
  )
    .argument("<id>", "run id (see `limber runs`)")
    .argument("<rpe>", "1-10, or clear")
    .option("--json", "print the run as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const [id, value] = parsed.args as [string, string];
  return withJournal(io, async (database, userId) => {
    const run = await recordNamed(id, { what: "run", listedBy: "limber runs" }, () =>
      setRunRpe(database, userId, id, value === "clear" ? null : value),
    );
    if (parsed.opts<{ json?: boolean }>().json) printJson(io, run);
    else
      io.out(
        value === "clear"
          ? `RPE cleared on ${id}: the load is estimated again.`
          : `RPE ${value} set on ${id}; its load now counts RPE ${value} x minutes.`,
      );
    return 0;
  });
}

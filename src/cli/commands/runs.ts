/**
 * `limber runs [--json]`: the journal's runs and cross-training with type, distance,
 * duration, pace and load. `limber runs set-type ID TYPE` sets the runner's own type
 * (`auto` goes back to the type the data suggests).
 */
import { InputError } from "../../core/errors.js";
import { RUN_TYPES } from "../../core/vocabulary.js";
import { listRunsWithLoad } from "../../services/imports/index.js";
import { setRunType } from "../../services/journal/runs.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withJournal } from "./journal-support.js";
import { duration, table } from "./load.js";
import { displayFor, distanceText, paceText } from "./display.js";

async function list(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("runs", "List runs with their type and load")
    .option("--units <units>", "metric or imperial (default: your profile's)")
    .option("--json", "print the list as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const { json, units: unitsFlag } = parsed.opts<{ json?: boolean; units?: string }>();
  return withJournal(io, async (database, userId) => {
    const { units } = await displayFor(database, userId, unitsFlag);
    const lines = await listRunsWithLoad(database, userId);
    if (json) {
      printJson(io, lines);
      return 0;
    }
    if (lines.length === 0) {
      io.out(
        "No runs yet. Import some with `limber import PATH` or add one with `limber run add`.",
      );
      return 0;
    }
    const rows = lines.map((l) => [
      l.date,
      l.sport === "run"
        ? `${l.type ?? "run"}${l.typeSource === "runner" ? "*" : ""}`
        : `cross (${l.sport})`,
      l.distanceKm !== undefined ? distanceText(l.distanceKm, units) : "-",
      duration(l.seconds),
      l.sport === "run" ? paceText(l.paceSecondsPerKm, units) : "-",
      `${l.load} AU${l.rpeEstimated ? " ~" : ""}`,
      l.id,
    ]);
    io.out(table(["date", "type", "distance", "time", "pace", "load", "id"], rows));
    io.out(
      "* type set by you   ~ RPE estimated (from heart rate or run type)   load = RPE x minutes",
    );
    return 0;
  });
}

async function setType(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("runs set-type", "Set a run's type yourself")
    .argument("<id>", "run id (see `limber runs`)")
    .argument("<type>", `${RUN_TYPES.join(", ")}, or auto`)
    .option("--json", "print the updated run as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const [id, type] = parsed.args as [string, string];
  if (type !== "auto" && !(RUN_TYPES as readonly string[]).includes(type)) {
    throw new InputError("TYPE", `must be one of ${RUN_TYPES.join(", ")}, auto; got "${type}"`);
  }
  return withJournal(io, async (database, userId) => {
    const r = await setRunType(database, userId, id, type === "auto" ? null : type);
    if (parsed.opts<{ json?: boolean }>().json) printJson(io, r);
    else
      io.out(
        type === "auto"
          ? `Run ${id}: back to the type its data suggests (${r.classification?.type ?? "none"}).`
          : `Run ${id} is now ${type}.`,
      );
    return 0;
  });
}

async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === "set-type") return setType(argv.slice(1), io);
  return list(argv, io);
}

export const command: CliCommand = {
  summary: "List runs with type and load; set a run's type",
  run,
};

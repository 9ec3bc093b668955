/**
 * `limber comfort --comfort N [--run ID]`: how the run after a session felt (P7), 0-10.
 */
import { InputError } from "../../core/errors.js";
import { addRunComfort } from "../../services/journal/run-comfort.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, prompts, spokenDay, withFlagNames, withJournal } from "./journal-support.js";

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("comfort", "Rate how your run felt, 0 (awful) to 10 (great) (P7)")
    .option("--comfort <0-10>", "comfort 0-10")
    .option("--run <id>", "the run it rates (default today's latest run)")
    .option("--date <YYYY-MM-DD>", "day of the run (default today)")
    .option("--notes <text>", "notes")
    .option("--json", "print the rating as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{
    comfort?: string;
    run?: string;
    date?: string;
    notes?: string;
    json?: boolean;
  }>();
  if (o.comfort === undefined && io.interactive) {
    const { input } = await prompts();
    o.comfort = await input({ message: "How did the run feel, 0 (awful) to 10 (great)?" });
  }
  if (o.comfort === undefined)
    throw new InputError("--comfort", "is required: a whole number 0-10");
  return withJournal(io, async (database, userId) => {
    const rating = await withFlagNames(
      { comfort: "--comfort", run: "--run", date: "--date", notes: "--notes" },
      () =>
        addRunComfort(
          database,
          userId,
          { comfort: o.comfort, runId: o.run, date: o.date, notes: o.notes },
          { now: io.now() },
        ),
    );
    if (o.json) printJson(io, rating);
    else
      io.out(
        `Comfort ${rating.comfort}/10 saved for ${spokenDay(io, rating.date)}${rating.runId ? ` (run ${rating.runId})` : ""}.`,
      );
    return 0;
  });
}

export const command: CliCommand = { summary: "Rate how your next run felt (P7)", run };

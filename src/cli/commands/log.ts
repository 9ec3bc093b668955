/**
 * `limber log --routine FILE|-`: records a session done from a routine (P1), with before
 * and after ratings, skipped items, pressure used, mood, energy and notes. It prints the
 * new session's id only once the write is committed. `limber log edit ID` corrects one
 * (./log-edit.ts).
 */
import { InputError } from "../../core/errors.js";
import { sessionOfRoutine } from "../../core/journal/routine-session.js";
import { SESSIONS } from "../../core/vocabulary.js";
import { logSession, type SessionInput } from "../../services/journal/sessions.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { askAboutFeelingWorse } from "./felt-worse-prompt.js";
import { deleteCommand } from "./log-delete.js";
import { editCommand } from "./log-edit.js";
import { addedAndPressure, SESSION_FLAG_NAMES, type SessionFlags } from "./log-fields.js";
import {
  parsePairs,
  printJson,
  prompts,
  readJsonInput,
  splitList,
  withFlagNames,
  withJournal,
} from "./journal-support.js";

interface Options extends SessionFlags {
  routine?: string;
}

const FLAGS = { ...SESSION_FLAG_NAMES, routine: "--routine", items: "--routine" };

async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === "edit") return editCommand(argv.slice(1), io);
  if (argv[0] === "delete") return deleteCommand(argv.slice(1), io);
  const cmd = program("log", "Record a session you did from a routine")
    .option(
      "--routine <file>",
      "the routine JSON of `limber routine --json` or `limber today --json`; - for stdin",
    )
    .option("--before <ratings>", "ratings before, e.g. stiffness=6,soreness=4,pain=0")
    .option("--after <ratings>", "ratings after, e.g. stiffness=3,soreness=3")
    .option("--skipped <ids>", "movement ids you skipped, comma-separated")
    .option(
      "--pressure <pairs>",
      "pressure you used per release item, e.g. foam-roll-calves=light (stored only when given)",
    )
    .option(
      "--added <pairs>",
      "techniques you did beside the routine, with how long, e.g. foam-roll-quads=90s,hip-circles=2m (ids from `limber movements`; --pressure may name them too)",
    )
    .option("--mood <1-5>", "mood 1-5")
    .option("--energy <1-5>", "energy 1-5")
    .option("--notes <text>", "notes")
    .option(
      "--kind <session>",
      `${SESSIONS.join(", ")} (default: the session the routine was built for, when it says)`,
    )
    .option("--started-at <iso>", "when the session started (default now)")
    .option("--json", "print the saved session as JSON")
    .addHelpText(
      "after",
      "\nWhen the after-ratings are worse than before (a rise of 2 or more, or any rise in pain), Limber says so,\n" +
        "asks at a terminal whether to flag pain in a region, and lowers the dose of what you did next time;\n" +
        "a technique that keeps leaving you worse is swapped out (X5).\n" +
        "\nTo correct a session already logged: limber log edit ID (see limber log edit --help);\n" +
        "to delete one logged twice or by mistake: limber log delete ID.",
    );
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<Options>();
  if (o.routine === undefined)
    throw new InputError(
      "--routine",
      "is required: a file with the routine JSON, or - to read it from standard input",
    );
  const routine = await readJsonInput(io, "--routine", o.routine);
  // Without --kind, the session the routine says it was built for; when it does not say, ask
  // at a terminal (elsewhere logging refuses, naming --kind).
  if (o.kind === undefined && sessionOfRoutine(routine) === undefined && io.interactive) {
    const { select } = await prompts();
    o.kind = await select({
      message: "Which session was this?",
      choices: SESSIONS.map((k) => ({ value: k })),
    });
  }
  const input: SessionInput = {
    routine,
    kind: o.kind,
    startedAt: o.startedAt,
    mood: o.mood,
    energy: o.energy,
    notes: o.notes,
  };
  if (o.before !== undefined)
    input.before = parsePairs("--before", o.before, "stiffness=6,soreness=4");
  if (o.after !== undefined) input.after = parsePairs("--after", o.after, "stiffness=3,soreness=3");
  if (o.skipped !== undefined) input.skipped = splitList(o.skipped);
  Object.assign(input, addedAndPressure(o.added, o.pressure));
  return withJournal(io, async (database, userId) => {
    const session = await withFlagNames(FLAGS, () =>
      logSession(database, userId, input, { now: io.now() }),
    );
    // logSession resolves after COMMIT: printing the id now promises it is stored.
    if (o.json) printJson(io, session);
    else io.out(session.id);
    await askAboutFeelingWorse(io, database, userId, session);
    return 0;
  });
}

export const command: CliCommand = {
  summary:
    "Record a session: items done, pressure, before/after ratings (P1); correct or delete one",
  run,
};

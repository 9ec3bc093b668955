/**
 * `limber log --routine FILE|-`: records a session done from a routine (P1), with before
 * and after ratings, skipped items, pressure used, mood, energy and notes. It prints the
 * new session's id only once the write is committed.
 */
import { InputError } from "../../core/errors.js";
import { SESSIONS } from "../../core/vocabulary.js";
import { logSession, type SessionInput } from "../../services/journal/sessions.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { parsePairs, printJson, readJsonInput, splitList, withFlagNames, withJournal } from "./journal-support.js";

interface Options {
  routine?: string;
  before?: string;
  after?: string;
  skipped?: string;
  pressure?: string;
  mood?: string;
  energy?: string;
  notes?: string;
  kind?: string;
  startedAt?: string;
  json?: boolean;
}

const FLAGS = {
  routine: "--routine",
  before: "--before",
  after: "--after",
  skipped: "--skipped",
  pressure: "--pressure",
  mood: "--mood",
  energy: "--energy",
  notes: "--notes",
  kind: "--kind",
  startedAt: "--started-at",
  items: "--routine",
};

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("log", "Record a session you did from a routine")
    .option("--routine <file>", "the routine JSON of `limber routine --json` or `limber today --json`; - for stdin")
    .option("--before <ratings>", "ratings before, e.g. stiffness=6,soreness=4,pain=0")
    .option("--after <ratings>", "ratings after, e.g. stiffness=3,soreness=3")
    .option("--skipped <ids>", "movement ids you skipped, comma-separated")
    .option("--pressure <pairs>", "pressure used per release item, e.g. foam-roll-calves=light")
    .option("--mood <1-5>", "mood 1-5")
    .option("--energy <1-5>", "energy 1-5")
    .option("--notes <text>", "notes")
    .option("--kind <session>", SESSIONS.join(", "))
    .option("--started-at <iso>", "when the session started (default now)")
    .option("--json", "print the saved session as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<Options>();
  if (o.routine === undefined) throw new InputError("--routine", "is required: a file with the routine JSON, or - to read it from standard input");
  const routine = await readJsonInput(io, "--routine", o.routine);
  const input: SessionInput = { routine, kind: o.kind, startedAt: o.startedAt, mood: o.mood, energy: o.energy, notes: o.notes };
  if (o.before !== undefined) input.before = parsePairs("--before", o.before, "stiffness=6,soreness=4");
  if (o.after !== undefined) input.after = parsePairs("--after", o.after, "stiffness=3,soreness=3");
  if (o.skipped !== undefined) input.skipped = splitList(o.skipped);
  if (o.pressure !== undefined) input.pressure = parsePairs("--pressure", o.pressure, "foam-roll-calves=light");
  return withJournal(io, async (database, userId) => {
    const session = await withFlagNames(FLAGS, () => logSession(database, userId, input, { now: io.now() }));
    // logSession resolves after COMMIT: printing the id now promises it is stored.
    if (o.json) printJson(io, session);
    else io.out(session.id);
    return 0;
  });
}

export const command: CliCommand = { summary: "Record a session: items done, pressure, before/after ratings (P1)", run };

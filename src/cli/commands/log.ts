/**
 * `limber log --routine FILE|-`: records a session done from a routine (P1), with before
 * and after ratings, skipped items, pressure used, mood, energy and notes. It prints the
 * new session's id only once the write is committed.
 */
import { InputError } from "../../core/errors.js";
import { feltWorseAdvice } from "../../core/insights/felt-worse-advice.js";
import { sessionOfRoutine } from "../../core/journal/routine-session.js";
import type { SessionLog } from "../../core/journal/types.js";
import { PAIN_KINDS, parseRegionRef, SESSIONS } from "../../core/vocabulary.js";
import { addPainFlag } from "../../services/journal/pain-flags.js";
import type { Database } from "../../store/index.js";
import { logSession, type SessionInput } from "../../services/journal/sessions.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import {
  parsePairs,
  printJson,
  prompts,
  readJsonInput,
  splitList,
  withFlagNames,
  withJournal,
} from "./journal-support.js";

interface Options {
  routine?: string;
  before?: string;
  after?: string;
  skipped?: string;
  pressure?: string;
  added?: string;
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
  added: "--added",
  mood: "--mood",
  energy: "--energy",
  notes: "--notes",
  kind: "--kind",
  startedAt: "--started-at",
  items: "--routine",
};

async function run(argv: string[], io: CliIo): Promise<number> {
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
        "a technique that keeps leaving you worse is swapped out (X5).",
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
  const pressure =
    o.pressure === undefined
      ? undefined
      : parsePairs("--pressure", o.pressure, "foam-roll-calves=light");
  if (o.added !== undefined) {
    const added = Object.entries(parsePairs("--added", o.added, "foam-roll-quads=90s")).map(
      ([id, time]) => ({
        id,
        seconds: durationSeconds("--added", id, time),
        ...(pressure?.[id] !== undefined ? { pressure: pressure[id] } : {}),
      }),
    );
    // A pressure for an added technique goes with it; the rest are the routine's items.
    for (const a of added) if (pressure) delete pressure[a.id];
    input.added = added;
  }
  if (pressure && Object.keys(pressure).length > 0) input.pressure = pressure;
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

/**
 * A time as a runner types it: 90, 90s, 2m, 2min, 1m30s or 1:30 (minutes and seconds).
 *
 * @example
 * durationSeconds("--added", "hip-circles", "1m30s"); // 90
 */
export function durationSeconds(flag: string, id: string, text: string): number {
  const t = text.trim().toLowerCase();
  const seconds = /^(\d+)\s*(?:s|sec|secs)?$/.exec(t);
  if (seconds) return Number(seconds[1]);
  const minutes =
    /^(\d+)\s*(?:m|min|mins)\s*(?:(\d+)\s*(?:s|sec|secs)?)?$/.exec(t) ??
    /^(\d+):([0-5]\d)$/.exec(t);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  throw new InputError(
    flag,
    `${id}=${text}: give the time as seconds (90 or 90s), minutes (2m) or both (1m30s, 1:30)`,
  );
}

/**
 * X5: a session that left the runner feeling worse. At a terminal, ask whether to flag pain
 * (and where); otherwise say so on stderr with the command that flags it. The next routine
 * lowers the dose either way (the prescription reads the ratings).
 */
async function askAboutFeelingWorse(
  io: CliIo,
  database: Database,
  userId: string,
  session: SessionLog,
): Promise<void> {
  const advice = feltWorseAdvice(session);
  if (!advice) return;
  io.err(advice.message);
  const example = advice.regions[0] ?? "calves";
  if (!io.interactive) {
    io.err(`To flag it: limber pain add ${example} --kind niggle   (or --kind sharp, swelling)`);
    return;
  }
  const { confirm, input, select } = await prompts();
  if (!(await confirm({ message: "Flag pain in a region now?", default: advice.painRose }))) return;
  const region = await input({
    message: `Which region? (${advice.regions.join(", ") || "e.g. calves-left"})`,
    default: example,
    validate: (v) => parseRegionRef(v.trim()) !== null || "a region such as calves or calves-left",
  });
  const kind = await select({
    message: "What kind of pain?",
    choices: PAIN_KINDS.map((k) => ({ value: k, name: k })),
  });
  const flag = await addPainFlag(
    database,
    userId,
    { region: region.trim(), kind },
    { now: io.now() },
  );
  io.err(
    `Pain flag saved (${flag.id}): the routine leaves ${region.trim()} alone until you resolve it.`,
  );
}

export const command: CliCommand = {
  summary: "Record a session: items done, pressure, before/after ratings (P1)",
  run,
};

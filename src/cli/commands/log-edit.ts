/**
 * `limber log edit ID|last`: corrects a logged session (a rating tapped wrong, an item marked
 * skipped that was done, a technique forgotten). Only the flags given change; `none` clears
 * ratings, mood, energy or the added techniques, and an empty --notes clears the notes. The
 * routine the session was done from stays as it was.
 */
import { InputError } from "../../core/errors.js";
import { editSession, listSessions, type SessionInput } from "../../services/journal/sessions.js";
import { SESSIONS } from "../../core/vocabulary.js";
import type { CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { askAboutFeelingWorse } from "./felt-worse-prompt.js";
import { parsePairs, printJson, splitList, withFlagNames, withJournal } from "./journal-support.js";
import { addedAndPressure, SESSION_FLAG_NAMES, type SessionFlags } from "./log-fields.js";

// Without a routine, a full item log is only ever given by --skipped.
const FLAGS = { ...SESSION_FLAG_NAMES, items: "--skipped" };

const NONE = "none";
const LAST = "last";

/** `none` clears a field; anything else is read by `read`. */
const orNone = <T>(value: string, read: (v: string) => T): T | null =>
  value.trim().toLowerCase() === NONE ? null : read(value);

/**
 * @example
 * await editCommand(["3f2c9a1e-…", "--after", "stiffness=3,soreness=2", "--notes", ""], io); // 0
 */
export async function editCommand(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("log edit", "Correct a session you logged")
    .argument("<id>", "the session's id (`limber history` shows it in brackets), or last")
    .option("--before <ratings>", "ratings before, e.g. stiffness=6,soreness=4,pain=0; none clears")
    .option("--after <ratings>", "ratings after, e.g. stiffness=3,soreness=3; none clears")
    .option(
      "--skipped <ids>",
      "the routine's movement ids you skipped, comma-separated (the rest were done); none: all done",
    )
    .option("--pressure <pairs>", "pressure you used per release item, e.g. foam-roll-calves=light")
    .option(
      "--added <pairs>",
      "techniques you did beside the routine, with how long, e.g. foam-roll-quads=90s; replaces those logged; none removes them",
    )
    .option("--mood <1-5>", "mood 1-5; none clears")
    .option("--energy <1-5>", "energy 1-5; none clears")
    .option("--notes <text>", 'notes; "" clears')
    .option("--kind <session>", SESSIONS.join(", "))
    .option("--started-at <iso>", "when the session started")
    .option("--json", "print the corrected session as JSON")
    .addHelpText(
      "after",
      "\nOnly what you give changes; the routine the session was done from stays as it was.\n" +
        "Example: limber log edit last --after stiffness=3,soreness=2,pain=0 --skipped none",
    );
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<SessionFlags>();
  const id = parsed.args[0]!;
  const input: Omit<SessionInput, "routine"> = {};
  if (o.before !== undefined)
    input.before = orNone(o.before, (v) => parsePairs("--before", v, "stiffness=6,soreness=4"));
  if (o.after !== undefined)
    input.after = orNone(o.after, (v) => parsePairs("--after", v, "stiffness=3,soreness=3"));
  if (o.skipped !== undefined) input.skipped = orNone(o.skipped, splitList) ?? [];
  if (o.mood !== undefined) input.mood = orNone(o.mood, (v) => v);
  if (o.energy !== undefined) input.energy = orNone(o.energy, (v) => v);
  if (o.notes !== undefined) input.notes = o.notes.trim() === "" ? null : o.notes;
  if (o.kind !== undefined) input.kind = o.kind;
  if (o.startedAt !== undefined) input.startedAt = o.startedAt;
  const clearAdded = o.added !== undefined && o.added.trim().toLowerCase() === NONE;
  Object.assign(input, addedAndPressure(clearAdded ? undefined : o.added, o.pressure));
  if (clearAdded) input.added = [];
  return withJournal(io, async (database, userId) => {
    // "last": the newest session, the one a runner most often has just logged wrong.
    const target = id === LAST ? (await listSessions(database, userId, { limit: 1 }))[0]?.id : id;
    if (target === undefined) throw new InputError("id", "there is no session logged yet");
    const session = await withFlagNames(FLAGS, () =>
      editSession(database, userId, target, input, { now: io.now() }),
    );
    if (o.json) printJson(io, session);
    else io.out(`Corrected session ${session.id}.`);
    await askAboutFeelingWorse(io, database, userId, session);
    return 0;
  });
}

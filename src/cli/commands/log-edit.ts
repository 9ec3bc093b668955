/**
 * `limber log edit ID|last`: corrects a logged session (a rating tapped wrong, an item marked
 * skipped that was done, a technique forgotten). Only the flags given change; `none` clears
 * ratings, mood, energy or the added techniques, and an empty --notes clears the notes. The
 * routine the session was done from stays as it was.
 */
import { editSession, type SessionInput } from "../../services/journal/sessions.js";
import { SESSIONS } from "../../core/vocabulary.js";
import type { CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { askAboutFeelingWorse } from "./felt-worse-prompt.js";
import { parsePairs, printJson, splitList, withFlagNames, withJournal } from "./journal-support.js";
import { sessionNamed } from "./id-or-last.js";
import { addedAndPressure, SESSION_FLAG_NAMES, type SessionFlags } from "./log-fields.js";

// Without a routine, a full item log is only ever given by --skipped.
const FLAGS = { ...SESSION_FLAG_NAMES, items: "--skipped" };

const NONE = "none";

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
    .option(
      "--pressure <pairs>",
      "pressure you used per release item, e.g. foam-roll-calves=light; none clears them all",
    )
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
  const isNone = (v: string | undefined) => v !== undefined && v.trim().toLowerCase() === NONE;
  const clearAdded = isNone(o.added);
  const clearPressure = isNone(o.pressure);
  Object.assign(
    input,
    addedAndPressure(clearAdded ? undefined : o.added, clearPressure ? undefined : o.pressure),
  );
  if (clearAdded) input.added = [];
  // No pressure on any item: those of the routine's items, and of the techniques given again.
  if (clearPressure) input.pressure = {};
  return withJournal(io, async (database, userId) => {
    const target = await sessionNamed(database, userId, id);
    const session = await withFlagNames(FLAGS, () =>
      editSession(database, userId, target.id, input, { now: io.now() }),
    );
    if (o.json) printJson(io, session);
    else io.out(`Corrected session ${session.id}.`);
    await askAboutFeelingWorse(io, database, userId, session);
    return 0;
  });
}

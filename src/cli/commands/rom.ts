/**
 * `limber rom add TEST ...` records a range-of-motion test (A4); `limber rom list` shows
 * them, side by side, with the left/right difference (a finding of its own, A4) and each
 * one's id; `limber rom delete ID|last` deletes one recorded by mistake (./rom-delete.ts).
 */
import { InputError, allowed } from "../../core/errors.js";
import { ROM_TESTS, ROM_UNITS, type RomTest, type Units } from "../../core/journal/types.js";
import { addRomTest, listRomTests, type RomTestInput } from "../../services/journal/rom-tests.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, prompts, withFlagNames, withJournal } from "./journal-support.js";
import { displayFor } from "./display.js";
import { deleteCommand } from "./rom-delete.js";
import { romFigure as figure, romResults } from "./rom-words.js";

const FLAGS = {
  test: "TEST",
  left: "--left",
  right: "--right",
  value: "--value",
  leftPass: "--left-pass",
  rightPass: "--right-pass",
  date: "--date",
  notes: "--notes",
};

/** One test as a line: "2026-11-20 knee-to-wall  left 9 cm  right 11 cm  (difference 2 cm)". */
export function formatRomTest(t: RomTest, units: Units = "metric"): string {
  const parts = [t.date, t.test.padEnd(19), ...romResults(t, units)];
  if (t.left !== undefined && t.right !== undefined && t.left !== t.right) {
    parts.push(`(difference ${figure(t, Math.abs(t.left - t.right), units)})`);
  }
  if (t.notes) parts.push(`- ${t.notes}`);
  return parts.join("  ");
}

async function ask(test: string): Promise<RomTestInput> {
  const { input } = await prompts();
  const kind = ROM_TESTS.find((k) => k === test);
  if (kind === "sit-and-reach")
    return { test, value: await input({ message: `${test}: result in cm` }) };
  const unit = kind && ROM_UNITS[kind] === "cm" ? "cm" : "degrees";
  return {
    test,
    left: await input({ message: `${test}: left side in ${unit}` }),
    right: await input({ message: `${test}: right side in ${unit}` }),
  };
}

async function add(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("rom add", "Record a range-of-motion test (A4)")
    .argument("<test>", allowed(ROM_TESTS))
    .option("--left <n>", "left side (cm or degrees)")
    .option("--right <n>", "right side (cm or degrees)")
    .option("--value <n>", "result of a test without sides (sit-and-reach, cm)")
    .option("--left-pass <yes|no>", "Thomas test: left side passed")
    .option("--right-pass <yes|no>", "Thomas test: right side passed")
    .option("--date <YYYY-MM-DD>", "day of the test (default today)")
    .option("--notes <text>", "notes")
    .option("--json", "print the saved test as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<Record<string, string | boolean | undefined>>();
  const test = parsed.args[0] as string;
  const given = ["left", "right", "value", "leftPass", "rightPass"].some((k) => o[k] !== undefined);
  const input: RomTestInput =
    !given && io.interactive
      ? await ask(test)
      : {
          test,
          left: o.left,
          right: o.right,
          value: o.value,
          leftPass: o.leftPass,
          rightPass: o.rightPass,
        };
  input.date = o.date;
  input.notes = o.notes;
  return withJournal(io, async (database, userId) => {
    const saved = await withFlagNames(FLAGS, () =>
      addRomTest(database, userId, input, { now: io.now() }),
    );
    if (o.json) printJson(io, saved);
    else
      io.out(
        `ROM test saved (${saved.id}):\n  ${formatRomTest(saved, (await displayFor(database, userId)).units)}`,
      );
    return 0;
  });
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const cmd = program(
    "rom list",
    "List range-of-motion tests, oldest first, each with its id in brackets (for rom delete)",
  )
    .option("--test <test>", allowed(ROM_TESTS))
    .option("--units <units>", "metric or imperial (default: your profile's)")
    .option("--json", "print as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ test?: string; units?: string; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const tests = await withFlagNames({ test: "--test" }, () =>
      listRomTests(database, userId, { test: o.test }),
    );
    const { units } = await displayFor(database, userId, o.units);
    if (o.json) printJson(io, tests);
    else
      io.out(
        tests.length
          ? tests.map((t) => `${formatRomTest(t, units)}  [${t.id}]`).join("\n")
          : "No ROM tests yet. Add one with `limber rom add knee-to-wall --left 9 --right 11`.",
      );
    return 0;
  });
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "add") return add(rest, io);
  if (sub === "list") return list(rest, io);
  if (sub === "delete") return deleteCommand(rest, io);
  // `limber rom knee-to-wall --left 9 --right 11`: a test's name can only mean adding one.
  if ((ROM_TESTS as readonly string[]).includes(sub ?? "")) return add(argv, io);
  if (sub === "--help" || sub === "-h" || sub === undefined) {
    io.out(
      "Usage: limber rom [add] TEST --left X --right Y | --value X [--date YYYY-MM-DD]\n       limber rom list [--test TEST] [--json]\n       limber rom delete ID|last [--yes] [--json]   a test recorded by mistake\n\nTests: " +
        ROM_TESTS.join(", "),
    );
    return sub === undefined ? 2 : 0;
  }
  throw new InputError("subcommand", `"${sub}" is not one of add, list, delete`);
}

export const command: CliCommand = {
  summary: "Record, list and delete range-of-motion tests (A4)",
  run,
};

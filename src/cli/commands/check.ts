/**
 * `limber check`: records a body self-check (A1): stiffness and tenderness 0-10 per
 * region and side, seconds for the sensation to fade, and whether it rebounds. A list
 * (`calves=8/2,hamstrings-left=7/3`) records several regions as one check; `--region` records
 * one; at a terminal without either it walks the A1 regions. `limber check list` shows the
 * checks with their ids and `limber check delete ID|last` deletes one recorded by mistake
 * (./check-list.ts, ./check-delete.ts): a list of ratings always holds `=`, so neither word
 * can be one.
 */
import type { BodyCheck } from "../../core/journal/types.js";
import { addBodyCheck, type BodyCheckEntryInput } from "../../services/journal/body-checks.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import {
  printJson,
  prompts,
  splitList,
  spokenDay,
  withFlagNames,
  withJournal,
} from "./journal-support.js";
import { deleteCommand } from "./check-delete.js";
import { listCommand } from "./check-list.js";
import { countFlag, parseCheckRatings } from "./check-ratings.js";
import { InputError } from "../../core/errors.js";
import { regionRef } from "../../core/vocabulary.js";

interface Options {
  region?: string;
  stiffness?: string;
  tenderness?: string;
  fade?: string;
  rebound?: boolean | string;
  date?: string;
  json?: boolean;
}

/** The regions A1 asks to press or roll, each side. */
export const A1_REGIONS = ["calves", "hamstrings", "quads", "glutes"].flatMap((r) => [
  `${r}-left`,
  `${r}-right`,
]);

const FLAGS = {
  fadeSeconds: "--fade",
  region: "--region",
  stiffness: "--stiffness",
  tenderness: "--tenderness",
  rebound: "--rebound",
  date: "--date",
};

function level(v: string | undefined): number | undefined {
  return v === undefined || v.trim() === "" ? undefined : Number(v);
}

async function walkRegions(): Promise<BodyCheckEntryInput[]> {
  const { input, confirm } = await prompts();
  const entries: BodyCheckEntryInput[] = [];
  const zeroToTen = (v: string) =>
    v.trim() === "" || /^(10|\d)$/.test(v.trim()) || "a whole number 0-10, or blank to skip";
  for (const region of A1_REGIONS) {
    const stiffness = await input({
      message: `${region}: stiffness 0-10 (blank to skip)`,
      validate: zeroToTen,
    });
    if (stiffness.trim() === "") continue;
    const tenderness = await input({
      message: `${region}: tenderness 0-10`,
      validate: (v) => v.trim() !== "" && zeroToTen(v),
    });
    const entry: BodyCheckEntryInput = {
      region,
      stiffness: level(stiffness),
      tenderness: level(tenderness),
    };
    if (Number(tenderness) > 0) {
      const fade = await input({
        message: `${region}: seconds for the sensation to fade (blank to skip)`,
      });
      if (fade.trim()) entry.fadeSeconds = fade.trim();
      entry.rebound = await confirm({
        message: `${region}: does the tenderness come back (rebound)?`,
        default: false,
      });
    }
    entries.push(entry);
  }
  return entries;
}

function summary(io: CliIo, c: BodyCheck): string {
  const lines = c.entries.map(
    (e) =>
      `  ${regionRef(e).padEnd(20)} stiffness ${e.stiffness}/10, tenderness ${e.tenderness}/10` +
      (e.fadeSeconds !== undefined ? `, fades in ${e.fadeSeconds} s` : "") +
      (e.rebound ? ", rebounds" : ""),
  );
  return [`Body check saved for ${spokenDay(io, c.date)} (${c.id}):`, ...lines].join("\n");
}

async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === "list") return listCommand(argv.slice(1), io);
  if (argv[0] === "delete") return deleteCommand(argv.slice(1), io);
  const cmd = program("check", "Record a body self-check (A1)")
    .argument(
      "[ratings]",
      "regions rated in one check: region=stiffness/tenderness,... (each 0-10; a tenderness may come from --tenderness instead), e.g. calves=8/2,hamstrings-left=7/3",
    )
    .option("--region <region>", "one region with optional side, e.g. calves-left")
    .option("--stiffness <0-10>", "stiffness 0-10 (with --region)")
    .option(
      "--tenderness <0-10|list>",
      "tenderness 0-10 (with --region), or region=0-10,... for a list",
    )
    .option(
      "--fade <seconds|list>",
      "seconds for the sensation to fade after pressure, or region=seconds,... for a list",
    )
    .option(
      "--rebound [regions]",
      "tenderness comes back after pressure (with a list: the regions it does so in)",
    )
    .option("--date <YYYY-MM-DD>", "day of the check (default today)")
    .option("--json", "print the saved check as JSON")
    .addHelpText(
      "after",
      "\nYour checks with their ids: limber check list [--json]\n" +
        "A check recorded by mistake: limber check delete ID|last [--yes] (see limber check delete --help)",
    );
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<Options>();
  const [ratings] = parsed.args;
  if (countFlag(argv, "--region") > 1)
    throw new InputError(
      "--region",
      "was given more than once; to rate several regions in one check write them as a list, e.g. limber check calves=8/2,hamstrings-left=7/3",
    );
  let entries: BodyCheckEntryInput[];
  if (ratings !== undefined) {
    if (o.region !== undefined || o.stiffness !== undefined)
      throw new InputError(
        "--region",
        "cannot be combined with a list of ratings; put every region in the list, e.g. calves=8/2,glutes=3/1",
      );
    entries = parseCheckRatings({
      ratings,
      ...(o.tenderness !== undefined ? { tenderness: o.tenderness } : {}),
      ...(o.fade !== undefined ? { fade: o.fade } : {}),
      rebound: typeof o.rebound === "string" ? splitList(o.rebound) : [],
    });
    if (o.rebound === true)
      throw new InputError(
        "--rebound",
        "with a list, name the regions that rebound, e.g. --rebound calves,glutes",
      );
    // Without --rebound the runner said nothing about it: no answer is stored. With it, the
    // regions named rebound and the others of the check do not.
    if (o.rebound === undefined) entries = entries.map(({ rebound: _unsaid, ...e }) => e);
  } else if (o.region === undefined && o.stiffness === undefined && o.tenderness === undefined) {
    if (!io.interactive)
      throw new InputError(
        "--region",
        "is required, with --stiffness and --tenderness (or run at a terminal for a guided check)",
      );
    entries = await walkRegions();
    if (entries.length === 0) {
      io.out("Nothing recorded.");
      return 0;
    }
  } else {
    if (o.region === undefined)
      throw new InputError("--region", "is required, e.g. --region calves-left");
    if (o.stiffness === undefined)
      throw new InputError("--stiffness", "is required: a whole number 0-10");
    if (o.tenderness === undefined)
      throw new InputError("--tenderness", "is required: a whole number 0-10");
    const entry: BodyCheckEntryInput = {
      region: o.region,
      stiffness: o.stiffness,
      tenderness: o.tenderness,
    };
    if (o.rebound !== undefined) entry.rebound = true;
    if (o.fade !== undefined) entry.fadeSeconds = o.fade;
    entries = [entry];
  }
  return withJournal(io, async (database, userId) => {
    const check = await withFlagNames(ratings === undefined ? FLAGS : { date: FLAGS.date }, () =>
      addBodyCheck(database, userId, { date: o.date, entries }, { now: io.now() }),
    );
    if (o.json) printJson(io, check);
    else io.out(summary(io, check));
    return 0;
  });
}

export const command: CliCommand = {
  summary:
    "Record, list and delete body self-checks: stiffness, tenderness per region, several regions at once (A1)",
  run,
};

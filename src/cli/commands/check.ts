/**
 * `limber check`: records a body self-check (A1): stiffness and tenderness 0-10 per
 * region and side, seconds for the sensation to fade, and whether it rebounds. Flags
 * record one region; at a terminal without flags it walks the A1 regions.
 */
import type { BodyCheck } from "../../core/journal/types.js";
import { addBodyCheck, type BodyCheckEntryInput } from "../../services/journal/body-checks.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, prompts, withFlagNames, withJournal } from "./journal-support.js";
import { InputError } from "../../core/errors.js";

interface Options {
  region?: string;
  stiffness?: string;
  tenderness?: string;
  fade?: string;
  rebound?: boolean;
  date?: string;
  json?: boolean;
}

/** The regions A1 asks to press or roll, each side. */
export const A1_REGIONS = ["calves", "hamstrings", "quads", "glutes"].flatMap((r) => [`${r}-left`, `${r}-right`]);

const FLAGS = { fadeSeconds: "--fade", region: "--region", stiffness: "--stiffness", tenderness: "--tenderness", rebound: "--rebound", date: "--date" };

function level(v: string | undefined): number | undefined {
  return v === undefined || v.trim() === "" ? undefined : Number(v);
}

async function walkRegions(): Promise<BodyCheckEntryInput[]> {
  const { input, confirm } = await prompts();
  const entries: BodyCheckEntryInput[] = [];
  const zeroToTen = (v: string) => v.trim() === "" || /^(10|\d)$/.test(v.trim()) || "a whole number 0-10, or blank to skip";
  for (const region of A1_REGIONS) {
    const stiffness = await input({ message: `${region}: stiffness 0-10 (blank to skip)`, validate: zeroToTen });
    if (stiffness.trim() === "") continue;
    const tenderness = await input({ message: `${region}: tenderness 0-10`, validate: (v) => v.trim() !== "" && zeroToTen(v) });
    const entry: BodyCheckEntryInput = { region, stiffness: level(stiffness), tenderness: level(tenderness) };
    if (Number(tenderness) > 0) {
      const fade = await input({ message: `${region}: seconds for the sensation to fade (blank to skip)` });
      if (fade.trim()) entry.fadeSeconds = fade.trim();
      entry.rebound = await confirm({ message: `${region}: does the tenderness come back (rebound)?`, default: false });
    }
    entries.push(entry);
  }
  return entries;
}

function summary(c: BodyCheck): string {
  const lines = c.entries.map(
    (e) =>
      `  ${(e.side ? `${e.region}-${e.side}` : e.region).padEnd(20)} stiffness ${e.stiffness}/10, tenderness ${e.tenderness}/10` +
      (e.fadeSeconds !== undefined ? `, fades in ${e.fadeSeconds} s` : "") +
      (e.rebound ? ", rebounds" : ""),
  );
  return [`Body check saved for ${c.date} (${c.id}):`, ...lines].join("\n");
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("check", "Record a body self-check (A1)")
    .option("--region <region>", "region with optional side, e.g. calves-left")
    .option("--stiffness <0-10>", "stiffness 0-10")
    .option("--tenderness <0-10>", "tenderness 0-10")
    .option("--fade <seconds>", "seconds for the sensation to fade after pressure")
    .option("--rebound", "tenderness comes back after pressure")
    .option("--date <YYYY-MM-DD>", "day of the check (default today)")
    .option("--json", "print the saved check as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<Options>();
  let entries: BodyCheckEntryInput[];
  if (o.region === undefined && o.stiffness === undefined && o.tenderness === undefined) {
    if (!io.interactive) throw new InputError("--region", "is required, with --stiffness and --tenderness (or run at a terminal for a guided check)");
    entries = await walkRegions();
    if (entries.length === 0) {
      io.out("Nothing recorded.");
      return 0;
    }
  } else {
    if (o.region === undefined) throw new InputError("--region", "is required, e.g. --region calves-left");
    if (o.stiffness === undefined) throw new InputError("--stiffness", "is required: a whole number 0-10");
    if (o.tenderness === undefined) throw new InputError("--tenderness", "is required: a whole number 0-10");
    const entry: BodyCheckEntryInput = { region: o.region, stiffness: o.stiffness, tenderness: o.tenderness, rebound: o.rebound ?? false };
    if (o.fade !== undefined) entry.fadeSeconds = o.fade;
    entries = [entry];
  }
  return withJournal(io, async (database, userId) => {
    const check = await withFlagNames(FLAGS, () => addBodyCheck(database, userId, { date: o.date, entries }, { now: io.now() }));
    if (o.json) printJson(io, check);
    else io.out(summary(check));
    return 0;
  });
}

export const command: CliCommand = { summary: "Record a body self-check: stiffness, tenderness per region (A1)", run };

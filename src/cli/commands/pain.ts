/**
 * `limber pain add REGION --kind K`, `limber pain list`, `limber pain resolve ID`: pain
 * flags (X2, X3). Open flags keep their region out of routines or gentle until resolved.
 */
import { InputError } from "../../core/errors.js";
import type { PainFlag } from "../../core/journal/types.js";
import { PAIN_KINDS, REGIONS, regionRef } from "../../core/vocabulary.js";
import { addPainFlag, listPainFlags, resolvePainFlag } from "../../services/journal/pain-flags.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, prompts, withFlagNames, withJournal } from "./journal-support.js";
import { displayFor, localTime } from "./display.js";
import { downgradePainFlag } from "../../services/journal/pain-downgrade.js";
import { recordNamed } from "./id-or-last.js";

const FLAG = { what: "pain flag", listedBy: "limber pain list" };

/** One flag as a line, with its times in the runner's zone. */
export function formatPainFlag(f: PainFlag, timeZone = "UTC"): string {
  const where = regionRef(f);
  const state = f.resolvedAt ? `resolved ${localTime(f.resolvedAt, timeZone)}` : "open";
  return `${f.id}  ${localTime(f.openedAt, timeZone)}  ${f.kind.padEnd(8)} ${where.padEnd(20)} ${state}${f.notes ? `  - ${f.notes}` : ""}`;
}

async function add(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("pain add", "Flag pain in a region")
    .argument("<region>", "region with optional side, e.g. calves-left")
    .option("--kind <kind>", PAIN_KINDS.join(", "))
    .option("--notes <text>", "notes")
    .option("--json", "print the flag as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ kind?: string; notes?: string; json?: boolean }>();
  if (o.kind === undefined && io.interactive) {
    const { select } = await prompts();
    o.kind = await select({
      message: "What kind of pain?",
      choices: PAIN_KINDS.map((k) => ({ value: k })),
    });
  }
  if (o.kind === undefined)
    throw new InputError("--kind", `is required: one of ${PAIN_KINDS.join(", ")}`);
  return withJournal(io, async (database, userId) => {
    const flag = await withFlagNames({ region: "REGION", kind: "--kind", notes: "--notes" }, () =>
      addPainFlag(
        database,
        userId,
        { region: parsed.args[0], kind: o.kind, notes: o.notes },
        { now: io.now() },
      ),
    );
    if (o.json) printJson(io, flag);
    else {
      io.out(`Pain flag opened (${flag.id}): ${flag.kind} in ${regionRef(flag)}.`);
      if (flag.kind !== "niggle")
        io.out(
          "Stop work on that area and see a physiotherapist or sports doctor (X2). This is general guidance, not a diagnosis (X6).",
        );
      else
        io.out(
          "That area gets gentle range only until you resolve the flag; if it lingers, see a clinician (X3).",
        );
    }
    return 0;
  });
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("pain list", "List pain flags")
    .option("--open", "open flags only")
    .option("--json", "print as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ open?: boolean; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const flags = await listPainFlags(database, userId, { open: o.open });
    const { timeZone } = await displayFor(database, userId);
    if (o.json) printJson(io, flags);
    else
      io.out(
        flags.length ? flags.map((f) => formatPainFlag(f, timeZone)).join("\n") : "No pain flags.",
      );
    return 0;
  });
}

async function resolve(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("pain resolve", "Mark a pain flag resolved")
    .argument("<id>", "the flag's id (see `limber pain list`)")
    .option("--json", "print the flag as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const id = parsed.args[0]!;
    const flag = await recordNamed(id, FLAG, () =>
      withFlagNames({ id: "ID" }, () => resolvePainFlag(database, userId, id, { now: io.now() })),
    );
    if (o.json) printJson(io, flag);
    else io.out(`Resolved: ${formatPainFlag(flag, (await displayFor(database, userId)).timeZone)}`);
    return 0;
  });
}

async function downgrade(argv: string[], io: CliIo): Promise<number> {
  const cmd = program(
    "pain downgrade",
    "Sharp pain or swelling settled to a niggle: resolve the flag and open a milder one",
  )
    .argument("<id>", "the flag's id (see `limber pain list`)")
    .option("--kind <kind>", "the milder kind (niggle)", "niggle")
    .option("--json", "print the new flag as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ kind: string; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const id = parsed.args[0]!;
    const flag = await recordNamed(id, FLAG, () =>
      withFlagNames({ id: "ID", kind: "--kind" }, () =>
        downgradePainFlag(database, userId, id, o.kind, { now: io.now() }),
      ),
    );
    if (o.json) printJson(io, flag);
    else {
      io.out(
        `Now a ${flag.kind}: ${formatPainFlag(flag, (await displayFor(database, userId)).timeZone)}`,
      );
      io.out(
        "That area stays out of your routines until you resolve the flag; if it lingers, see a clinician (X3).",
      );
    }
    return 0;
  });
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "add") return add(rest, io);
  if (sub === "list") return list(rest, io);
  if (sub === "resolve") return resolve(rest, io);
  if (sub === "downgrade") return downgrade(rest, io);
  // `limber pain calves-left --kind niggle`: a region (with or without its side) can only
  // mean flagging pain there; the region's own check still names what is allowed.
  if (REGIONS.some((r) => sub === r || sub?.startsWith(`${r}-`))) return add(argv, io);
  if (sub === "--help" || sub === "-h" || sub === undefined) {
    io.out(
      "Usage: limber pain [add] REGION --kind sharp|swelling|niggle [--notes TEXT]\n       limber pain list [--open] [--json]\n       limber pain resolve ID\n       limber pain downgrade ID [--kind niggle]",
    );
    return sub === undefined ? 2 : 0;
  }
  throw new InputError("subcommand", `"${sub}" is not one of add, list, resolve, downgrade`);
}

export const command: CliCommand = {
  summary: "Flag, list, downgrade and resolve pain (sharp, swelling, niggle)",
  run,
};

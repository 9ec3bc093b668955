/**
 * `limber history`: the journal's newest entries across sessions, runs, checks, ROM
 * tests, pain flags and comfort ratings.
 */
import { journalHistory, type HistoryEntry } from "../../services/journal/history.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withFlagNames, withJournal } from "./journal-support.js";
import { displayFor, distanceText, localTime, type Display } from "./display.js";
import { formatRomTest } from "./rom.js";

/** An entry's summary with figures in the runner's units and times in their zone. */
function historySummary(e: HistoryEntry, d: Display): string {
  if (e.kind === "run" && e.record.activity.distanceMeters !== undefined)
    return e.summary.replace(
      /\d+(\.\d+)? km/,
      distanceText(e.record.activity.distanceMeters / 1000, d.units, 1),
    );
  if (e.kind === "rom-test")
    return formatRomTest(e.record, d.units).replace(/^\S+\s+/, "rom test: ");
  if (e.kind === "pain-flag" && e.record.resolvedAt)
    return e.summary.replace(
      /resolved \d{4}-\d{2}-\d{2}/,
      `resolved ${localTime(e.record.resolvedAt, d.timeZone)}`,
    );
  return e.summary;
}

/**
 * "2026-12-04 21:11" in the runner's zone, or the day alone, padded to the same width, for an
 * entry whose time of day is not known.
 */
export function when(e: Pick<HistoryEntry, "date" | "at">, d: Display): string {
  return e.at !== undefined ? localTime(e.at, d.timeZone) : e.date.padEnd(16);
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("history", "Show the newest journal entries")
    .option("--limit <n>", "how many entries (default 20)")
    .option("--units <units>", "metric or imperial (default: your profile's)")
    .option("--json", "print the entries with their full records as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ limit?: string; units?: string; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const entries = await withFlagNames({ limit: "--limit" }, () =>
      journalHistory(database, userId, { limit: o.limit }),
    );
    const d = await displayFor(database, userId, o.units);
    if (o.json) printJson(io, entries);
    else if (entries.length === 0)
      io.out("The journal is empty. Start with `limber profile`, `limber check` or `limber log`.");
    else io.out(entries.map((e) => `${when(e, d)}  ${historySummary(e, d)}  [${e.id}]`).join("\n"));
    return 0;
  });
}

export const command: CliCommand = { summary: "Show your journal's newest entries", run };

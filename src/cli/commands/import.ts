/**
 * `limber import PATH...`: activity files, folders and zips (Strava bulk exports
 * included) into the journal. A progress bar on a terminal, one summary line per file
 * (imported, duplicate, skipped and why, failed and why), `--json` for scripts. One bad
 * file never stops the batch; a missing path is bad input (exit 2). Runs the runner deleted
 * before are left out and counted apart; `--include-deleted` brings them back.
 */
import cliProgress from "cli-progress";
import {
  importPaths,
  type ImportOutcome,
  type ImportSummary,
} from "../../services/imports/index.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withJournal } from "./journal-support.js";
import { displayFor, distanceText, localTime, type Display } from "./display.js";

function activityLine(o: ImportOutcome, d: Display): string {
  const parts = (o.activities ?? []).map((a) => {
    const dist =
      a.distanceMeters !== undefined ? ` ${distanceText(a.distanceMeters / 1000, d.units)}` : "";
    return `${a.sport}${dist} ${Math.round((a.movingSeconds ?? a.elapsedSeconds) / 60)} min on ${localTime(a.startTime, d.timeZone)}`;
  });
  return parts.join("; ");
}

/** One line per file, for people, with times in the runner's zone and figures in their units. */
export function summaryLines(
  s: ImportSummary,
  d: Display = { timeZone: "UTC", units: "metric" },
): string[] {
  const lines: string[] = [];
  for (const o of s.files) {
    const head = `${o.status.padEnd(9)} ${o.file}`;
    if (o.status === "imported") {
      lines.push(`${head}: ${activityLine(o, d)}`);
      if (o.duplicateOf?.length)
        lines.push(
          `          ${o.duplicateOf.length} of its activities were already in the journal`,
        );
      if (o.deletedBefore?.length)
        lines.push(
          `          ${o.deletedBefore.length} of its activities you deleted before ${o.deletedBefore.length === 1 ? "was" : "were"} left out`,
        );
      for (const sk of o.skipped ?? []) lines.push(`          left out: ${sk.reason}`);
      if (o.partial?.length) lines.push(`          partial: ${o.partial.join("; ")}`);
    } else lines.push(`${head}: ${o.reason ?? ""}`);
  }
  const c = s.counts;
  lines.push(
    `${s.files.length} file(s): ${c.imported} imported, ${c.duplicate} duplicate, ${c.skipped} skipped, ${c.failed} failed; ${s.activitiesStored} activit${s.activitiesStored === 1 ? "y" : "ies"} added.`,
  );
  const deleted = deletedBeforeSentence(s.activitiesDeletedBefore);
  if (deleted) lines.push(deleted);
  return lines;
}

/**
 * The sentence for runs left out because the runner deleted them, with the way back; empty
 * when there were none.
 *
 * @example
 * deletedBeforeSentence(1);
 * // "1 run you deleted before was left out (limber import --include-deleted brings it back)."
 */
export function deletedBeforeSentence(n: number): string {
  if (n === 0) return "";
  const one = n === 1;
  return `${n} run${one ? "" : "s"} you deleted before ${one ? "was" : "were"} left out (limber import --include-deleted brings ${one ? "it" : "them"} back).`;
}

/** The JSON summary: per file status, reason, partial notes and a short view of each activity. */
export function summaryJson(s: ImportSummary): unknown {
  return {
    counts: s.counts,
    activitiesStored: s.activitiesStored,
    activitiesDuplicate: s.activitiesDuplicate,
    activitiesDeletedBefore: s.activitiesDeletedBefore,
    files: s.files.map((o) => ({
      file: o.file,
      status: o.status,
      ...(o.reason ? { reason: o.reason } : {}),
      ...(o.partial ? { partial: o.partial } : {}),
      ...(o.skipped ? { skipped: o.skipped } : {}),
      ...(o.runIds ? { runIds: o.runIds } : {}),
      ...(o.duplicateOf ? { duplicateOf: o.duplicateOf } : {}),
      ...(o.deletedBefore ? { deletedBefore: o.deletedBefore } : {}),
      activities: (o.activities ?? []).map((a) => ({
        sport: a.sport,
        startTime: a.startTime,
        distanceMeters: a.distanceMeters,
        elapsedSeconds: a.elapsedSeconds,
        movingSeconds: a.movingSeconds,
      })),
    })),
  };
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program(
    "import",
    "Import runs from FIT, GPX, TCX files, folders and Strava export zips",
  )
    .argument("<path...>", "files, folders or .zip exports")
    .option("--units <units>", "metric or imperial (default: your profile's)")
    .option(
      "--include-deleted",
      "also store runs you deleted before (and stop leaving them out of later imports)",
    )
    .option("--json", "print a machine-readable summary");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const paths = parsed.args;
  const { json, units, includeDeleted } = parsed.opts<{
    json?: boolean;
    units?: string;
    includeDeleted?: boolean;
  }>();
  const bar =
    io.interactive && !json
      ? new cliProgress.SingleBar(
          {
            format: "Importing [{bar}] {value}/{total} {file}",
            hideCursor: true,
            clearOnComplete: true,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  let started = false;
  try {
    let display: Display = { timeZone: "UTC", units: "metric" };
    const summary = await withJournal(io, async (database, userId) => {
      display = await displayFor(database, userId, units);
      return importPaths(database, userId, paths, {
        now: io.now(),
        includeDeleted: includeDeleted === true,
        onProgress: (p) => {
          if (!bar) return;
          const file = p.file.length > 40 ? `...${p.file.slice(-37)}` : p.file;
          if (!started) {
            bar.start(p.total, p.done, { file });
            started = true;
          } else {
            bar.setTotal(p.total);
            bar.update(p.done, { file });
          }
        },
      });
    });
    bar?.stop();
    if (json) printJson(io, summaryJson(summary));
    else io.out(summaryLines(summary, display).join("\n"));
    return 0;
  } finally {
    if (started) bar?.stop();
  }
}

export const command: CliCommand = {
  summary: "Import runs from FIT, GPX, TCX files, folders and Strava exports",
  run,
};

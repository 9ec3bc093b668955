/**
 * `limber plan`: the runner's planned training. Planned runs (list, delete), a training
 * plan's `.ics` file (import; importing again updates it), and calendar feeds Limber reads
 * the plan from (subscribe, feeds, refresh, unsubscribe).
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { InputError } from "../../core/errors.js";
import {
  importCalendar,
  type CalendarImportResult,
} from "../../services/planned/calendar-import.js";
import {
  listFeeds,
  refreshFeeds,
  subscribeFeed,
  unsubscribeFeed,
} from "../../services/planned/feeds.js";
import { deletePlannedRun, listPlannedRuns } from "../../services/planned/planned-runs.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withFlagNames, withJournal } from "./journal-support.js";
import { recordNamed } from "./id-or-last.js";

const USAGE = [
  "Usage: limber plan list [--from YYYY-MM-DD] [--days N] [--json]",
  "       limber plan delete ID",
  "       limber plan import FILE.ics [--json]       a training plan's calendar (again to update)",
  "       limber plan subscribe URL [--name TEXT]    read a plan's iCalendar feed (https:// or webcal://)",
  "       limber plan feeds | refresh | unsubscribe ID",
  "Plan one run with `limber run plan`; see the week with `limber week`.",
].join("\n");

/** One summary line and the events Limber did not understand. */
export function describeImport(r: CalendarImportResult, label: string): string {
  const lines = [
    `${label}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed` +
      (r.restDays.length ? `; rest days ${r.restDays.join(", ")}` : "") +
      (r.past ? `; ${r.past} earlier events left alone` : ""),
  ];
  if (r.unknown.length) {
    lines.push(`Not planned (${r.unknown.length}):`);
    for (const u of r.unknown) lines.push(`  ${u.date} ${u.title}: ${u.why}`);
  }
  return lines.join("\n");
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("plan list", "Planned runs")
    .option("--from <YYYY-MM-DD>", "first day (default today)")
    .option("--days <n>", "how many days (default 28)")
    .option("--json", "print as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ from?: string; days?: string; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const lines = await withFlagNames({ from: "--from", days: "--days" }, () =>
      listPlannedRuns(database, userId, { from: o.from, days: o.days, now: io.now() }),
    );
    if (o.json) printJson(io, lines);
    else if (lines.length === 0)
      io.out(
        "No planned runs. Add one with `limber run plan` or import a plan with `limber plan import FILE.ics`.",
      );
    else
      io.out(
        lines
          .map(
            (l) =>
              `${l.date}  ${(l.type ?? "run").padEnd(9)} ${String(l.minutes).padStart(3)} min${l.km ? ` ${l.km} km` : ""}  ${l.name ?? ""}  [${l.source}]${l.doneRunId ? `  done: ${l.doneRunId}` : ""}  ${l.id}`,
          )
          .join("\n"),
      );
    return 0;
  });
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  const json = rest.includes("--json");
  const args = rest.filter((a) => a !== "--json");
  switch (sub) {
    case "list":
      return list(rest, io);
    case "delete": {
      if (!args[0])
        throw new InputError("id", "is required: the planned run's id (see `limber plan list`)");
      return withJournal(io, async (database, userId) => {
        await recordNamed(args[0]!, { what: "planned run", listedBy: "limber plan list" }, () =>
          deletePlannedRun(database, userId, args[0]!),
        );
        io.out(`Planned run ${args[0]} deleted.`);
        return 0;
      });
    }
    case "import": {
      if (!args[0]) throw new InputError("file", "is required: a training plan's .ics file");
      const file = args[0];
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch {
        throw new InputError("file", `cannot read ${file}`);
      }
      const name = basename(file);
      return withJournal(io, async (database, userId) => {
        const r = await withFlagNames({ calendar: name }, () =>
          importCalendar(database, userId, text, {
            calendar: `file:${name}`,
            label: name,
            now: io.now(),
          }),
        );
        if (json) printJson(io, r);
        else io.out(describeImport(r, name));
        return 0;
      });
    }
    case "subscribe": {
      const nameAt = args.indexOf("--name");
      const name = nameAt >= 0 ? args[nameAt + 1] : undefined;
      // the address is the first word that is not --name or its value
      const url = args.filter((_, i) => nameAt < 0 || (i !== nameAt && i !== nameAt + 1))[0];
      return withJournal(io, async (database, userId) => {
        const r = await withFlagNames({ url: "URL", name: "--name" }, () =>
          subscribeFeed(database, userId, { url, name }, { now: io.now() }),
        );
        if (json) printJson(io, r);
        else {
          io.out(`Subscribed (${r.feed.id}): ${r.feed.url}`);
          if (r.result) io.out(describeImport(r.result, r.feed.name ?? r.feed.url));
          if (r.error)
            io.out(`Could not read it yet: ${r.error}. \`limber plan refresh\` tries again.`);
        }
        return 0;
      });
    }
    case "feeds":
      return withJournal(io, async (database, userId) => {
        const feeds = await listFeeds(database, userId);
        if (json) printJson(io, feeds);
        else if (!feeds.length)
          io.out("No calendar feeds. Add one with `limber plan subscribe URL`.");
        else
          io.out(
            feeds
              .map(
                (f) =>
                  `${f.id}  ${f.name ?? ""} ${f.url}  last read ${f.lastSyncedAt ?? "never"}${f.lastError ? `  (last error: ${f.lastError})` : ""}`,
              )
              .join("\n"),
          );
        return 0;
      });
    case "refresh":
      return withJournal(io, async (database, userId) => {
        const results = await refreshFeeds(database, userId, { now: io.now() });
        if (json) printJson(io, results);
        else if (!results.length) io.out("No calendar feeds to read.");
        else
          for (const r of results)
            io.out(
              r.result
                ? describeImport(r.result, r.feed.name ?? r.feed.url)
                : `${r.feed.url}: ${r.error}`,
            );
        return results.some((r) => r.error) ? 1 : 0;
      });
    case "unsubscribe": {
      if (!args[0])
        throw new InputError("id", "is required: the feed's id (see `limber plan feeds`)");
      return withJournal(io, async (database, userId) => {
        await unsubscribeFeed(database, userId, args[0]!);
        io.out(`Feed ${args[0]} removed with its planned runs.`);
        return 0;
      });
    }
    case undefined:
    case "--help":
    case "-h":
      io.out(USAGE);
      return sub === undefined ? 2 : 0;
    default:
      throw new InputError(
        "subcommand",
        `"${sub}" is not list, delete, import, subscribe, feeds, refresh or unsubscribe`,
      );
  }
}

export const command: CliCommand = {
  summary: "Planned training: planned runs, a plan's .ics file, calendar feeds",
  run,
};

/**
 * `limber load [--weeks 12] [--json]`: weekly load with fitness, fatigue and form, a small
 * chart, and today's load state (acute:chronic ratio, monotony, strain) with what it
 * means for today's care.
 */
import { loadReport } from "../../services/imports/index.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withFlagNames, withJournal } from "./journal-support.js";

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("load", "Training load: weekly load, fitness, fatigue, form")
    .option("--weeks <n>", "weeks to show (1-104)", "12")
    .option("--json", "print the report as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ weeks: string; json?: boolean }>();
  return withJournal(io, async (database, userId) => {
    const report = await withFlagNames({ weeks: "--weeks" }, () =>
      loadReport(database, userId, { weeks: o.weeks, now: io.now() }),
    );
    if (o.json) {
      printJson(io, report);
      return 0;
    }
    const s = report.state;
    const rows = report.weeks.map((w) => [
      `${w.start} - ${w.end.slice(5)}`,
      `${w.load}`,
      `${w.sessions}`,
      `${w.runKm.toFixed(1)}`,
      `${w.fitness.toFixed(1)}`,
      `${w.fatigue.toFixed(1)}`,
      `${w.form.toFixed(1)}`,
    ]);
    io.out(table(["week", "load AU", "sessions", "run km", "fitness", "fatigue", "form"], rows));
    io.out("");
    io.out(`load     ${sparkline(report.weeks.map((w) => w.load))}`);
    io.out(`fitness  ${sparkline(report.weeks.map((w) => w.fitness))}`);
    io.out(`fatigue  ${sparkline(report.weeks.map((w) => w.fatigue))}`);
    io.out(`form     ${sparkline(report.weeks.map((w) => w.form))}`);
    io.out("");
    const ratio = s.ratio !== undefined ? `${s.ratio.toFixed(2)}` : "-";
    io.out(
      `Today (${report.today}): last 7 days ${s.acute} AU, 4-week average ${s.chronic} AU/week, ratio ${ratio}`,
    );
    if (s.history.note)
      io.out(`${s.history.note.charAt(0).toUpperCase()}${s.history.note.slice(1)}.`);
    io.out(
      `Fitness ${s.fitness}, fatigue ${s.fatigue}, form ${s.form}; monotony ${s.monotony ?? "-"}, strain ${s.strain ?? "-"} AU`,
    );
    if (s.lighten) io.out(`${s.lighten.message} (${s.lighten.rules.join(", ")})`);
    else if (s.flags.monotonous)
      io.out(
        "Every day has a similar load: vary easy and hard days, with a full rest day each week (L8).",
      );
    io.out(
      `Load = RPE x minutes (AU); RPE is yours, or estimated from heart rate (${report.heartRate.source === "profile" ? "your profile's" : "default"} max ${report.heartRate.max} / rest ${report.heartRate.rest} bpm) or from the run type.`,
    );
    return 0;
  });
}

export const command: CliCommand = {
  summary: "Training load: weekly load, fitness, fatigue and form",
  run,
};

// Terminal figures shared with `limber runs`: durations, paces, columns and sparklines.

const BLOCKS = "▁▂▃▄▅▆▇█";

/**
 * A unicode sparkline, scaled from the smallest to the largest value.
 *
 * @example
 * sparkline([0, 5, 10]); // "▁▅█"
 */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return "";
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values
    .map((v) =>
      hi === lo
        ? BLOCKS[hi === 0 ? 0 : 3]
        : BLOCKS[Math.round(((v - lo) / (hi - lo)) * (BLOCKS.length - 1))],
    )
    .join("");
}

/** "1:05:09" or "45:10". */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/** "5:12/km". */
export function pace(secondsPerKm: number | undefined): string {
  if (secondsPerKm === undefined) return "-";
  const s = Math.round(secondsPerKm);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}/km`;
}

/** Rows padded into columns. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), ...rows.map(line)].join("\n");
}

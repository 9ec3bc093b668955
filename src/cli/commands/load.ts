/**
 * `limber load [--weeks 12] [--json]`: weekly load with fitness, fatigue and form, a small
 * chart, and today's load state (acute:chronic ratio, monotony, strain) with what it
 * means for today's care.
 */
import { LOAD } from "../../core/load/state.js";
import { fromFirstActivity, weekActive, type LoadReport } from "../../core/load/report.js";
import { upperFirst } from "../../core/text/first-letter.js";
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
    // Weeks before the first activity hold nothing but zeros: the table starts where the journal does.
    const weeks = fromFirstActivity(report.weeks);
    const rows = weeks.map((w) => [
      `${w.start} - ${w.end.slice(5)}`,
      `${w.load}`,
      `${w.sessions}`,
      `${w.runKm.toFixed(1)}`,
      `${w.fitness.toFixed(1)}`,
      `${w.fatigue.toFixed(1)}`,
      `${w.form.toFixed(1)}`,
    ]);
    io.out(loadSentences(report).join("\n"));
    io.out("");
    io.out(
      table(
        [
          "week",
          "load AU",
          "sessions",
          "run km",
          "fitness AU/day",
          "fatigue AU/day",
          "form AU/day",
        ],
        rows,
      ),
    );
    if (!weeks.some(weekActive))
      io.out("No runs or sessions yet: the weeks fill in as you log them.");
    else if (weeks.length < report.weeks.length)
      io.out("Weeks before your first activity are left out.");
    io.out("");
    io.out(`load     ${sparkline(weeks.map((w) => w.load))}`);
    io.out(`fitness  ${sparkline(weeks.map((w) => w.fitness))}`);
    io.out(`fatigue  ${sparkline(weeks.map((w) => w.fatigue))}`);
    io.out(`form     ${sparkline(weeks.map((w) => w.form))}`);
    return 0;
  });
}

/** "+3.9", "-12", "0". */
const signed = (v: number) => (v > 0 ? `+${v}` : `${v}`);

/**
 * Today's load in plain sentences, every figure with its unit: the week against the month,
 * what fitness, fatigue and form are, and form only once there is enough recent history to
 * judge it.
 *
 * @example
 * loadSentences(report)[0]; // "Today (2026-12-05): 2340 AU of training load in the last 7 days, against 2100 AU a week over the last 4 weeks (1.11x that)."
 */
export function loadSentences(report: LoadReport): string[] {
  const s = report.state;
  const ratio = s.ratio !== undefined ? ` (${s.ratio}x that)` : "";
  const out = [
    `Today (${report.today}): ${s.acute} AU of training load in the last 7 days, against ${s.chronic} AU a week over the last 4 weeks${ratio}.`,
  ];
  if (s.history.note) out.push(`${upperFirst(s.history.note)}.`);
  out.push(
    s.history.formJudged
      ? `Fitness is your average load a day over the last ${LOAD.fitnessDays} days, ${s.fitness} AU a day; fatigue is the same over the last ${LOAD.fatigueDays} days, ${s.fatigue} AU a day.`
      : // Both start from the average of the first days, so a new journal's read as rough.
        `Fitness (your average load a day over ${LOAD.fitnessDays} days) and fatigue (the same over ${LOAD.fatigueDays}) start from the average of your first days of training and settle as weeks add up: for now ${s.fitness} and ${s.fatigue} AU a day.`,
  );
  // Before that the note above says form is not judged yet: no figure that reads as one.
  if (s.history.formJudged)
    out.push(
      `Form (fitness minus fatigue) is ${signed(s.form)} AU a day: ${
        s.form > 0
          ? "your last week was lighter than your usual"
          : s.form < 0
            ? "your last week was heavier than your usual"
            : "your last week matched your usual"
      }.`,
    );
  if (s.monotony !== undefined)
    out.push(
      `Monotony is ${s.monotony} (the week's average daily load divided by its spread; above ${LOAD.monotonyHigh} the days are too alike) and strain ${s.strain ?? 0} AU (the week's load times monotony).`,
    );
  if (s.lighten) out.push(`${s.lighten.message} (${s.lighten.rules.join(", ")})`);
  else if (s.flags.monotonous)
    out.push(
      "Every day has a similar load: vary easy and hard days, with a full rest day each week (L8).",
    );
  out.push(
    `Load = RPE x minutes, in arbitrary units (AU); RPE is yours, or estimated from heart rate (${report.heartRate.source === "profile" ? "your profile's" : "default"} max ${report.heartRate.max} / rest ${report.heartRate.rest} bpm) or from the run type.`,
  );
  return out;
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

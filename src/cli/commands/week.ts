/**
 * `limber week [--json] [--ics] [--budget MIN] [--week-start DAY]`: the coming seven days
 * around the runner's runs, day by day, with the reasons, warnings and the weekly audit.
 */
import { InputError } from "../../core/errors.js";
import { MOVEMENTS, movementName } from "../../core/catalog/index.js";
import { testLabel } from "../../core/insights/thresholds.js";
import { trialLines } from "../../core/plan/prescription.js";
import { addDays, dayLabel } from "../../core/time/calendar.js";
import type { AuditLine, PlanDay, WeekPlan } from "../../core/plan/types.js";
import { parseWeekOptions, weekCalendar, weekPlan } from "../../services/coach/index.js";
import type { CliCommand } from "../io.js";
import { parseProgram, program } from "../program.js";
import { printJson, withJournal } from "./journal-support.js";

// The plan as readable text: day by day, then warnings and the weekly audit.
function dayHeader(d: PlanDay): string {
  const bits: string[] = [];
  for (const r of d.runs)
    bits.push(
      `${r.type === "cross" ? "cross-training" : `${r.type} run`} ${r.start} (${r.minutes} min${r.planned ? ", planned" : ""})`,
    );
  // A free day is a rest day when the week's running is planned or the runner's log shows the
  // weekday free; otherwise no run is planned (its notes say the same).
  if (d.flags.restDay) bits.push(d.flags.noRunPlanned ? "no run planned" : "rest day");
  if (d.flags.activeRecovery) bits.push("active recovery");
  if (d.flags.lighterDay) bits.push("lighter day");
  return `${dayLabel(d.date)}  ${bits.join(" · ")}`;
}

function auditLine(l: AuditLine): string {
  const unit = l.unit === "pass" ? "" : ` ${l.unit}`;
  const value = (v: number) => (l.unit === "pass" ? (v >= 1 ? "pass" : "fail") : `${v}${unit}`);
  const name = testLabel(l.test, l.side).padEnd(26);
  const last =
    l.last !== undefined
      ? `${value(l.last)}${l.lastDate ? ` (${dayLabel(l.lastDate)})` : ""}`
      : "not tested yet";
  const target =
    l.target !== undefined
      ? `  target ${value(l.target)}${l.targetSource === "professional" ? " (your professional's plan)" : ""}: ${l.met === undefined ? "-" : l.met ? "met" : "not yet"}`
      : "";
  return `  ${name}${last}${target}`;
}

/**
 * @example
 * formatWeekPlan(plan); // "Week plan Mon 23 Nov - Sun 29 Nov (Europe/Berlin): 9 sessions, 74 of 120 min\n..."
 */
export function formatWeekPlan(plan: WeekPlan): string {
  const first = plan.days[0]!;
  const last = plan.days.at(-1)!;
  const out: string[] = [
    `Week plan ${dayLabel(first.date)} - ${dayLabel(last.date)} (${plan.timeZone}): ${plan.sessionCount} sessions, ${plan.plannedMinutes} of ${plan.budgetMinutes} min`,
    `Emphasis: ${plan.emphasis.group} (${plan.emphasis.regions.join(", ")}) until ${dayLabel(addDays(plan.emphasis.nextChange, -1))} [S10]`,
  ];
  if (plan.progression.stage === "starter")
    out.push(`Starting out: ${plan.progression.why} [${plan.progression.reasons.join(" ")}]`);
  if (plan.stiffRegions.length)
    out.push(
      `Stayed stiff: ${plan.stiffRegions.map((r) => `${r.region} ${r.stiffness}/10`).join(", ")}, given more time [L11]`,
    );
  if (plan.prescription) {
    for (const line of trialLines(plan.prescription, MOVEMENTS)) out.push(line);
    if (plan.prescription.coreMovementIds.length)
      out.push(`Core set: ${plan.prescription.coreMovementIds.map(movementName).join(", ")} [S10]`);
  } else if (plan.trial) out.push(`Trial: ${plan.trial.note} [S9]`);
  if (plan.newTechniqueDay)
    out.push(
      `New technique: ${dayLabel(plan.newTechniqueDay.date)} is a good day to start one [S9 L7]`,
    );
  if (plan.scaleBack) out.push(`Scaled back: ${plan.scaleBack.why.join(" ")} [L9]`);
  for (const d of plan.days) {
    out.push("", dayHeader(d));
    if (d.sessions.length === 0) out.push("  no session planned");
    for (const s of d.sessions) {
      const focus = s.focus.length ? `  focus ${s.focus.slice(0, 4).join(", ")}` : "";
      const pressure = s.pressureCap ? `, pressure ${s.pressureCap} at most` : "";
      const done = s.done ? "  (done)" : "";
      out.push(
        `  ${s.time}  ${s.kind.padEnd(9)} ${String(s.minutes).padStart(2)} min${focus}${pressure}  [${s.reasons.join(" ")}]${done}`,
      );
      out.push(`         ${s.note}`);
    }
    // A note of fact ("No run planned.") cites no rule, so it shows no brackets.
    for (const n of d.notes)
      out.push(`  · ${n.text}${n.rules.length ? ` [${n.rules.join(" ")}]` : ""}`);
  }
  if (plan.warnings.length) {
    out.push("", "Warnings:");
    for (const w of plan.warnings) out.push(`  ! ${w.message} [${w.code}]`);
  }
  const a = plan.audit;
  out.push("", `Weekly audit, ${dayLabel(a.date)}: ${a.message} [${a.reasons.join(" ")}]`);
  for (const l of a.lines) out.push(auditLine(l));
  return out.join("\n");
}

export const command: CliCommand = {
  summary: "Plan the coming week around your runs",
  async run(argv, io) {
    const cmd = program("week", "Plan the coming seven days around your runs (L8, T7, S8-S10, P3)")
      .option("--json", "print the plan as one JSON document")
      .option("--ics", "print the plan as an iCalendar feed")
      .option(
        "--budget <minutes>",
        "minutes of care the week may hold, 20-600 (default: your profile's --week-budget, else 120)",
      )
      .option(
        "--week-start <day>",
        "first day of your week (default: your profile's --week-start, else monday)",
      );
    const parsed = parseProgram(cmd, argv, io);
    if (typeof parsed === "number") return parsed;
    const opts = parsed.opts<{
      json?: boolean;
      ics?: boolean;
      budget?: string;
      weekStart?: string;
    }>();
    if (opts.json && opts.ics) throw new InputError("--ics", "cannot be combined with --json");
    const options = parseWeekOptions(
      { budget: opts.budget, weekStart: opts.weekStart },
      { budget: "--budget", weekStart: "--week-start" },
    );
    if (opts.ics) {
      const ics = await withJournal(io, (db, user) => weekCalendar(db, user, io.now(), options));
      io.out(ics);
      return 0;
    }
    const plan = await withJournal(io, (db, user) => weekPlan(db, user, io.now(), options));
    if (opts.json) printJson(io, plan);
    else io.out(formatWeekPlan(plan));
    return 0;
  },
};

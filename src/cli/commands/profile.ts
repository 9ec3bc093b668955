/**
 * `limber profile`: shows the runner's profile, or sets fields of it from flags (A3, T6).
 * With no flags at a terminal and no profile yet, it asks for the main fields.
 */
import { unitsOf, type Profile } from "../../core/journal/types.js";
import { systemTimeZone } from "../../core/time/calendar.js";
import { EQUIPMENT, type Equipment } from "../../core/vocabulary.js";
import { getProfile, updateProfile, type ProfileInput } from "../../services/journal/profile.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { distanceText } from "./display.js";
import { printJson, prompts, splitList, withFlagNames, withJournal } from "./journal-support.js";

interface Options {
  name?: string;
  units?: string;
  tz?: string;
  equipment?: string;
  years?: string;
  weeklyKm?: string;
  injuries?: string;
  sittingHours?: string;
  sessionTime?: string;
  goals?: string;
  newToSoftTissue?: string | boolean;
  weekBudget?: string;
  weekStart?: string;
  maxHr?: string;
  restingHr?: string;
  thresholdHr?: string;
  json?: boolean;
}

/** Profile field -> the flag that sets it, for error messages. */
const FLAGS: Record<string, string> = {
  name: "--name",
  units: "--units",
  timeZone: "--tz",
  equipment: "--equipment",
  yearsRunning: "--years",
  weeklyDistanceKm: "--weekly-km",
  previousInjuries: "--injuries",
  hoursSittingPerDay: "--sitting-hours",
  preferredSessionTime: "--session-time",
  goals: "--goals",
  newToSoftTissue: "--new-to-soft-tissue",
  weeklyBudgetMinutes: "--week-budget",
  weekStart: "--week-start",
  maxHeartRate: "--max-hr",
  restingHeartRate: "--resting-hr",
  thresholdHeartRate: "--threshold-hr",
};

/** Turns the flags given into profile fields ("none" empties a list). */
export function toProfileInput(o: Options): ProfileInput {
  const input: ProfileInput = {};
  const listOf = (v: string) => (v.trim() === "none" ? [] : splitList(v));
  if (o.name !== undefined) input.name = o.name;
  if (o.units !== undefined) input.units = o.units;
  if (o.tz !== undefined) input.timeZone = o.tz;
  if (o.equipment !== undefined) input.equipment = listOf(o.equipment);
  if (o.years !== undefined) input.yearsRunning = o.years;
  if (o.weeklyKm !== undefined) input.weeklyDistanceKm = o.weeklyKm;
  if (o.injuries !== undefined) input.previousInjuries = listOf(o.injuries);
  if (o.sittingHours !== undefined) input.hoursSittingPerDay = o.sittingHours;
  if (o.sessionTime !== undefined) input.preferredSessionTime = o.sessionTime;
  if (o.goals !== undefined) input.goals = listOf(o.goals);
  if (o.newToSoftTissue !== undefined)
    input.newToSoftTissue = o.newToSoftTissue === true ? true : o.newToSoftTissue;
  // "default" clears a week setting, so the plan's own (120 min, Monday) applies again.
  const orDefault = (v: string) => (v.trim().toLowerCase() === "default" ? null : v);
  if (o.weekBudget !== undefined) input.weeklyBudgetMinutes = orDefault(o.weekBudget);
  // Weekdays are lower case in the journal; people type them any way.
  if (o.weekStart !== undefined) input.weekStart = orDefault(o.weekStart.trim().toLowerCase());
  if (o.maxHr !== undefined) input.maxHeartRate = o.maxHr;
  if (o.restingHr !== undefined) input.restingHeartRate = o.restingHr;
  if (o.thresholdHr !== undefined) input.thresholdHeartRate = o.thresholdHr;
  return input;
}

/** The profile as lines for a person. */
export function formatProfile(p: Profile): string {
  const lines = [
    `Name:              ${p.name ?? "(not given; set with --name)"}`,
    `Units:             ${p.units ?? `${unitsOf(p)} (not chosen yet; set with --units)`}`,
    `Time zone:         ${p.timeZone}`,
    `Kit:               ${p.equipment.length ? p.equipment.join(", ") : "none"}`,
  ];
  const add = (label: string, v: unknown, unit = "") => {
    if (v !== undefined) lines.push(`${label.padEnd(19)}${String(v)}${unit}`);
  };
  add("Years running:", p.yearsRunning, " years");
  if (p.weeklyDistanceKm !== undefined)
    add("Weekly distance:", distanceText(p.weeklyDistanceKm, unitsOf(p), 1));
  if (p.previousInjuries.length) add("Previous injuries:", p.previousInjuries.join("; "));
  add("Sitting a day:", p.hoursSittingPerDay, " h");
  add("Session time:", p.preferredSessionTime);
  if (p.goals.length) add("Goals:", p.goals.join("; "));
  if (p.newToSoftTissue !== undefined) add("New to rolling:", p.newToSoftTissue ? "yes" : "no");
  add("Week's care:", p.weeklyBudgetMinutes, " min at most");
  if (p.weekStart) add("Week starts:", p.weekStart[0]!.toUpperCase() + p.weekStart.slice(1));
  add("Max heart rate:", p.maxHeartRate, " bpm");
  add("Resting HR:", p.restingHeartRate, " bpm");
  add("Threshold HR:", p.thresholdHeartRate, " bpm");
  return lines.join("\n");
}

async function askProfile(): Promise<ProfileInput> {
  const { input, select, checkbox, confirm } = await prompts();
  const name = await input({ message: "Your name (blank to skip)" });
  const units = await select({
    message: "Units",
    choices: [{ value: "metric" }, { value: "imperial" }],
  });
  const timeZone = await input({
    message: "Time zone",
    default: systemTimeZone(),
  });
  const equipment: Equipment[] = await checkbox({
    message: "Kit you own",
    choices: EQUIPMENT.map((e) => ({ value: e })),
  });
  // S8, H2: a newcomer starts light, short and with one or two movements.
  const newToSoftTissue = await confirm({
    message: "New to foam rolling and soft-tissue work?",
    default: false,
  });
  const weeklyKm = await input({ message: "Usual weekly distance in km (blank to skip)" });
  const sessionTime = await input({ message: "Preferred session time HH:MM (blank to skip)" });
  const out: ProfileInput = { units, timeZone, equipment, newToSoftTissue };
  if (name.trim()) out.name = name.trim();
  if (weeklyKm.trim()) out.weeklyDistanceKm = weeklyKm.trim();
  if (sessionTime.trim()) out.preferredSessionTime = sessionTime.trim();
  return out;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("profile", "Show your profile, or set fields of it")
    .option("--name <name>", "your name")
    .option("--units <units>", "metric or imperial")
    .option("--tz <zone>", "IANA time zone, e.g. Europe/Berlin")
    .option("--equipment <kit>", "kit you own: foam-roller,massage-ball,band or none")
    .option("--years <n>", "years running")
    .option("--weekly-km <km>", "usual weekly distance in km")
    .option("--injuries <list>", "previous injuries, comma-separated, or none")
    .option("--sitting-hours <h>", "hours sitting a day")
    .option("--session-time <HH:MM>", "preferred time for the daily session (T6)")
    .option("--goals <list>", "goals, comma-separated, or none")
    .option("--new-to-soft-tissue [yes|no]", "new to rolling and soft-tissue work (S8)")
    .option(
      "--week-budget <minutes>",
      "minutes of care your week may hold, 20-600, or default (limber week and limber today keep to it)",
    )
    .option("--week-start <day>", "the day your week starts on, e.g. sunday, or default (monday)")
    .option("--max-hr <bpm>", "maximum heart rate")
    .option("--resting-hr <bpm>", "resting heart rate")
    .option("--threshold-hr <bpm>", "threshold heart rate")
    .option("--json", "print the profile as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const opts = parsed.opts<Options>();
  let input = toProfileInput(opts);
  return withJournal(io, async (database, userId) => {
    const current = await getProfile(database, userId);
    if (Object.keys(input).length === 0) {
      if (current || !io.interactive) {
        if (opts.json) printJson(io, current);
        else
          io.out(
            current
              ? formatProfile(current)
              : "No profile yet. Set one with `limber profile --name ... --equipment ...`.",
          );
        return 0;
      }
      input = await askProfile();
    }
    // A first profile without --tz takes this computer's zone, and says so.
    const fromDevice = input.timeZone === undefined && !current;
    const saved = await withFlagNames(FLAGS, () =>
      updateProfile(database, userId, input, { now: io.now(), deviceTimeZone: systemTimeZone() }),
    );
    if (opts.json) printJson(io, saved);
    else
      io.out(
        `Profile saved.\n${formatProfile(saved)}` +
          (fromDevice
            ? `\nThe time zone is this computer's (${saved.timeZone}); set another with --tz.`
            : ""),
      );
    return 0;
  });
}

export const command: CliCommand = {
  summary: "Show or set your profile: kit, time zone, running background",
  run,
};

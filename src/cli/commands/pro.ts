/**
 * `limber pro`: a professional's side (C1) on a Limber server: the athletes who share
 * their journal, an athlete's sessions and adherence (JSON, or a printable one-page HTML),
 * and setting an athlete's plan (with plan access).
 */
import { writeFile } from "node:fs/promises";
import { InputError } from "../../core/errors.js";
import { testLabel } from "../../core/insights/thresholds.js";
import type { RomTestKind } from "../../core/journal/types.js";
import type { Side } from "../../core/vocabulary.js";
import type { CliCommand, CliIo } from "../io.js";
import { parseProgram, program } from "../program.js";
import { api } from "./api-client.js";
import { printJson, splitList } from "./journal-support.js";
import { describePlan } from "./share.js";
import { helpOrUnknown, printList } from "./subcommands.js";

const USAGE = [
  "Usage: limber pro athletes [--json]",
  "       limber pro sessions ATHLETE_ID [--json]",
  "       limber pro adherence ATHLETE_ID [--weeks N] [--html FILE] [--json]",
  "       limber pro set-plan ATHLETE_ID --sessions N --until YYYY-MM-DD [--focus calves,hamstrings] [--goal knee-to-wall:left=12cm ...]",
  "Needs LIMBER_SERVER and LIMBER_TOKEN (a personal API token of your professional account).",
].join("\n");

/**
 * A goal as typed: "knee-to-wall:left=12cm", "straight-leg-raise:right=80deg", "thomas:left=pass".
 *
 * @example
 * parseGoal("knee-to-wall:left=12cm"); // { test: "knee-to-wall", side: "left", target: 12, unit: "cm" }
 */
export function parseGoal(s: string): {
  test: string;
  side?: string;
  target: number;
  unit: string;
} {
  const m = s.match(/^([a-z-]+)(?::(left|right))?=(?:(\d+(?:\.\d+)?)(cm|deg)|(pass))$/);
  if (!m)
    throw new InputError(
      "--goal",
      `"${s}" is not TEST[:left|right]=NUMBERcm|NUMBERdeg|pass, e.g. knee-to-wall:left=12cm`,
    );
  return {
    test: m[1]!,
    ...(m[2] ? { side: m[2] } : {}),
    target: m[5] ? 1 : Number(m[3]),
    unit: m[5] ? "pass" : m[4]!,
  };
}

interface Summary {
  from: string;
  to: string;
  weeks: { start: string; end: string; planned: number | null; done: number; minutes: number }[];
  totals: { planned: number | null; done: number; share?: number };
  goals: {
    test: RomTestKind;
    side?: Side;
    target: number;
    unit: string;
    latest?: number;
    latestDate?: string;
    met?: boolean;
  }[];
  painFlags: {
    region: string;
    side?: string;
    kind: string;
    openedAt: string;
    resolvedAt?: string;
  }[];
}

async function adherence(argv: string[], io: CliIo): Promise<number> {
  const cmd = program(
    "pro adherence",
    "An athlete's adherence: sessions planned vs done, ROM goals, pain flags",
  )
    .argument("<athlete>", "athlete id (see `limber pro athletes`)")
    .option("--weeks <n>", "weeks to cover (1-26)", "6")
    .option("--html <file>", "write the printable one-page summary to this file")
    .option("--json", "print as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{ weeks: string; html?: string; json?: boolean }>();
  const id = encodeURIComponent(parsed.args[0]!);
  if (o.html) {
    const html = (await api(
      io,
      "GET",
      `/api/athletes/${id}/adherence.html?weeks=${encodeURIComponent(o.weeks)}`,
    )) as string;
    await writeFile(o.html, html);
    io.out(`Wrote ${o.html}: open it in a browser and print it (one A4 page).`);
    return 0;
  }
  const a = (await api(
    io,
    "GET",
    `/api/athletes/${id}/adherence?weeks=${encodeURIComponent(o.weeks)}`,
  )) as Summary;
  if (o.json) {
    printJson(io, a);
    return 0;
  }
  const lines = [`${a.from} to ${a.to}`, "week                      planned  done  time"];
  for (const w of a.weeks)
    lines.push(
      `${w.start} to ${w.end}  ${String(w.planned ?? "-").padStart(7)}  ${String(w.done).padStart(4)}  ${w.minutes} min`,
    );
  lines.push(
    `Done ${a.totals.done}${a.totals.planned !== null ? ` of ${a.totals.planned} planned` : ""}${a.totals.share !== undefined ? ` (${Math.round(a.totals.share * 100)}%)` : ""}.`,
  );
  for (const g of a.goals) {
    const goal = g.unit === "pass" ? "pass" : `${g.target} ${g.unit}`;
    lines.push(
      `Goal ${testLabel(g.test, g.side)} ${goal}: ${g.latest !== undefined ? `latest ${g.latest}${g.unit === "pass" ? "" : ` ${g.unit}`} on ${g.latestDate}${g.met ? " (met)" : ""}` : "not tested yet"}`,
    );
  }
  lines.push(
    a.painFlags.length
      ? `Pain flags: ${a.painFlags.map((f) => `${f.region}${f.side ? ` ${f.side}` : ""} ${f.kind} ${f.openedAt.slice(0, 10)}${f.resolvedAt ? " (resolved)" : ""}`).join("; ")}`
      : "No pain flags raised.",
  );
  io.out(lines.join("\n"));
  return 0;
}

async function setPlan(argv: string[], io: CliIo): Promise<number> {
  const cmd = program("pro set-plan", "Set an athlete's plan (needs plan access)")
    .argument("<athlete>", "athlete id")
    .requiredOption("--sessions <n>", "sessions a week (1-14)")
    .requiredOption(
      "--until <YYYY-MM-DD>",
      "transition date: the plan ends there (at most a year ahead)",
    )
    .option("--focus <regions>", "regions to emphasise, comma-separated")
    .option("--goal <goal...>", "ROM goals, e.g. knee-to-wall:left=12cm")
    .option("--json", "print the stored plan as JSON");
  const parsed = parseProgram(cmd, argv, io);
  if (typeof parsed === "number") return parsed;
  const o = parsed.opts<{
    sessions: string;
    until: string;
    focus?: string;
    goal?: string[];
    json?: boolean;
  }>();
  const sessions = Number(o.sessions);
  if (!Number.isInteger(sessions))
    throw new InputError("--sessions", `must be a whole number from 1 to 14, got ${o.sessions}`);
  const body = {
    sessionsPerWeek: sessions,
    transitionDate: o.until,
    focusRegions: o.focus ? splitList(o.focus) : [],
    goals: (o.goal ?? []).map(parseGoal),
  };
  const p = await api(io, "PUT", `/api/athletes/${encodeURIComponent(parsed.args[0]!)}/plan`, body);
  if (o.json) printJson(io, p);
  else io.out(describePlan(p as Parameters<typeof describePlan>[0]));
  return 0;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  const json = rest.includes("--json");
  switch (sub) {
    case "athletes": {
      const list = (await api(io, "GET", "/api/athletes")) as {
        id: string;
        email: string;
        name?: string;
        access: string;
        grantedAt: string;
      }[];
      return printList(io, list, {
        json,
        empty: "No athlete shares their journal with you yet.",
        line: (a) =>
          `${a.id}  ${a.email}${a.name ? ` (${a.name})` : ""}  ${a.access}  since ${a.grantedAt.slice(0, 10)}`,
      });
    }
    case "sessions": {
      const id = rest.find((a) => !a.startsWith("--"));
      if (!id) throw new InputError("ATHLETE_ID", "is required (see `limber pro athletes`)");
      const list = (await api(io, "GET", `/api/athletes/${encodeURIComponent(id)}/sessions`)) as {
        id: string;
        startedAt: string;
        kind: string;
        routine?: { totalSeconds?: number };
      }[];
      return printList(io, list, {
        json,
        empty: "No sessions logged.",
        line: (s) =>
          `${s.startedAt.slice(0, 16).replace("T", " ")}  ${s.kind.padEnd(9)} ${Math.round((s.routine?.totalSeconds ?? 0) / 60)} min  ${s.id}`,
      });
    }
    case "adherence":
      return adherence(rest, io);
    case "set-plan":
      return setPlan(rest, io);
    default:
      return helpOrUnknown(sub, USAGE, io, ["athletes", "sessions", "adherence", "set-plan"]);
  }
}

export const command: CliCommand = {
  summary: "For professionals: athletes, their sessions and adherence, setting a plan",
  run,
};

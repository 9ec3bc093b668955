/**
 * `limber movements`: browse the movement library, filtered by region, kit, phase or
 * session, as a table for people or as JSON for scripts.
 */
import {
  filterMovements,
  formatDose,
  movementById,
  type Movement,
  type MovementQuery,
} from "../../core/catalog/index.js";
import { allowed, InputError } from "../../core/errors.js";
import {
  EQUIPMENT,
  isEquipment,
  isPhase,
  isRegion,
  isSessionKind,
  PHASES,
  REGIONS,
  SESSIONS,
} from "../../core/vocabulary.js";
import type { CliCommand } from "../io.js";
import { parseProgram, program } from "../program.js";

interface Options {
  region?: string;
  equipment?: string;
  phase?: string;
  session?: string;
  json?: boolean;
}

/** Turns the raw options into a library query; a value outside the vocabulary is an InputError. */
export function toQuery(opts: Options): MovementQuery {
  const q: MovementQuery = {};
  if (opts.region !== undefined) {
    if (!isRegion(opts.region))
      throw new InputError("--region", `"${opts.region}" is not a region; ${allowed(REGIONS)}`);
    q.region = opts.region;
  }
  if (opts.equipment !== undefined) {
    const kit = opts.equipment;
    if (kit !== "none" && !isEquipment(kit)) {
      throw new InputError(
        "--equipment",
        `"${kit}" is not known kit; ${allowed([...EQUIPMENT, "none"])}`,
      );
    }
    q.equipment = kit;
  }
  if (opts.phase !== undefined) {
    if (!isPhase(opts.phase))
      throw new InputError("--phase", `"${opts.phase}" is not a phase; ${allowed(PHASES)}`);
    q.phase = opts.phase;
  }
  if (opts.session !== undefined) {
    if (!isSessionKind(opts.session)) {
      throw new InputError("--session", `"${opts.session}" is not a session; ${allowed(SESSIONS)}`);
    }
    q.session = opts.session;
  }
  return q;
}

const COLUMNS: { title: string; cell: (m: Movement) => string }[] = [
  { title: "NAME", cell: (m) => m.name },
  { title: "PHASE", cell: (m) => m.phase },
  { title: "REGIONS", cell: (m) => m.regions.join(", ") },
  { title: "KIT", cell: (m) => (m.equipment.length ? m.equipment.join(", ") : "-") },
  {
    title: "DOSE",
    cell: (m) =>
      formatDose(m.dose) + (m.pressure ? `, ${m.pressure.min}-${m.pressure.max} pressure` : ""),
  },
];

/** The movements as an aligned plain-text table with a count line. */
export function movementTable(list: readonly Movement[]): string {
  const rows = [COLUMNS.map((c) => c.title), ...list.map((m) => COLUMNS.map((c) => c.cell(m)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
  lines.push("", `${list.length} movement${list.length === 1 ? "" : "s"}`);
  return lines.join("\n");
}

/** One movement in full: what it works, kit, dose, pressure, cues, cautions and the rules behind it. */
export function movementCard(m: Movement): string {
  const lines = [
    `${m.name} (${m.id})`,
    `  phase:    ${m.phase}, ${m.dynamic ? "dynamic" : "static"}, ${m.posture}, intensity ${m.intensity} of 3`,
    `  regions:  ${m.regions.join(", ")}`,
    `  kit:      ${m.equipment.length ? m.equipment.join(", ") : "none"}`,
    `  dose:     ${formatDose(m.dose)}`,
  ];
  if (m.pressure) lines.push(`  pressure: ${m.pressure.min} to ${m.pressure.max}`);
  lines.push(`  sessions: ${m.sessions.join(", ")}`, "", "How:", ...m.cues.map((c) => `  - ${c}`));
  if (m.cautions.length)
    lines.push("", "Take care:", ...m.cautions.map((c) => `  ! ${c.text} [${c.rule}]`));
  lines.push("", `Rules: ${m.sources.join(", ")}`);
  return lines.join("\n");
}

export const command: CliCommand = {
  summary: "browse the movement library by region, kit, phase or session",
  async run(argv, io) {
    const cmd = program(
      "movements",
      "Browse the movement library: what each movement works, the kit it needs and its dose.",
    )
      .argument("[id]", "show one movement in full (cues, cautions, rules) instead of a list")
      .option("--region <region>", `only movements that work this region (${REGIONS.join(", ")})`)
      .option(
        "--equipment <kit>",
        `only movements that need this kit (${EQUIPMENT.join(", ")}), or "none" for movements that need no kit`,
      )
      .option("--phase <phase>", `only movements of this phase (${PHASES.join(", ")})`)
      .option(
        "--session <session>",
        `only movements that suit this session (${SESSIONS.join(", ")})`,
      )
      .option("--json", "print a JSON array of movements instead of a table")
      .addHelpText(
        "after",
        "\nFilters combine: `limber movements --region calves --equipment none` lists kit-free calf work.\n" +
          "`limber movements cat-cow` shows one movement with its cues and cautions.",
      );
    const parsed = parseProgram(cmd, argv, io);
    if (typeof parsed === "number") return parsed;
    const opts = parsed.opts<Options>();
    const query = toQuery(opts);
    const id = parsed.args[0];
    if (id !== undefined) {
      const m = movementById(id);
      if (!m)
        throw new InputError("id", `no movement "${id}"; run \`limber movements\` for the list`);
      io.out(opts.json ? JSON.stringify(m, null, 2) : movementCard(m));
      return 0;
    }
    const list = filterMovements(query);
    if (opts.json) {
      io.out(JSON.stringify(list, null, 2));
      return 0;
    }
    io.out(list.length ? movementTable(list) : "No movement matches these filters.");
    return 0;
  },
};

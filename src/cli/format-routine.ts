/**
 * The routine as a person reads it at a terminal: warnings and notes first, then numbered
 * items with time, sides, reps or holds, pressure, the regions in words, cues, cautions and
 * the reasons as short phrases, then the follow-up session and the total time. Rule codes
 * (T1, L6, ...) appear only when asked for.
 */
import { readableLines } from "../core/cues/script.js";
import { phraseFor } from "../core/routine/rule-phrases.js";
import { regionNames } from "../core/routine/region-names.js";
import type { Routine, RoutineItem } from "../core/routine/types.js";
import type { RuleId } from "../core/vocabulary.js";
import { counted } from "../core/text/counted.js";

export interface FormatOptions {
  /** Show the guide's rule codes beside the phrases. */
  codes?: boolean;
}

const PHASE_WORDS: Record<string, string> = {
  transition: "walk",
  release: "release",
  mobility: "mobility",
  activation: "activation",
  stretch: "stretch",
  breathing: "breathing",
  cardio: "easy cardio",
};

/** "2 min 30 s", "45 s", "3 min". */
export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

function oneSide(item: RoutineItem): string | undefined {
  const sided = item.regions.filter((r) => /-(left|right)$/.test(r));
  if (item.sides !== 1 || sided.length === 0 || sided.length !== item.regions.length)
    return undefined;
  return sided[0]?.endsWith("-left") ? "left" : "right";
}

function doseLine(item: RoutineItem): string {
  const parts: string[] = [duration(item.seconds)];
  const side = oneSide(item);
  const perSide = item.sides === 2 ? " per side" : "";
  // Sides in the order the player says them (the shared cue script).
  if (item.sides === 2) parts.push(`both sides: ${readableLines(item).sides ?? ""}`);
  else if (side) parts.push(`${side} side only`);
  if (item.holdSeconds !== undefined) {
    const holds = Math.max(1, Math.round(item.seconds / (item.sides * item.holdSeconds)));
    parts.push(
      holds > 1
        ? `${holds} holds of ${item.holdSeconds} s${perSide}`
        : `hold ${item.holdSeconds} s${perSide}`,
    );
  } else if (item.reps !== undefined) {
    const unit = item.phase === "breathing" ? "rounds" : "reps";
    parts.push(`${item.reps} ${unit}${perSide}`);
  }
  if (item.pressure) parts.push(`${item.pressure} pressure`);
  if (item.equipment.length > 0)
    parts.push(item.equipment.map((e) => e.replace("-", " ")).join(", "));
  return parts.join(" · ");
}

function reasonsLine(reasons: readonly RuleId[], codes: boolean): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of reasons) {
    const phrase = phraseFor(r);
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    out.push(codes ? `${phrase} (${r})` : phrase);
  }
  return out.join("; ");
}

/**
 * Renders a routine as text.
 *
 * @example
 * formatRoutine(routine); // "1. Easy cool-down walk (walk)\n   2 min 30 s\n ..."
 * formatRoutine(routine, { codes: true }); // the same, with "(T1)" after each reason
 */
export function formatRoutine(routine: Routine, options: FormatOptions = {}): string {
  const codes = options.codes === true;
  const lines: string[] = [];
  for (const w of routine.warnings)
    lines.push(codes ? `! ${w.message} [${w.code}]` : `! ${w.message}`);
  const notes = (routine.notes ?? []).filter((n) => !routine.warnings.some((w) => w.message === n));
  for (const n of notes) lines.push(`Note: ${n}`);
  if (lines.length > 0) lines.push("");
  routine.items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.name} (${PHASE_WORDS[item.phase] ?? item.phase})`);
    lines.push(`   ${doseLine(item)}`);
    if (item.regions.length > 0 && item.phase !== "transition" && item.phase !== "breathing")
      lines.push(`   for: ${regionNames(item.regions).join(", ")}`);
    for (const cue of readableLines(item).cues) lines.push(`   - ${cue}`);
    for (const caution of item.cautions ?? []) lines.push(`   careful: ${caution}`);
    lines.push(`   why: ${reasonsLine(item.reasons, codes)}`);
  });
  lines.push("");
  if (routine.followUp) {
    const f = routine.followUp;
    lines.push(`Later: a ${f.minutes}-minute ${f.session.replace("-", " ")} session. ${f.why}`);
  }
  lines.push(
    `Total: ${duration(routine.totalSeconds)} (${counted(routine.items.length, "movement")})`,
  );
  if (routine.reasons.length > 0) lines.push(`Shaped by: ${reasonsLine(routine.reasons, codes)}`);
  return lines.join("\n");
}

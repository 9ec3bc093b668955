/**
 * The routine as a person reads it at a terminal: warnings first, then numbered items with
 * time, sides, reps or holds, pressure, cues and the reasons in short phrases, then the
 * follow-up session and the total time.
 */
import { readableLines } from "../core/cues/script.js";
import { phraseFor } from "../core/routine/rule-phrases.js";
import type { Routine, RoutineItem } from "../core/routine/types.js";

/** "2 min 30 s", "45 s", "3 min". */
export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

function doseLine(item: RoutineItem): string {
  const parts: string[] = [duration(item.seconds)];
  // Sides in the order the player says them (the shared cue script).
  if (item.sides === 2) parts.push(`both sides: ${readableLines(item).sides ?? ""}`);
  else if (
    item.regions.some((r) => r.endsWith("-left") || r.endsWith("-right")) &&
    item.regions.every((r) => /-(left|right)$/.test(r))
  )
    parts.push(`${item.regions[0]?.endsWith("-left") ? "left" : "right"} side only`);
  if (item.reps !== undefined) {
    const unit = item.phase === "breathing" ? "rounds" : "reps";
    parts.push(`${item.reps} ${unit}${item.sides === 2 ? " per side" : ""}`);
  }
  if (item.holdSeconds !== undefined)
    parts.push(`hold ${item.holdSeconds} s${item.sides === 2 ? " per side" : ""}`);
  if (item.pressure) parts.push(`${item.pressure} pressure`);
  if (item.equipment.length > 0) parts.push(item.equipment.join(", "));
  return parts.join(" · ");
}

/**
 * Renders a routine as text.
 *
 * @example
 * formatRoutine(routine); // "1. Easy cool-down walk (transition) 2 min 30 s\n ..."
 */
export function formatRoutine(routine: Routine): string {
  const lines: string[] = [];
  for (const w of routine.warnings) lines.push(`! ${w.message} [${w.code}]`);
  if (routine.warnings.length > 0) lines.push("");
  routine.items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.name} (${item.phase})`);
    lines.push(`   ${doseLine(item)}`);
    if (item.regions.length > 0) lines.push(`   for: ${item.regions.join(", ")}`);
    for (const cue of readableLines(item).cues) lines.push(`   - ${cue}`);
    lines.push(`   why: ${item.reasons.map((r) => `${phraseFor(r)} (${r})`).join("; ")}`);
  });
  lines.push("");
  if (routine.followUp) {
    const f = routine.followUp;
    lines.push(`Later: a ${f.minutes}-minute ${f.session} session. ${f.why}`);
  }
  lines.push(`Total: ${duration(routine.totalSeconds)} (${routine.items.length} movements)`);
  if (routine.reasons.length > 0) {
    lines.push(`Shaped by: ${routine.reasons.map((r) => `${phraseFor(r)} (${r})`).join("; ")}`);
  }
  return lines.join("\n");
}

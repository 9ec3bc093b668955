/**
 * Why each item is there: the rules that chose the movement, set its dose and capped its
 * pressure, so the person (and a test) can read the reason for every piece.
 */
import type { Pressure, Region, RuleId } from "../vocabulary.js";
import { TIGHT_LEVEL, type Priorities } from "./priorities.js";
import type { DayProfile } from "./profile.js";
import type { Chosen } from "./selection.js";

const L6_REGIONS: readonly Region[] = ["feet", "calves", "glutes", "hips"];

/** Adds the rules behind an item to its reasons. */
export function explainItem(
  c: Chosen,
  p: DayProfile,
  prio: Priorities,
  opts: { pressure?: Pressure; tender: boolean; shortOnTime: boolean; afterRelease: boolean },
): RuleId[] {
  const r = c.reasons;
  const m = c.movement;
  switch (c.phase) {
    case "transition":
      if (p.session === "post-run" && p.run) r.add("T1");
      break;
    case "release":
      r.add("S1");
      r.add("S3");
      if (m.cautions.some((x) => x.rule === "S2")) r.add("S2");
      if (m.equipment.includes("massage-ball")) r.add("S5");
      if (p.day === "hard") r.add("L1");
      if (p.day === "long" || p.run === "tempo") r.add("L2");
      if (opts.pressure === "firm") r.add("L3");
      if (p.newToRolling) r.add("S8");
      if (opts.tender) r.add("S11");
      break;
    case "mobility":
    case "activation":
      if (opts.afterRelease) r.add("S4");
      break;
    case "stretch":
      r.add("S7");
      r.add("B3");
      if (opts.afterRelease) r.add("S4");
      if (p.run === "tempo" || p.run === "intervals") r.add("L5");
      break;
    case "breathing":
      if (m.sources.includes("B1")) r.add("B1");
      if (m.sources.includes("B2")) r.add("B2");
      if (p.run === "tempo" || p.run === "intervals") r.add("L5");
      break;
    case "cardio":
      r.add("L8");
      break;
  }
  const works = c.phase !== "transition" && c.phase !== "breathing" && c.phase !== "cardio";
  if (works) {
    if (p.session === "mini") r.add("T3");
    else if (p.session === "post-run" && p.day === "easy") r.add("L4");
    else if (p.session === "post-run" && p.day === "hard") r.add("L1");
    else if (p.session === "evening" || p.session === "rest-day") r.add("L7");
    if (p.day === "long" && m.regions.some((x) => L6_REGIONS.includes(x))) r.add("L6");
    if (p.workout === "strength") r.add("L10");
    if (p.workout === "cross") r.add("L8");
  }
  if (m.dose.kind === "hold") r.add("B3");
  if (m.equipment.includes("band")) r.add("S6");
  if (works && c.tightness >= TIGHT_LEVEL) {
    r.add("A2");
    r.add("L11");
    if (opts.shortOnTime) r.add("T5");
  }
  if (works)
    for (const reg of m.regions) for (const rule of prio.rulesFor.get(reg) ?? []) r.add(rule);
  if (r.size === 0) for (const s of m.sources) r.add(s);
  if (r.size === 0) r.add("S4");
  return [...r];
}

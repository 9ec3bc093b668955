/**
 * What the guided player says for each routine item, and when: the movement, the side, the
 * dose and the first cue while the runner gets into position, a halfway cue, "ten seconds",
 * a 3-2-1 count, the side switch, and what comes next. The CLI prints the same words in the
 * same order, so what a runner hears and what they read agree.
 */
import { movementById } from "../catalog/index.js";
import type { RoutineItem } from "../routine/types.js";
import { parseRegionRef } from "../vocabulary.js";
import { upperFirst } from "../text/first-letter.js";

export type Side = "right" | "left";

/** One spoken line, `at` seconds into its side's work time. */
export interface TimedCue {
  at: number;
  text: string;
}

export interface SideScript {
  /** The side worked, when the item is one-sided. */
  side?: Side;
  /** Work seconds on this side. */
  seconds: number;
  /** Seconds to get into position before this side starts. */
  getReady: number;
  /** Said as the get-ready pause starts. */
  intro: string[];
  /** Said while working, in time order. */
  cues: TimedCue[];
}

export interface ItemScript {
  sides: SideScript[];
  /** Said when the item ends: what comes next, or the end of the session. */
  outro: string;
}

const LEG = new Set([
  "calves",
  "shins",
  "hamstrings",
  "quads",
  "it-band",
  "adductors",
  "hip-flexors",
]);
const PART: Record<string, string> = {
  feet: "foot",
  ankles: "ankle",
  glutes: "hip",
  hips: "hip",
  shoulders: "arm",
  neck: "side",
  thoracic: "side",
  "lower-back": "side",
};

/**
 * The body part named with a side: "leg" for the calves, "foot" for the feet.
 *
 * @example
 * sidePart({ regions: ["calves"] }); // "leg"
 */
export function sidePart(item: Pick<RoutineItem, "regions">): string {
  const region = parseRegionRef(item.regions[0] ?? "")?.region ?? "";
  return LEG.has(region) ? "leg" : (PART[region] ?? "side");
}

/** The sides in the order they are worked: right first, or the one side named in the regions. */
export function sidesOf(item: Pick<RoutineItem, "sides" | "regions">): Side[] {
  if (item.sides === 2) return ["right", "left"];
  const named = item.regions.map((r) => parseRegionRef(r)?.side).filter((s): s is Side => !!s);
  return named.length > 0 && named.every((s) => s === named[0]) ? [named[0] as Side] : [];
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * The dose as a person says it.
 *
 * @example
 * spokenDose({ seconds: 120, sides: 2, holdSeconds: 30, ... }); // "2 holds of 30 seconds each side"
 */
export function spokenDose(item: RoutineItem): string {
  const each = item.sides === 2 ? " each side" : "";
  const perSide = Math.round(item.seconds / item.sides);
  if (item.phase === "breathing" && item.reps) return plural(item.reps, "round");
  if (item.holdSeconds) {
    const holds = Math.max(1, Math.round(perSide / item.holdSeconds));
    return holds === 1
      ? `hold ${item.holdSeconds} seconds${each}`
      : `${holds} holds of ${item.holdSeconds} seconds${each}`;
  }
  if (item.reps) return `${plural(item.reps, "rep")}${each}`;
  return perSide >= 120 && perSide % 60 === 0
    ? `${perSide / 60} minutes${each}`
    : `${perSide} seconds${each}`;
}

/** Box breathing is counted aloud: in, hold, out, hold, four counts each (B2). */
export function isBoxBreathing(item: Pick<RoutineItem, "id" | "name">): boolean {
  return /box/i.test(item.id) || /box/i.test(item.name);
}

/** Seconds to get into position before an item: longer to get down on the floor or pick up kit. */
export function getReadySeconds(item: RoutineItem, previous?: RoutineItem): number {
  const posture = movementById(item.id)?.posture;
  const before = previous ? movementById(previous.id)?.posture : undefined;
  const newKit = item.equipment.some((e) => !previous?.equipment.includes(e));
  if (newKit) return 12;
  if (posture !== undefined && posture !== before && (posture === "floor" || before === "floor"))
    return 10;
  return 5;
}

/** Seconds to change sides. */
export const SWITCH_SECONDS = 5;

function workCues(item: RoutineItem, seconds: number, sideIndex: number): TimedCue[] {
  const cues: TimedCue[] = [];
  if (item.phase === "breathing" && isBoxBreathing(item)) {
    const words = ["Breathe in", "Hold", "Breathe out", "Hold"];
    for (let t = 0; t + 1 <= seconds; t++) {
      const inPhase = t % 4;
      cues.push({
        at: t,
        text: inPhase === 0 ? (words[Math.floor(t / 4) % 4] ?? "") : String(inPhase + 1),
      });
    }
    return cues;
  }
  cues.push({ at: 0, text: "Go." });
  const halfway = sideIndex === 0 ? item.cues[1] : (item.cues[2] ?? item.cues[1]);
  if (seconds >= 20)
    cues.push({ at: Math.round(seconds / 2), text: halfway ? `Halfway. ${halfway}` : "Halfway." });
  if (seconds >= 25) cues.push({ at: seconds - 10, text: "Ten seconds." });
  if (seconds >= 6) for (const n of [3, 2, 1]) cues.push({ at: seconds - n, text: String(n) });
  return cues;
}

/**
 * The whole spoken script of one item.
 *
 * @example
 * itemScript(calfStretch, glideBridge).sides[1]?.intro; // ["Switch to the left leg."]
 */
export function itemScript(
  item: RoutineItem,
  next?: RoutineItem,
  previous?: RoutineItem,
): ItemScript {
  const sides = sidesOf(item);
  const part = sidePart(item);
  const count = item.sides;
  const seconds = item.seconds / count;
  const out: SideScript[] = [];
  for (let i = 0; i < count; i++) {
    const side = sides[i];
    const intro =
      i === 0
        ? [
            item.name,
            ...(side ? [`${upperFirst(side)} ${part}.`] : []),
            `${upperFirst(spokenDose(item))}.`,
            ...item.cues.slice(0, 1),
          ]
        : [`Switch to the ${side ?? "other"} ${part}.`];
    out.push({
      side,
      seconds,
      getReady: i === 0 ? getReadySeconds(item, previous) : SWITCH_SECONDS,
      intro,
      cues: workCues(item, seconds, i),
    });
  }
  return { sides: out, outro: next ? `Next: ${next.name}.` : "Session complete. Well done." };
}

/**
 * The lines a runner reads for one item, in the order the player says them: side order,
 * dose, then the cues (the first is said while getting ready, the second at halfway).
 *
 * @example
 * readableLines(item); // ["right leg, then left leg", "60 seconds each side", "Sit with ...", ...]
 */
export function readableLines(item: RoutineItem): { sides?: string; dose: string; cues: string[] } {
  const sides = sidesOf(item);
  const part = sidePart(item);
  return {
    sides: sides.length > 0 ? sides.map((s) => `${s} ${part}`).join(", then ") : undefined,
    dose: spokenDose(item),
    cues: [...item.cues],
  };
}

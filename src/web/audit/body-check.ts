/**
 * The body check as the runner fills it in on the body map (A1): every marked region needs
 * its stiffness and tenderness typed (nothing is pre-filled); fade time and rebound are
 * optional. All marked regions are sent as one check.
 */
import type { BodyCheckEntry } from "../../core/journal/types.js";
import { parseRegionRef } from "../../core/vocabulary.js";
import type { RegionKey } from "../components/BodyMap.js";
import { regionWords } from "../app/plain.js";

export interface RegionDraft {
  stiffness: string;
  tenderness: string;
  /** Seconds for the sensation to fade; "" when not timed. */
  fade: string;
  rebound: boolean;
}

export const EMPTY_REGION: RegionDraft = {
  stiffness: "",
  tenderness: "",
  fade: "",
  rebound: false,
};

const zeroToTen = (v: string) => (/^(10|\d)$/.test(v.trim()) ? Number(v.trim()) : undefined);

/**
 * The entries of one check, or the first problem in words.
 *
 * @example
 * checkEntries(new Map([["calves-left", { stiffness: "6", tenderness: "2", fade: "", rebound: false }]]));
 * // { entries: [{ region: "calves", side: "left", stiffness: 6, tenderness: 2 }] }
 */
export function checkEntries(
  draft: ReadonlyMap<RegionKey, RegionDraft>,
): { entries: BodyCheckEntry[] } | { problem: string } {
  if (draft.size === 0) return { problem: "Tap at least one area on the body map." };
  const entries: BodyCheckEntry[] = [];
  for (const [key, d] of draft) {
    const ref = parseRegionRef(key);
    if (!ref) return { problem: `${key} is not a region Limber knows.` };
    const name = regionWords([key]);
    const stiffness = zeroToTen(d.stiffness);
    const tenderness = zeroToTen(d.tenderness);
    if (stiffness === undefined || tenderness === undefined)
      return {
        problem: `Rate stiffness and tenderness for the ${name}, each a whole number 0-10.`,
      };
    const e: BodyCheckEntry = { region: ref.region, stiffness, tenderness };
    if (ref.side) e.side = ref.side;
    if (d.fade.trim()) {
      const fade = Number(d.fade);
      if (!Number.isFinite(fade) || fade < 0 || fade > 600)
        return { problem: `Fade time for the ${name} must be 0-600 seconds.` };
      e.fadeSeconds = fade;
    }
    // A box left unticked is not an answer: only a rebound the runner marked is sent.
    if (d.rebound) e.rebound = true;
    entries.push(e);
  }
  return { entries };
}

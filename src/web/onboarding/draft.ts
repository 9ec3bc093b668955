/**
 * Onboarding as typed so far, kept in this tab's sessionStorage so a reload or a trip back
 * and forth loses nothing, and which step is showing, in the address (`#/onboarding/2`), so
 * the browser's Back goes to the step before. The draft also holds what Finish already
 * stored, so a retry after a reload sends only the rest. It is kept per person (a new
 * account in the same tab starts empty) and dropped once onboarding is saved.
 */
import { ROM_TESTS, type RomTestKind } from "../../core/journal/types.js";
import type { SaveLedger } from "../app/save-once.js";
import { EMPTY_REGION, type RegionDraft } from "../audit/body-check.js";
import { EMPTY_ROM, type RomInput } from "../audit/rom.js";
import type { RegionKey } from "../components/BodyMap.js";
import type { AboutDraft } from "./about.js";

export const STEP_COUNT = 3;

export interface OnboardingDraft {
  about: AboutDraft;
  check: Map<RegionKey, RegionDraft>;
  rom: Record<RomTestKind, RomInput>;
  sent: SaveLedger;
}

/** The step (0-based) a hash like "#/onboarding/2" shows; the first for "#/onboarding". */
export function stepOf(hash: string): number {
  const m = /^#\/?onboarding\/(\d+)$/.exec(hash);
  const n = m ? Number(m[1]) - 1 : 0;
  return Math.min(Math.max(n, 0), STEP_COUNT - 1);
}

/** The hash of a step: "/onboarding" for the first, "/onboarding/2" for the second. */
export function stepHash(step: number): string {
  return step === 0 ? "/onboarding" : `/onboarding/${step + 1}`;
}

/** Where the draft of `owner` (an email, or "local") is kept. */
export const draftKey = (owner: string) => `limber:onboarding:${owner}`;

/** Empty range-of-motion inputs for every test. */
export function emptyRom(): Record<RomTestKind, RomInput> {
  return Object.fromEntries(ROM_TESTS.map((t) => [t, { ...EMPTY_ROM }])) as Record<
    RomTestKind,
    RomInput
  >;
}

/** The draft as stored: JSON, with the body map's Map as a list of pairs. */
export function draftText(d: OnboardingDraft): string {
  return JSON.stringify({ ...d, check: [...d.check.entries()] });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The draft from its stored text, on top of `fresh` (so a field missing from an older draft
 * keeps its fresh value); null when there is none or it cannot be read.
 *
 * @example
 * readDraft(sessionStorage.getItem(draftKey("local")), freshAbout);
 */
export function readDraft(text: string | null, fresh: AboutDraft): OnboardingDraft | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || !isObject(raw.about)) return null;
  const check = new Map<RegionKey, RegionDraft>();
  if (Array.isArray(raw.check))
    for (const pair of raw.check as unknown[])
      if (Array.isArray(pair) && typeof pair[0] === "string" && isObject(pair[1]))
        check.set(pair[0] as RegionKey, { ...EMPTY_REGION, ...(pair[1] as Partial<RegionDraft>) });
  const rom = emptyRom();
  if (isObject(raw.rom))
    for (const t of ROM_TESTS) {
      const r = raw.rom[t];
      if (isObject(r)) rom[t] = { ...EMPTY_ROM, ...(r as Partial<RomInput>) };
    }
  return {
    about: { ...fresh, ...(raw.about as Partial<AboutDraft>) },
    check,
    rom,
    sent: isObject(raw.sent) ? (raw.sent as SaveLedger) : {},
  };
}

function store(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/** The draft kept in this tab, or null. */
export function loadDraft(owner: string, fresh: AboutDraft): OnboardingDraft | null {
  try {
    return readDraft(store()?.getItem(draftKey(owner)) ?? null, fresh);
  } catch {
    return null;
  }
}

/** Keeps the draft in this tab (nothing when storage is blocked). */
export function keepDraft(owner: string, d: OnboardingDraft): void {
  try {
    store()?.setItem(draftKey(owner), draftText(d));
  } catch {
    /* storage blocked or full: the draft lasts as long as the page */
  }
}

/** Drops the draft once onboarding is saved. */
export function dropDraft(owner: string): void {
  try {
    store()?.removeItem(draftKey(owner));
  } catch {
    /* nothing kept */
  }
}

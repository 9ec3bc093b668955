/**
 * Today's routine built in the browser, for when the server cannot be reached. The routine
 * engine and the movement library come from src/core in a separate chunk (precached by the
 * service worker), fed with the cached profile, body check, open pain flags and today's
 * run: the same inputs the server reads from the journal.
 */
import type { Routine, RoutineContext } from "../../core/routine/types.js";
import type { BodyCheck, PainFlag, Profile } from "../../core/journal/types.js";
import type { RegionRef } from "../../core/vocabulary.js";
import { readCache } from "./cache.js";

type Engine = typeof import("./engine.js");
let engine: Promise<Engine> | null = null;

/** Loads the engine chunk once; call early while online so it is cached. */
export function loadEngine(): Promise<Engine> {
  engine ??= import("./engine.js").catch((e: unknown) => {
    engine = null;
    throw e;
  });
  return engine;
}

/** Seed from the calendar day, so the same day gives the same routine. */
export function daySeed(day: string): number {
  return Number(day.replaceAll("-", ""));
}

/**
 * The context for an offline routine from what the app last saw.
 *
 * @example
 * contextFromCache(profile, check, flags, 10); // { session: "mini", minutes: 10, equipment: [...], tight: {...}, pain: [...] }
 */
export function contextFromCache(
  profile: Profile | null | undefined,
  check: BodyCheck | null | undefined,
  flags: PainFlag[] | undefined,
  minutes: number | undefined,
): RoutineContext {
  const tight: Partial<Record<RegionRef, number>> = {};
  for (const e of check?.entries ?? []) {
    const ref = (e.side ? `${e.region}-${e.side}` : e.region) as RegionRef;
    if (e.stiffness > 0) tight[ref] = e.stiffness;
  }
  const open = (flags ?? []).filter((f) => !f.resolvedAt);
  const ctx: RoutineContext = {
    session: "mini",
    equipment: profile?.equipment ?? [],
    tight,
    pain: open.map((f) => ({
      region: (f.side ? `${f.region}-${f.side}` : f.region) as RegionRef,
      kind: f.kind,
    })),
    newToRolling: profile?.newToSoftTissue ?? false,
  };
  if (minutes !== undefined) ctx.minutes = minutes;
  return ctx;
}

/** The context an offline routine would use now, from what the app last saw. */
export async function offlineContext(
  minutes: number | undefined,
  today: string,
): Promise<RoutineContext> {
  const [profile, check, flags, run] = await Promise.all([
    readCache("profile"),
    readCache("bodyCheck"),
    readCache("painFlags"),
    readCache("todayRun"),
  ]);
  const ctx = contextFromCache(profile, check, flags, minutes);
  if (run && run.day === today) {
    ctx.run = run.run;
    ctx.session = "post-run";
  }
  return ctx;
}

/** Builds a routine in the browser with the core engine. */
export async function buildLocalRoutine(ctx: RoutineContext, seed: number): Promise<Routine> {
  const e = await loadEngine();
  return e.buildRoutine(ctx, e.MOVEMENTS, seed);
}

/**
 * Pain flags (X2, X3): sharp pain, swelling or a niggle in a region; open until resolved.
 *
 * @example
 * const flag = await addPainFlag(database, userId, { region: "calves-left", kind: "niggle" });
 * await resolvePainFlag(database, userId, flag.id);
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import type { PainFlag } from "../../core/journal/types.js";
import { PAIN_KINDS, SIDES } from "../../core/vocabulary.js";
import { painFlagsRepository, type Database } from "../../store/index.js";
import type { ServiceOptions } from "./context.js";
import { isoInstant, oneOf, optional, record, regionRef, text } from "./validate.js";

export interface PainFlagInput {
  /** `calves` or `calves-left`. */
  region: unknown;
  side?: unknown;
  kind: unknown;
  notes?: unknown;
  /** Instant; default now. */
  openedAt?: unknown;
}

/** Checks a stored flag (from an export document). */
export function validatePainFlag(v: unknown, p: string): PainFlag {
  const o = record(p, v);
  const id = text(`${p}.id`, o.id, 100);
  if (!id) throw new InputError(`${p}.id`, "is required");
  const ref = regionRef(`${p}.region`, o.region);
  const side = ref.side ?? optional(o.side, (s) => oneOf(`${p}.side`, s, SIDES));
  const flag: PainFlag = { id, region: ref.region, kind: oneOf(`${p}.kind`, o.kind, PAIN_KINDS), openedAt: isoInstant(`${p}.openedAt`, o.openedAt) };
  if (side) flag.side = side;
  const resolvedAt = optional(o.resolvedAt, (r) => isoInstant(`${p}.resolvedAt`, r));
  if (resolvedAt) flag.resolvedAt = resolvedAt;
  const notes = text(`${p}.notes`, o.notes);
  if (notes) flag.notes = notes;
  return flag;
}

/** Opens a pain flag and returns it. */
export async function addPainFlag(database: Database, userId: string, input: PainFlagInput, opts: ServiceOptions = {}): Promise<PainFlag> {
  const o = record("pain", input);
  const ref = regionRef("region", o.region);
  const side = ref.side ?? optional(o.side, (s) => oneOf("side", s, SIDES));
  const flag: PainFlag = {
    id: crypto.randomUUID(),
    region: ref.region,
    kind: oneOf("kind", o.kind, PAIN_KINDS),
    openedAt: optional(o.openedAt, (v) => isoInstant("openedAt", v)) ?? (opts.now ?? new Date()).toISOString(),
  };
  if (side) flag.side = side;
  const notes = text("notes", o.notes);
  if (notes) flag.notes = notes;
  await painFlagsRepository(database).insertPainFlag(userId, flag);
  return flag;
}

/** Pain flags, oldest first; `open: true` for unresolved ones only. */
export async function listPainFlags(database: Database, userId: string, filter: { open?: boolean } = {}): Promise<PainFlag[]> {
  return painFlagsRepository(database).listPainFlags(userId, filter);
}

/** Resolves an open flag; NotFoundError when the user has no such flag. */
export async function resolvePainFlag(database: Database, userId: string, id: unknown, opts: ServiceOptions = {}): Promise<PainFlag> {
  const flagId = text("id", id, 100);
  if (!flagId) throw new InputError("id", "is required: the pain flag's id (see `limber pain list`)");
  const repo = painFlagsRepository(database);
  const existing = await repo.getPainFlag(userId, flagId);
  if (!existing) throw new NotFoundError(`pain flag ${flagId}`);
  if (existing.resolvedAt) throw new InputError("id", `pain flag ${flagId} was already resolved at ${existing.resolvedAt}`);
  const resolved = await repo.resolvePainFlag(userId, flagId, (opts.now ?? new Date()).toISOString());
  if (!resolved) throw new NotFoundError(`pain flag ${flagId}`);
  return resolved;
}

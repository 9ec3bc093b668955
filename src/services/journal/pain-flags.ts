/**
 * Pain flags (X2, X3): sharp pain, swelling or a niggle in a region; open until resolved.
 *
 * @example
 * const flag = await addPainFlag(database, userId, { region: "calves-left", kind: "niggle" });
 * await resolvePainFlag(database, userId, flag.id);
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import type { PainFlag } from "../../core/journal/types.js";
import { PainFlagBody } from "../../core/schemas/bodies.js";
import { parseInput } from "../../core/schemas/parse.js";
import { parseRegionRef } from "../../core/vocabulary.js";
import { painFlagsRepository, type Database } from "../../store/index.js";
import type { ServiceOptions } from "./context.js";

export interface PainFlagInput {
  /** `calves` or `calves-left`. */
  region: unknown;
  side?: unknown;
  kind: unknown;
  notes?: unknown;
  /** Instant; default now. */
  openedAt?: unknown;
}

/** Opens a pain flag and returns it. */
export async function addPainFlag(
  database: Database,
  userId: string,
  input: PainFlagInput,
  opts: ServiceOptions = {},
): Promise<PainFlag> {
  const body = parseInput(PainFlagBody, input, "", "pain");
  const ref = parseRegionRef(body.region)!;
  const side = ref.side ?? body.side;
  const flag: PainFlag = {
    id: crypto.randomUUID(),
    region: ref.region,
    kind: body.kind,
    openedAt: body.openedAt ?? (opts.now ?? new Date()).toISOString(),
  };
  if (side) flag.side = side;
  if (body.notes) flag.notes = body.notes;
  await painFlagsRepository(database).insertPainFlag(userId, flag);
  return flag;
}

/** Pain flags, oldest first; `open: true` for unresolved ones only. */
export async function listPainFlags(
  database: Database,
  userId: string,
  filter: { open?: boolean } = {},
): Promise<PainFlag[]> {
  return painFlagsRepository(database).listPainFlags(userId, filter);
}

/** Resolves an open flag; NotFoundError when the user has no such flag. */
export async function resolvePainFlag(
  database: Database,
  userId: string,
  id: unknown,
  opts: ServiceOptions = {},
): Promise<PainFlag> {
  const flagId = typeof id === "string" && id.trim() !== "" ? id.trim().slice(0, 100) : undefined;
  if (!flagId)
    throw new InputError("id", "is required: the pain flag's id (see `limber pain list`)");
  const repo = painFlagsRepository(database);
  const existing = await repo.getPainFlag(userId, flagId);
  if (!existing) throw new NotFoundError(`pain flag ${flagId}`);
  if (existing.resolvedAt)
    throw new InputError(
      "id",
      `pain flag ${flagId} was already resolved at ${existing.resolvedAt}`,
    );
  const resolved = await repo.resolvePainFlag(
    userId,
    flagId,
    (opts.now ?? new Date()).toISOString(),
  );
  if (!resolved) throw new NotFoundError(`pain flag ${flagId}`);
  return resolved;
}

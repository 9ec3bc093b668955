/**
 * A pain flag that got better but is not gone: sharp pain or swelling that has settled to a
 * niggle. The old flag is resolved at that moment and a niggle flag opens in its place, so
 * the history keeps when the region was sharp and when it became a niggle, and the routine
 * moves from "stop and see a professional" (X2) to "leave the region out" (X3).
 *
 * @example
 * const niggle = await downgradePainFlag(database, userId, sharpFlag.id, "niggle");
 */
import { InputError, NotFoundError } from "../../core/errors.js";
import type { PainFlag } from "../../core/journal/types.js";
import { PAIN_KINDS, type PainKind } from "../../core/vocabulary.js";
import { painFlagsRepository, withTransaction, type Database } from "../../store/index.js";
import type { ServiceOptions } from "./context.js";
import { parseInput } from "../../core/schemas/parse.js";
import { PainDowngradeBody } from "../../core/schemas/planned.js";

/** How serious each kind is; a downgrade must go to a lower one. */
const SEVERITY: Record<PainKind, number> = { sharp: 2, swelling: 2, niggle: 1 };

/** Resolves the open flag `id` and opens a milder one for the same region; returns the new flag. */
export async function downgradePainFlag(
  database: Database,
  userId: string,
  id: unknown,
  kind: unknown,
  opts: ServiceOptions = {},
): Promise<PainFlag> {
  const { id: flagId, kind: to } = parseInput(PainDowngradeBody, { id, kind });
  const repo = painFlagsRepository(database);
  const existing = await repo.getPainFlag(userId, flagId);
  if (!existing) throw new NotFoundError(`pain flag ${flagId}`);
  if (existing.resolvedAt)
    throw new InputError(
      "id",
      `pain flag ${flagId} was already resolved at ${existing.resolvedAt}`,
    );
  if (SEVERITY[to] >= SEVERITY[existing.kind])
    throw new InputError(
      "kind",
      `must be milder than ${existing.kind}: ${PAIN_KINDS.filter((k) => SEVERITY[k] < SEVERITY[existing.kind]).join(", ") || "none (resolve the flag instead)"}`,
    );
  const at = (opts.now ?? new Date()).toISOString();
  const flag: PainFlag = {
    id: crypto.randomUUID(),
    region: existing.region,
    kind: to,
    openedAt: at,
  };
  if (existing.side) flag.side = existing.side;
  if (existing.notes) flag.notes = existing.notes;
  // Both or neither: a crash between them must not leave the region unflagged.
  await withTransaction(database, async (tx) => {
    const r = painFlagsRepository(tx);
    await r.resolvePainFlag(userId, flagId, at);
    await r.insertPainFlag(userId, flag);
  });
  return flag;
}

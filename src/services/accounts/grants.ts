/**
 * Access a runner gives a coach or clinician (C1): `read` their journal, or `plan` (read
 * and set a plan). The runner can revoke at any time; one active grant per pair.
 */
import { accountsRepository, grantsRepository } from "../../store/index.js";
import { allowed, InputError, NotFoundError } from "../../core/errors.js";
import { withTransaction } from "../../store/transaction.js";
import { normalizeEmail } from "./accounts.js";
import type { DatabaseHandle } from "./database.js";
import { newId } from "./secrets.js";
import { GRANT_ACCESS, type Athlete, type Grant, type GrantAccess } from "./types.js";

function asAccess(v: string): GrantAccess {
  return v === "plan" ? "plan" : "read";
}

/**
 * Grants a professional (by email) access to the runner's journal; an existing grant to the
 * same professional changes its level. Throws InputError naming `professionalEmail` when no
 * professional has that email.
 */
export async function grantAccess(
  database: DatabaseHandle,
  runnerId: string,
  input: { professionalEmail: string; access: string },
  now: Date,
): Promise<Grant> {
  if (!(GRANT_ACCESS as readonly string[]).includes(input.access)) {
    throw new InputError("access", `must be ${allowed(GRANT_ACCESS)}`);
  }
  const access = asAccess(input.access);
  const email = normalizeEmail(input.professionalEmail, "professionalEmail");
  return withTransaction(database, async (txh) => {
    const pro = await accountsRepository(txh).findAccountByEmail(email);
    // Unknown, not a professional, or not yet approved: one answer, so nothing is revealed.
    if (!pro || pro.role !== "professional" || pro.status !== "active") {
      throw new InputError(
        "professionalEmail",
        "no professional account has this email",
        "unknown_professional",
      );
    }
    if (pro.id === runnerId) throw new InputError("professionalEmail", "is your own account");
    const existing = await grantsRepository(txh).findActiveGrant(runnerId, pro.id);
    const base = {
      professionalId: pro.id,
      professionalEmail: pro.email,
      ...(pro.name ? { professionalName: pro.name } : {}),
      access,
    };
    if (existing) {
      await grantsRepository(txh).updateGrantAccess(existing.id, access);
      return { id: existing.id, createdAt: existing.created_at, ...base };
    }
    const id = newId();
    const createdAt = now.toISOString();
    await grantsRepository(txh).insertGrant({
      id,
      runner_id: runnerId,
      professional_id: pro.id,
      access,
      created_at: createdAt,
      revoked_at: null,
    });
    return { id, createdAt, ...base };
  });
}

/** The runner's active grants. */
export async function listGrants(database: DatabaseHandle, runnerId: string): Promise<Grant[]> {
  const rows = await grantsRepository(database).listGrantsOfRunner(runnerId);
  return rows.map((r) => ({
    id: r.id,
    professionalId: r.professional_id,
    professionalEmail: r.professional_email,
    ...(r.professional_name ? { professionalName: r.professional_name } : {}),
    access: asAccess(r.access),
    createdAt: r.created_at,
  }));
}

/** Revokes one of the runner's grants at once. Throws NotFoundError when there is no such active grant. */
export async function revokeGrant(
  database: DatabaseHandle,
  runnerId: string,
  grantId: string,
  now: Date,
): Promise<void> {
  if (!(await grantsRepository(database).revokeGrant(runnerId, grantId, now.toISOString())))
    throw new NotFoundError("grant");
}

/** Runners who granted this professional access. */
export async function listAthletes(
  database: DatabaseHandle,
  professionalId: string,
): Promise<Athlete[]> {
  const rows = await grantsRepository(database).listAthletesOf(professionalId);
  return rows.map((r) => ({
    id: r.runner_id,
    email: r.email,
    ...(r.name ? { name: r.name } : {}),
    access: asAccess(r.access),
    grantedAt: r.created_at,
  }));
}

/** The access level the runner currently grants the professional, or null. */
export async function activeGrantLevel(
  database: DatabaseHandle,
  runnerId: string,
  professionalId: string,
): Promise<GrantAccess | null> {
  const row = await grantsRepository(database).findActiveGrant(runnerId, professionalId);
  return row ? asAccess(row.access) : null;
}

/**
 * Every access decision of the API, in one place. A route declares what it needs; the
 * caller (actor) and the user whose data the route touches (target) decide:
 *
 * - `public`: anyone, signed in or not.
 * - `self`: any signed-in caller, about their own account (tokens, grants, sign-out).
 * - `owner`: the caller's own journal; the target must be the caller.
 * - `read`: the runner's journal, read by the runner or by a professional holding an
 *   active `read` or `plan` grant from that runner (C1).
 * - `plan`: setting a runner's plan: only a professional holding an active `plan` grant.
 */
import { activeGrantLevel } from "./grants.js";
import type { DatabaseHandle } from "./database.js";
import type { Actor, GrantAccess } from "./types.js";

export const ACCESS_LEVELS = ["public", "self", "owner", "read", "plan"] as const;
export type RouteAccess = (typeof ACCESS_LEVELS)[number];

export type Decision =
  | { allow: true }
  | { allow: false; status: 401 | 403; code: "sign_in_required" | "forbidden"; reason: string };

const ALLOW: Decision = { allow: true };

/**
 * The pure decision, given the grant the target runner holds for the caller (if any).
 *
 * @example
 * decide({ kind: "anonymous" }, "owner", "u1", null); // { allow: false, status: 401, ... }
 */
export function decide(
  actor: Actor,
  access: RouteAccess,
  targetUserId: string | null,
  grant: GrantAccess | null,
): Decision {
  if (access === "public") return ALLOW;
  if (actor.kind !== "user") {
    return {
      allow: false,
      status: 401,
      code: "sign_in_required",
      reason: "sign in or send an API token",
    };
  }
  if (access === "self") return ALLOW;
  const own = targetUserId === actor.userId;
  if (access === "owner") {
    return own
      ? ALLOW
      : { allow: false, status: 403, code: "forbidden", reason: "only the runner can do this" };
  }
  if (access === "read") {
    if (own) return ALLOW;
    if (actor.role === "professional" && (grant === "read" || grant === "plan")) return ALLOW;
    return {
      allow: false,
      status: 403,
      code: "forbidden",
      reason: "this runner has not shared their journal with you",
    };
  }
  // plan
  if (!own && actor.role === "professional" && grant === "plan") return ALLOW;
  return {
    allow: false,
    status: 403,
    code: "forbidden",
    reason: "only a professional with plan access from this runner can set the plan",
  };
}

/**
 * Whether the decision needs the grant the target runner holds for the caller: only a
 * professional reaching another runner's journal. Every other decision is made at once.
 *
 * @example
 * needsGrant({ kind: "anonymous" }, "public", null); // false
 */
export function needsGrant(
  actor: Actor,
  access: RouteAccess,
  targetUserId: string | null,
): boolean {
  return (
    (access === "read" || access === "plan") &&
    actor.kind === "user" &&
    actor.role === "professional" &&
    targetUserId !== null &&
    targetUserId !== actor.userId
  );
}

/** Looks up the grant when the decision needs one, then decides. */
export async function authorize(
  database: DatabaseHandle,
  actor: Actor,
  access: RouteAccess,
  targetUserId: string | null,
): Promise<Decision> {
  const grant =
    actor.kind === "user" && targetUserId !== null && needsGrant(actor, access, targetUserId)
      ? await activeGrantLevel(database, targetUserId, actor.userId)
      : null;
  return decide(actor, access, targetUserId, grant);
}

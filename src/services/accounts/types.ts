/** Accounts, grants and plans as the API and the access policy see them. */
import type { RomTestKind } from "../../core/journal/types.js";
import type { Region, Side } from "../../core/vocabulary.js";

export const ROLES = ["runner", "professional"] as const;
export type Role = (typeof ROLES)[number];

export const GRANT_ACCESS = ["read", "plan"] as const;
/** `read`: the professional reads the journal; `plan`: also sets the runner's plan (C1). */
export type GrantAccess = (typeof GRANT_ACCESS)[number];

/** `pending`: a professional who signed up and waits for an administrator's approval. */
export const ACCOUNT_STATUSES = ["active", "pending"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export interface Account {
  id: string;
  email: string;
  name?: string;
  role: Role;
  status: AccountStatus;
  createdAt: string;
}

/**
 * What a personal API token may do: `read` the journal, `write` to it, or only `feed` (the
 * calendar URL, which calendar apps keep in plain sight).
 */
export const TOKEN_SCOPES = ["read", "write", "feed"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Who is calling. Local mode: always the single local runner. `scopes` only for API tokens. */
export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      role: Role;
      via: "local" | "session" | "token";
      sessionHash?: string;
      scopes?: readonly TokenScope[];
    };

export interface Grant {
  id: string;
  professionalId: string;
  professionalEmail: string;
  professionalName?: string;
  access: GrantAccess;
  createdAt: string;
}

export interface Athlete {
  id: string;
  email: string;
  name?: string;
  access: GrantAccess;
  grantedAt: string;
}

/** A measurable goal, e.g. knee-to-wall at least 12 cm on the left. */
export interface PlanGoal {
  test: RomTestKind;
  side?: Side;
  target: number;
  unit: "cm" | "deg" | "pass";
}

/** What a professional with plan access sets for a runner (C1). */
export interface ProfessionalPlan {
  goals: PlanGoal[];
  sessionsPerWeek: number;
  focusRegions: Region[];
  /** Calendar day after which the runner continues alone. */
  transitionDate: string;
}

export interface StoredPlan extends ProfessionalPlan {
  professionalId: string;
  professionalEmail?: string;
  updatedAt: string;
  /** True while the plan shapes the coaching: before its transition date, with plan access. */
  active: boolean;
  /** Why it is or is not active: the professional's access was revoked, or the plan ended. */
  status?: "active" | "ended" | "access-revoked";
}

/** Zod schemas of accounts, tokens, grants and professional plans. */
import { z } from "zod";
import {
  ACCOUNT_STATUSES,
  GRANT_ACCESS,
  ROLES,
  TOKEN_SCOPES,
} from "../../services/accounts/types.js";

export const Role = z.enum(ROLES);
export const GrantAccess = z.enum(GRANT_ACCESS);

export const Account = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().optional(),
    role: Role,
    status: z
      .enum(ACCOUNT_STATUSES)
      .describe("pending: a professional waiting for an administrator's approval"),
    createdAt: z.string(),
  })
  .meta({ id: "Account" });

export const SignUpBody = z.object({
  email: z.string().max(254),
  password: z.string().max(200),
  name: z.string().max(100).optional(),
  role: Role.optional(),
});

export const SignInBody = z.object({ email: z.string().max(254), password: z.string().max(200) });

export const SignedIn = z.object({ user: Account, csrfToken: z.string() });

export const Me = z.object({
  mode: z.enum(["local", "server"]),
  user: z.object({
    id: z.string(),
    email: z.string().optional(),
    name: z.string().optional(),
    role: Role,
  }),
  via: z.enum(["local", "session", "token"]),
});

export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().optional(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
  })
  .meta({ id: "ApiToken" });

export const NewApiToken = ApiToken.extend({
  token: z.string().describe("shown once; store it now"),
});

export const TokenBody = z.object({
  name: z.string().max(100),
  scopes: z
    .array(z.enum(TOKEN_SCOPES))
    .min(1)
    .max(3)
    .optional()
    .describe("read, write, or feed alone (the calendar URL); default read and write"),
});

export const Grant = z
  .object({
    id: z.string(),
    professionalId: z.string(),
    professionalEmail: z.string(),
    professionalName: z.string().optional(),
    access: GrantAccess,
    createdAt: z.string(),
  })
  .meta({ id: "Grant" });

export const GrantBody = z.object({ professionalEmail: z.string().max(254), access: GrantAccess });

export const Athlete = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().optional(),
    access: GrantAccess,
    grantedAt: z.string(),
  })
  .meta({ id: "Athlete" });

/** A professional's plan: the schemas live in src/core/schemas (one per shape). */
export { PlanBody, PlanGoal, StoredPlan } from "../../core/schemas/adherence.js";

export const AthleteParams = z.object({ athleteId: z.string().min(1).max(100) });

/**
 * People who sign in (server mode): sign-up, password check, admin creation and reset.
 * Emails are compared lower-cased; passwords are stored as argon2id hashes only.
 */
import {
  accountsRepository,
  apiTokensRepository,
  authSessionsRepository,
  isUniqueViolation,
  rateLimitsRepository,
  type AccountRow,
} from "../../store/index.js";
import { allowed, InputError, NotFoundError } from "../../core/errors.js";
import { ensureUser } from "../../store/users.js";
import { withTransaction } from "../../store/transaction.js";
import { forgetMe } from "../journal/forget.js";
import type { DatabaseHandle } from "./database.js";
import { burnPasswordCheck, checkPassword, hashPassword, verifyPassword } from "./passwords.js";
import { newId, sha256 } from "./secrets.js";
import { ROLES, type Account, type Role } from "./types.js";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cases and checks an email; throws InputError naming `field`. */
export function normalizeEmail(raw: string, field = "email"): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email))
    throw new InputError(field, "must be an email address like name@example.org");
  return email;
}

/**
 * The rate-limit key of an email's sign-in attempts: a hash, so the counters table never
 * holds an address.
 *
 * @example
 * emailRateKey("Ann@Example.org"); // "signin:email:3f1c..."
 */
export function emailRateKey(rawEmail: string): string {
  return `signin:email:${sha256(rawEmail.trim().toLowerCase())}`;
}

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    email: row.email,
    ...(row.name ? { name: row.name } : {}),
    role: (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : "runner",
    status: row.status === "pending" ? "pending" : "active",
    createdAt: row.created_at,
  };
}

export interface NewAccount {
  email: string;
  password: string;
  name?: string;
  role?: Role;
  /**
   * True for sign-up by the person themselves: a professional then waits for an
   * administrator's approval (anyone could otherwise take a coach's email and be granted
   * access as them). Accounts the administrator creates are active at once.
   */
  selfSignup?: boolean;
}

/**
 * Creates an account. Throws InputError (`email`, code `email_taken`) when the email is in use.
 *
 * @example
 * await createAccount(database, { email: "ann@example.org", password: "long enough pw" }, new Date());
 */
export async function createAccount(
  database: DatabaseHandle,
  input: NewAccount,
  now: Date,
): Promise<Account> {
  const email = normalizeEmail(input.email);
  checkPassword(input.password);
  const role = input.role ?? "runner";
  if (!(ROLES as readonly string[]).includes(role))
    throw new InputError("role", `must be ${allowed(ROLES)}`);
  const name = input.name?.trim();
  if (name !== undefined && name.length > 100)
    throw new InputError("name", "must be at most 100 characters");
  const at = now.toISOString();
  const row: AccountRow = {
    id: newId(),
    email,
    name: name || null,
    role,
    password_hash: await hashPassword(input.password),
    created_at: at,
    updated_at: at,
    status: role === "professional" && input.selfSignup ? "pending" : "active",
  };
  try {
    await withTransaction(database, async (tx) => {
      await ensureUser(tx, row.id, now);
      await accountsRepository(tx).insertAccount(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new InputError("email", "is already registered", "email_taken");
    throw e;
  }
  return toAccount(row);
}

/**
 * Approves a professional who signed up (`limber admin approve`). Throws NotFoundError when
 * no professional account has the email.
 *
 * @example
 * await approveProfessional(database, "coach@club.example", new Date());
 */
export async function approveProfessional(
  database: DatabaseHandle,
  rawEmail: string,
  now: Date,
): Promise<Account> {
  const accounts = accountsRepository(database);
  const row = await accounts.findAccountByEmail(normalizeEmail(rawEmail));
  if (!row || row.role !== "professional")
    throw new NotFoundError(`professional account ${rawEmail.trim().toLowerCase()}`);
  await accounts.updateAccountStatus(row.id, "active", now.toISOString());
  return toAccount({ ...row, status: "active" });
}

/** The account whose email and password match, or null (same time either way). */
export async function checkCredentials(
  database: DatabaseHandle,
  rawEmail: string,
  password: string,
): Promise<Account | null> {
  const email = rawEmail.trim().toLowerCase();
  const row = await accountsRepository(database).findAccountByEmail(email);
  if (!row) {
    await burnPasswordCheck(password);
    return null;
  }
  return (await verifyPassword(row.password_hash, password)) ? toAccount(row) : null;
}

/** The account with this id. Throws NotFoundError when none. */
export async function getAccount(database: DatabaseHandle, id: string): Promise<Account> {
  const row = await accountsRepository(database).findAccountById(id);
  if (!row) throw new NotFoundError("account");
  return toAccount(row);
}

/** The account with this email, if any. */
export async function findAccount(
  database: DatabaseHandle,
  rawEmail: string,
): Promise<Account | null> {
  const row = await accountsRepository(database).findAccountByEmail(rawEmail.trim().toLowerCase());
  return row ? toAccount(row) : null;
}

/** Sets a new password, ends every session and revokes every API token of the account. Throws NotFoundError for an unknown email. */
export async function resetPassword(
  database: DatabaseHandle,
  rawEmail: string,
  password: string,
  now: Date,
): Promise<Account> {
  checkPassword(password);
  const row = await accountsRepository(database).findAccountByEmail(normalizeEmail(rawEmail));
  if (!row) throw new NotFoundError(`account ${rawEmail.trim().toLowerCase()}`);
  const hashed = await hashPassword(password);
  await withTransaction(database, async (tx) => {
    await accountsRepository(tx).updatePasswordHash(row.id, hashed, now.toISOString());
    await authSessionsRepository(tx).deleteAuthSessionsOfUser(row.id);
    await apiTokensRepository(tx).deleteApiTokensOfUser(row.id);
  });
  return toAccount(row);
}

/**
 * Removes the user and everything of theirs in one transaction: the journal (forgetMe) and
 * every account record. `keepUser` keeps the bare user row (the single local runner).
 * Returns what the journal held, per table.
 */
export async function deleteUserEverything(
  database: DatabaseHandle,
  id: string,
  opts: { keepUser?: boolean } = {},
): Promise<Record<string, number>> {
  return withTransaction(database, async (tx) => {
    const account = await accountsRepository(tx).findAccountById(id);
    // Sign-in counters are keyed by a hash of the email: they go with the account.
    if (account) await rateLimitsRepository(tx).clearRateLimit(emailRateKey(account.email));
    await accountsRepository(tx).deleteAccountRecords(id);
    return forgetMe(tx, id, { keepUser: opts.keepUser === true });
  });
}
